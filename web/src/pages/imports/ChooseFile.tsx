/**
 * Step 1: choose a contacts file (or drop it here). It uploads at once, with a progress bar for big files,
 * and the page moves on to the preview. Says which exports are understood and why re-importing is safe.
 */
import { useMemo, useState, type DragEvent } from 'react';
import { ApiError } from '../../api/errors.ts';
import { useUploadImport, type ImportUpload } from '../../api/imports.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { percent } from './import-words.ts';

const ID = 'import-file';
const ACCEPT = '.csv,.vcf,.vcard,.txt,.zip';

/** The server's sentence says what to do ("The file is empty: choose the file your other tool exported."); show it, not the field list. */
function withoutFields(error: unknown): unknown {
  return error instanceof ApiError ? new ApiError(error.status, error.code, error.message) : error;
}

export function ChooseFile({ onUploaded }: { onUploaded: (upload: ImportUpload) => void }) {
  const upload = useUploadImport();
  const [share, setShare] = useState(0);
  const [dragging, setDragging] = useState(false);
  const error = useMemo(() => withoutFields(upload.error), [upload.error]);

  function send(file: File | undefined) {
    if (!file || upload.isPending) return;
    setShare(0);
    upload.mutate({ file, onProgress: setShare }, { onSuccess: onUploaded });
  }

  function drop(e: DragEvent) {
    e.preventDefault();
    setDragging(false);
    send(e.dataTransfer.files[0]);
  }

  return (
    <section className="import-step import-choose" aria-labelledby="import-choose-title">
      <h2 id="import-choose-title">Choose a file</h2>
      <p>
        Bring your contacts from the tool you are leaving: <strong>vCard</strong> files (.vcf) from a phone, Outlook, Gmail or
        Apple Contacts; <strong>CSV</strong> exports from HubSpot, Salesforce, Google Contacts, Outlook or Thunderbird; or a
        Yellowpad export (.zip). You see a preview before anything is imported.
      </p>
      <p className="hint">
        Importing the same file again creates no duplicates: a contact is matched by email, then by the other tool’s id, then by
        name and organisation. Details already in Yellowpad are never overwritten, only added to.
      </p>
      <ErrorSummary error={error} labels={{}} idFor={() => ID} title="This file could not be uploaded" />
      <div
        className={`import-drop${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <label htmlFor={ID}>Contacts file</label>
        <p className="hint" id={`${ID}-hint`}>
          .csv, .vcf or .zip — choose it, or drop it here.
        </p>
        <input
          id={ID}
          type="file"
          accept={ACCEPT}
          aria-describedby={`${ID}-hint`}
          aria-invalid={upload.isError ? true : undefined}
          disabled={upload.isPending}
          onChange={(e) => {
            send(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
        {upload.isPending ? (
          <div className="import-upload">
            <progress id={`${ID}-progress`} max={1} value={share} aria-label="Upload progress" />
            <p role="status">{share < 1 ? `Uploading… ${percent(share)}` : 'Reading the file…'}</p>
          </div>
        ) : null}
      </div>
    </section>
  );
}
