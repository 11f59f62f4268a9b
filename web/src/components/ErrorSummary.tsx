/**
 * The summary at the top of a form after the server refused it: the message, and for validation errors
 * each field's problem as a link that moves focus to the field. It takes focus, so it is heard at once.
 */
import { useEffect, useRef } from 'react';
import { ApiError, isVersionConflict } from '../api/errors.ts';

export function sentence(text: string): string {
  const t = text.trim();
  return t ? t[0]!.toUpperCase() + t.slice(1) : t;
}

/** Field path → message, for showing next to each control. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  return Object.fromEntries(Object.entries(error.fields).map(([path, msg]) => [path, sentence(msg)]));
}

interface Props {
  error: unknown;
  /** Field path → visible label, e.g. {"fullName": "Full name"}. Unknown paths use the closest known prefix. */
  labels: Record<string, string>;
  /** Field path → the control's element id, to move focus there. */
  idFor: (path: string) => string;
  title?: string;
}

function labelFor(path: string, labels: Record<string, string>): string {
  if (labels[path]) return labels[path];
  const parts = path.split('.');
  while (parts.length > 1) {
    parts.pop();
    const found = labels[parts.join('.')];
    if (found) return found;
  }
  return path;
}

export function ErrorSummary({ error, labels, idFor, title = 'This could not be saved' }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error && !isVersionConflict(error)) ref.current?.focus();
  }, [error]);
  // A version conflict has its own notice (ConflictNotice), with the way out.
  if (!error || isVersionConflict(error)) return null;
  const entries = error instanceof ApiError ? Object.entries(error.fields) : [];
  const message = error instanceof ApiError ? error.message : 'Something went wrong. Try again.';
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref}>
      <h2>{title}</h2>
      {entries.length ? (
        <ul>
          {entries.map(([path, msg]) => (
            <li key={path}>
              <a
                href={`#${idFor(path)}`}
                onClick={(e) => {
                  e.preventDefault();
                  document.getElementById(idFor(path))?.focus();
                }}
              >
                {labelFor(path, labels)}: {msg}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p>{message}</p>
      )}
    </div>
  );
}
