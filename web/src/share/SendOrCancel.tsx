/** The two buttons under a text the client writes: send it (saying so while it goes), or put it away. */
export function SendOrCancel({ label, pending, onCancel }: { label: string; pending: boolean; onCancel: () => void }) {
  return (
    <div className="sp-actions">
      <button type="submit" className="sp-button sp-button-primary" disabled={pending}>
        {pending ? 'Sending…' : label}
      </button>
      <button type="button" className="sp-button sp-button-quiet" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
