/**
 * Step 2: what the file will import as. The detected format in plain words (with a "Read as" override),
 * how many contacts were found, the column mapping (a change previews again after a pause), the first
 * records as they will be imported, warnings and row errors; then "Import N contacts" or "Cancel".
 */
import { useState } from 'react';
import { useCancelImport, useImportPreview, useStartImport, type ImportJob, type ImportMapping, type ReadAs } from '../../api/imports.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LoadError, Loading } from '../../components/Status.tsx';
import { useDebounced } from '../../lib/hooks.ts';
import { describeFormat, number, plural } from './import-words.ts';
import { MappingTable } from './MappingTable.tsx';
import { PreviewProblems } from './PreviewProblems.tsx';
import { SampleRecords } from './SampleRecords.tsx';

interface Props {
  job: ImportJob;
  /** After "Cancel": the file is dropped, back to choosing one. */
  onCancelled: () => void;
}

export function PreviewStep({ job, onCancelled }: Props) {
  const [readAs, setReadAs] = useState<ReadAs>('auto');
  const [edited, setEdited] = useState<ImportMapping | undefined>(undefined);
  const debounced = useDebounced(edited, 500);
  // Back to the detected mapping at once; a corrected one is sent once the person pauses.
  const mapping = edited === undefined ? undefined : debounced;
  const preview = useImportPreview(job.id, readAs, mapping);
  const start = useStartImport(job.id);
  const cancel = useCancelImport(job.id);
  const data = preview.data;
  const updating = edited !== mapping || preview.isFetching;

  if (!data) return preview.isError ? <LoadError error={preview.error} onRetry={() => void preview.refetch()} /> : <Loading label="Reading the file…" />;

  const columns = edited ?? data.mapping;
  const found = data.counts.records;
  const yellowpad = data.format === 'yellowpad';
  const startLabel = yellowpad ? 'Import this export' : data.complete ? `Import ${plural(found, 'contact')}` : 'Import all contacts';

  return (
    <section className="import-step" aria-labelledby="import-preview-title">
      <h2 id="import-preview-title">Check the preview</h2>
      <ErrorSummary error={start.error ?? cancel.error} labels={{}} idFor={() => 'import-preview-title'} title="The import could not go on" />
      <div className="panel import-summary">
        <p className="import-file-name">
          <strong>{job.fileName}</strong>
        </p>
        {yellowpad ? (
          <p>A Yellowpad export: people, organisations, conversations and notes will be added.</p>
        ) : (
          <>
            <p>
              We read this as: <strong>{describeFormat(data)}</strong>.
            </p>
            <p className="import-found" role="status">
              {updating ? (
                'Updating the preview…'
              ) : (
                <>
                  <strong>{plural(found, 'contact')} found</strong>
                  {data.complete ? '' : ` in the first ${number(found + data.counts.errors)} rows`}
                  {data.counts.errors ? `, ${plural(data.counts.errors, 'row')} with errors` : ''}.
                </>
              )}
            </p>
            <ReadAsField
              value={readAs}
              onChange={(next) => {
                setReadAs(next);
                setEdited(undefined);
              }}
            />
          </>
        )}
        <div className="import-actions">
          <button
            type="button"
            className="button button-primary"
            disabled={start.isPending || cancel.isPending || updating || (!yellowpad && found === 0)}
            onClick={() => start.mutate({ version: job.version, format: data.format, mapping: data.format === 'csv' ? columns : undefined })}
          >
            {start.isPending ? 'Starting…' : startLabel}
          </button>
          <button type="button" className="button button-quiet" disabled={start.isPending || cancel.isPending} onClick={() => cancel.mutate(job.version, { onSuccess: onCancelled })}>
            {cancel.isPending ? 'Cancelling…' : 'Cancel'}
          </button>
        </div>
      </div>
      {preview.isError ? <LoadError error={preview.error} /> : null}
      {yellowpad ? null : (
        <>
          <PreviewProblems preview={data} />
          <div className={`import-preview-layout${updating ? ' busy' : ''}`}>
            <section aria-labelledby="import-sample-title">
              <h3 id="import-sample-title">{data.sample.length ? `The first ${plural(data.sample.length, 'contact')} as they will be imported` : 'Nothing to import yet'}</h3>
              {data.sample.length ? (
                <SampleRecords sample={data.sample} />
              ) : (
                <p>No contact could be read with this format and mapping. Try another “Read as”, or choose which columns hold names and emails.</p>
              )}
            </section>
            {columns.length ? (
              <section aria-labelledby="import-mapping-title">
                <h3 id="import-mapping-title">Columns</h3>
                <p className="hint">Where each column goes. Change one and the contacts follow.</p>
                <MappingTable mapping={columns} fields={data.fields} onChange={setEdited} />
              </section>
            ) : null}
          </div>
        </>
      )}
    </section>
  );
}

function ReadAsField({ value, onChange }: { value: ReadAs; onChange: (readAs: ReadAs) => void }) {
  return (
    <div className="field import-read-as">
      <label htmlFor="import-read-as">Read as</label>
      <select id="import-read-as" value={value} onChange={(e) => onChange(e.target.value as ReadAs)}>
        <option value="auto">As detected</option>
        <option value="csv">CSV (spreadsheet columns)</option>
        <option value="vcard">vCard (contact cards)</option>
      </select>
    </div>
  );
}
