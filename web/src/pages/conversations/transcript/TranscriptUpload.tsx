/**
 * Upload or paste a call's transcript (first time, or to replace it). Choosing a file sends it at once;
 * pasted text is sent with the button. A file that cannot be read is kept in the text box, with a way to
 * jump to the line the server names, so it can be fixed and sent again.
 */
import { useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useSaveTranscript, type TranscriptFormatChoice } from '../../../api/transcripts.ts';
import { ApiError, isApiError } from '../../../api/errors.ts';
import { CancelButton } from '../../../components/CancelButton.tsx';
import { ConflictNotice } from '../../../components/ConflictNotice.tsx';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import { FieldShell } from '../../../components/Field.tsx';
import { FormActions } from '../../../components/FormActions.tsx';
import { Loading } from '../../../components/Status.tsx';
import { SelectField } from '../../needs/SelectField.tsx';
import { textOffsetOfLine } from './text-lines.ts';

const formatOptions: { value: TranscriptFormatChoice; label: string }[] = [
  { value: 'auto', label: 'Detected automatically' },
  { value: 'webvtt', label: 'WebVTT (Zoom, Teams, Meet)' },
  { value: 'srt', label: 'SRT subtitles' },
  { value: 'plain', label: 'Plain text (Name: what they said)' },
  { value: 'otter', label: 'Otter (Name  0:03, then the text)' },
  { value: 'json', label: 'JSON [{speaker, start, end, text}]' },
];

/** Far more than a four-hour call; anything larger is not a transcript. */
const maxFileBytes = 4 * 1024 * 1024;

interface Props {
  conversationId: string;
  /** Replacing: the version loaded, a way back, and what to do once saved. */
  replace?: { version: number; onCancel: () => void; onSaved: () => void; reload: () => Promise<unknown>; reloading: boolean };
}

/** The line a 422 `transcript_unreadable` names (its message says what was expected there). */
function unreadableLine(error: unknown): number | null {
  if (!isApiError(error, 'transcript_unreadable')) return null;
  const line = ((error as ApiError).details as { line?: unknown } | undefined)?.line;
  return typeof line === 'number' ? line : null;
}

export function TranscriptUpload({ conversationId, replace }: Props) {
  const ids = useId();
  const fileId = `${ids}-file`;
  const textId = `${ids}-text`;
  const formatId = `${ids}-format`;
  const save = useSaveTranscript(conversationId);
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [format, setFormat] = useState<TranscriptFormatChoice>('auto');
  const [pasting, setPasting] = useState(false);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const textArea = useRef<HTMLTextAreaElement>(null);
  const badLine = unreadableLine(save.error);

  function send(body: { text: string; fileName: string | null }) {
    save.mutate({ ...body, format, ...(replace ? { version: replace.version } : {}) }, { onSuccess: () => replace?.onSaved() });
  }

  function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = ''; // Choosing the same file again (after fixing it) sends it again.
    if (!file) return;
    setFileProblem(null);
    if (file.size > maxFileBytes) {
      setFileProblem(`“${file.name}” is ${(file.size / 1024 / 1024).toFixed(1)} MB: too large for a transcript. Choose the text export (.vtt, .srt, .txt or .json).`);
      return;
    }
    const reader = new FileReader();
    reader.onload = () => {
      const content = String(reader.result ?? '');
      setText(content);
      setFileName(file.name);
      send({ text: content, fileName: file.name });
    };
    reader.onerror = () => setFileProblem(`“${file.name}” could not be read. Try choosing it again, or paste its text.`);
    reader.readAsText(file);
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    send({ text, fileName });
  }

  /** Selects the line the server could not read, in the text box. */
  function showLine(line: number) {
    const area = textArea.current;
    if (!area) return;
    const [start, end] = textOffsetOfLine(area.value, line);
    area.focus();
    area.setSelectionRange(start, end);
    const lineHeight = parseFloat(getComputedStyle(area).lineHeight) || 24;
    area.scrollTop = Math.max(0, (line - 3) * lineHeight);
  }

  // A file that could not be read stays in the text box, to be fixed there.
  const showText = pasting || (save.isError && text.length > 0);
  const cancel = replace ? (
    <CancelButton
      onCancel={() => {
        save.reset();
        replace.onCancel();
      }}
    />
  ) : null;
  const conflict = replace ? <ConflictNotice error={save.error} what="transcript" onReload={() => void replace.reload().then(() => save.reset())} reloading={replace.reloading} /> : null;

  return (
    <form className="transcript-upload" onSubmit={onSubmit} noValidate aria-label={replace ? 'Replace the transcript' : 'Add the transcript'}>
      {conflict}
      <ErrorSummary
        error={save.error}
        labels={{ text: 'The transcript', format: 'Format', fileName: 'File name' }}
        idFor={(field) => (field === 'format' ? formatId : textId)}
        title={badLine ? `Line ${badLine} could not be read` : 'The transcript could not be saved'}
      />
      {badLine ? (
        <div className="unreadable-line">
          <p>The text is kept below: fix that line and send it again, or choose the format if it was detected wrongly.</p>
          <button type="button" className="button button-small" onClick={() => showLine(badLine)}>
            Show line {badLine} in the text
          </button>
        </div>
      ) : null}
      <div className="upload-row">
        <FieldShell
          id={fileId}
          label={replace ? 'Upload the new transcript' : 'Upload a transcript'}
          hint="WebVTT (.vtt) from Zoom, Teams or Google Meet, SRT, a text file of “Name: what they said” lines, or JSON."
          error={fileProblem ?? undefined}
          className="upload-file"
        >
          <input
            id={fileId}
            type="file"
            accept=".vtt,.srt,.txt,.json,text/vtt,text/plain,application/json"
            onChange={onFile}
            disabled={save.isPending}
            autoFocus={Boolean(replace)}
            aria-describedby={`${fileId}-hint${fileProblem ? ` ${fileId}-error` : ''}`}
          />
        </FieldShell>
        <SelectField id={formatId} label="Format" value={format} onChange={setFormat} options={formatOptions} className="upload-format" />
      </div>
      {save.isPending ? <Loading label={`Reading and analysing${fileName ? ` ${fileName}` : ''}…`} /> : null}
      {showText ? (
        <>
          <div className="field">
            <label htmlFor={textId}>The transcript’s text</label>
            <p className="hint" id={`${textId}-hint`}>
              Paste it as exported. Speakers as “Name: what they said” lines work too.
            </p>
            <textarea
              id={textId}
              ref={textArea}
              className="transcript-text"
              rows={10}
              spellCheck={false}
              value={text}
              onChange={(e) => setText(e.target.value)}
              aria-describedby={`${textId}-hint`}
              aria-invalid={badLine ? true : undefined}
            />
          </div>
          <FormActions pending={save.isPending} submitLabel="Analyse the transcript" cancel={cancel} />
        </>
      ) : (
        <p className="paste-instead">
          <button
            type="button"
            className="button-link"
            onClick={() => {
              setPasting(true);
              setTimeout(() => textArea.current?.focus(), 0);
            }}
          >
            Paste it instead
          </button>
          {cancel}
        </p>
      )}
    </form>
  );
}
