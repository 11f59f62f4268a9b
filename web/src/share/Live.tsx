/** A polite live region that is always in the page, so a result written into it is read out when it appears. */
export function Live({ message, className = '' }: { message: string | null; className?: string }) {
  return (
    <div className={`sp-live ${className}`.trim()} role="status" aria-live="polite">
      {message ? <p className="sp-success">{message}</p> : null}
    </div>
  );
}
