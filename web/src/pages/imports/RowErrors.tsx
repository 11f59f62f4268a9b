/**
 * Rows that could not be imported, "Row 12: …": the first ten, the rest of those listed behind "Show",
 * and how many more were counted than listed.
 */
import type { ImportJob } from '../../api/imports.ts';
import { number, plural } from './import-words.ts';

const FIRST = 10;

function ErrorList({ errors }: { errors: ImportJob['errors'] }) {
  return (
    <ul className="import-row-errors">
      {errors.map((e, i) => (
        <li key={`${e.row}-${i}`}>
          <strong>Row {number(e.row)}:</strong> {e.message}
        </li>
      ))}
    </ul>
  );
}

export function RowErrors({ errors, total, lead }: { errors: ImportJob['errors']; total: number; lead: string }) {
  const rest = errors.slice(FIRST);
  const unlisted = total - errors.length;
  return (
    <>
      <p>{lead}</p>
      <ErrorList errors={errors.slice(0, FIRST)} />
      {rest.length ? (
        <details>
          <summary>Show {plural(rest.length, 'more row error')}</summary>
          <ErrorList errors={rest} />
        </details>
      ) : null}
      {unlisted > 0 ? <p className="hint">…and {plural(unlisted, 'more row')} with an error, not listed here.</p> : null}
    </>
  );
}
