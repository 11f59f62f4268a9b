/** The quiet "Cancel" of an edit form shown in place: it forgets the failed attempt and closes the form. */
export function CancelButton({ onCancel }: { onCancel: () => void }) {
  return (
    <button type="button" className="button button-quiet" onClick={onCancel}>
      Cancel
    </button>
  );
}
