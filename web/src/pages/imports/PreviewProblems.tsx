/** What the preview found wrong: warnings about the file, and rows that cannot be imported (row number and why). */
import type { ImportPreview } from '../../api/imports.ts';
import { RowErrors } from './RowErrors.tsx';

export function PreviewProblems({ preview }: { preview: ImportPreview }) {
  if (preview.warnings.length === 0 && preview.errors.length === 0) return null;
  return (
    <section className="notice notice-warning import-problems" aria-labelledby="import-problems-title">
      <h2 id="import-problems-title">Worth checking</h2>
      {preview.warnings.length ? (
        <ul>
          {preview.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      ) : null}
      {preview.errors.length ? (
        <RowErrors errors={preview.errors} total={preview.counts.errors} lead="These rows will be left out:" />
      ) : null}
    </section>
  );
}
