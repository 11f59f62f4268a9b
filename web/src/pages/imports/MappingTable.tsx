/**
 * The column mapping of a CSV file as a table: each column's header and where it goes (a field, or
 * "Don't import"). Each select is labelled by its column's header; a change is reported at once and the
 * preview follows (debounced by the caller).
 */
import type { ImportField, ImportMapping, ImportPreview } from '../../api/imports.ts';

interface Props {
  mapping: ImportMapping;
  fields: ImportPreview['fields'];
  onChange: (mapping: ImportMapping) => void;
}

const NOT_IMPORTED = '';

export function MappingTable({ mapping, fields, onChange }: Props) {
  function choose(index: number, value: string) {
    const field = value === NOT_IMPORTED ? null : (value as NonNullable<ImportField>);
    onChange(mapping.map((entry, i) => (i === index ? { ...entry, field } : entry)));
  }

  return (
    <div className="import-table-scroll">
      <table className="import-mapping">
        <caption className="sr-only">Where each column of the file goes</caption>
        <thead>
          <tr>
            <th scope="col">Column in the file</th>
            <th scope="col">Import as</th>
          </tr>
        </thead>
        <tbody>
          {mapping.map((entry, i) => {
            const id = `import-column-${i}`;
            return (
              <tr key={`${i}-${entry.column}`} className={entry.field ? undefined : 'not-imported'}>
                <th scope="row">
                  <label htmlFor={id}>{entry.column || `Column ${i + 1} (no header)`}</label>
                </th>
                <td>
                  <select id={id} value={entry.field ?? NOT_IMPORTED} onChange={(e) => choose(i, e.target.value)}>
                    <option value={NOT_IMPORTED}>Don’t import</option>
                    {fields.map((f) => (
                      <option key={f.field} value={f.field}>
                        {f.label}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
