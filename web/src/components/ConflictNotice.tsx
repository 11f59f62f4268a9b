/** Shown when a save is refused with 409: someone else changed the record. Never overwrite silently. */
import { useEffect, useRef } from 'react';
import { isVersionConflict } from '../api/errors.ts';

interface Props {
  error: unknown;
  what: string;
  onReload: () => void;
  reloading?: boolean;
}

export function ConflictNotice({ error, what, onReload, reloading }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const conflict = isVersionConflict(error);
  useEffect(() => {
    if (conflict) ref.current?.focus();
  }, [conflict, error]);
  if (!conflict) return null;
  return (
    <div className="notice notice-warning" role="alert" tabIndex={-1} ref={ref}>
      <h2>Someone else changed this {what}</h2>
      <p>
        Your changes were not saved, so nothing of theirs was overwritten. Reload to see the latest version, then make your
        change again.
      </p>
      <button type="button" className="button" onClick={onReload} disabled={reloading}>
        {reloading ? 'Reloading…' : 'Reload the latest version'}
      </button>
    </div>
  );
}
