import type { ReactNode } from 'react';

/** The submit button (disabled and relabelled while saving) and a way out, the same on every form. */
export function FormActions({ pending, submitLabel, cancel }: { pending: boolean; submitLabel: string; cancel?: ReactNode }) {
  return (
    <div className="form-actions">
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? 'Saving…' : submitLabel}
      </button>
      {cancel}
    </div>
  );
}
