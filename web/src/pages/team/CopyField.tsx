/** A read-only value (a link, a token) with a "Copy" button that says when it worked. */
import { useState } from 'react';

export function CopyField({ id, label, value, copyLabel = 'Copy' }: { id: string; label: string; value: string; copyLabel?: string }) {
  const [status, setStatus] = useState('');
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setStatus('Copied.');
    } catch {
      const input = document.getElementById(id) as HTMLInputElement | null;
      input?.select();
      setStatus('Selected: press Ctrl+C (or ⌘C) to copy.');
    }
  }
  return (
    <div className="field copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-row">
        <input id={id} type="text" readOnly value={value} onFocus={(e) => e.target.select()} />
        <button type="button" className="button" onClick={() => void copy()}>
          {copyLabel}
        </button>
      </div>
      <p className="hint" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
