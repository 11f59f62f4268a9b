/**
 * A conversation's transcript once it is there: what it is (file, length), who talked how much (and which
 * side each speaker is on), the findings, the key measures, the turns, and every line with its questions
 * marked. "Show lines" anywhere highlights the lines that show it and moves focus to the first of them.
 */
import { useEffect, useMemo, useState } from 'react';
import { useMembers } from '../../../api/members.ts';
import { useTranscript, type TranscriptView } from '../../../api/transcripts.ts';
import { formatDateTime } from '../../../lib/dates.ts';
import { DeleteTranscript } from './DeleteTranscript.tsx';
import { EvidenceBar, type ShowLines, type ShownLines } from './EvidenceBar.tsx';
import { FindingsList } from './FindingsList.tsx';
import { KeyMeasures } from './KeyMeasures.tsx';
import { clock, plural, type Side } from './listening-words.ts';
import { SpeakerShares } from './SpeakerShares.tsx';
import { TranscriptLines, utteranceId } from './TranscriptLines.tsx';
import { TranscriptUpload } from './TranscriptUpload.tsx';
import { TurnTimeline } from './TurnTimeline.tsx';

const formatLabels: Record<TranscriptView['format'], string> = { webvtt: 'WebVTT', srt: 'SRT', plain: 'Plain text', otter: 'Otter', json: 'JSON' };

const replaceButtonId = 'transcript-replace';

interface Props {
  conversationId: string;
  transcript: TranscriptView;
}

export function TranscriptReport({ conversationId, transcript }: Props) {
  const { analysis } = transcript;
  const reload = useTranscript(conversationId);
  const members = useMembers();
  const [replacing, setReplacing] = useState(false);
  const [shown, setShown] = useState<ShownLines | null>(null);

  const sideOf = useMemo(() => {
    const map = new Map<string, Side>(analysis.speakers.map((s) => [s.name, s.side]));
    return (speaker: string): Side => map.get(speaker) ?? 'unknown';
  }, [analysis]);
  const highlighted = useMemo(() => new Set(shown?.lines ?? []), [shown]);

  // A new analysis (sides changed, replaced) may no longer hold the lines shown.
  useEffect(() => setShown(null), [analysis]);

  // Move to the line being shown.
  useEffect(() => {
    if (!shown) return;
    const line = document.getElementById(utteranceId(shown.lines[shown.at]!));
    line?.scrollIntoView({ block: 'center' });
    line?.focus({ preventScroll: true });
  }, [shown]);

  const showLines: ShowLines = (lines, label, returnTo) => {
    if (lines.length > 0) setShown({ lines: [...lines].sort((a, b) => a - b), label, returnTo, at: 0 });
  };

  function closeReplace() {
    setReplacing(false);
    setTimeout(() => document.getElementById(replaceButtonId)?.focus(), 0);
  }

  const addedBy = members.data?.items.find((m) => m.id === transcript.createdBy)?.name;
  const duration = analysis.measures.durationSeconds;

  return (
    <div className="transcript-report">
      <div className="transcript-meta">
        <p>
          {transcript.fileName ? <strong>{transcript.fileName}</strong> : <strong>Pasted transcript</strong>}
          <span aria-hidden="true"> · </span>
          {formatLabels[transcript.format]}
          <span aria-hidden="true"> · </span>
          {plural(analysis.utterances.length, 'line')}
          <span aria-hidden="true"> · </span>
          {plural(analysis.measures.totalWords, 'word')}
          {duration !== undefined ? (
            <>
              <span aria-hidden="true"> · </span>
              {clock(duration)} long
            </>
          ) : null}
          <br />
          <span className="muted">
            Updated {formatDateTime(transcript.updatedAt)}
            {addedBy ? ` · added by ${addedBy}` : ''} · private to your firm
          </span>
        </p>
        {replacing ? null : (
          <button type="button" id={replaceButtonId} className="button button-small" onClick={() => setReplacing(true)}>
            Replace the transcript
          </button>
        )}
      </div>
      {replacing ? (
        <TranscriptUpload
          conversationId={conversationId}
          replace={{
            version: transcript.version,
            onCancel: closeReplace,
            onSaved: closeReplace,
            reload: () => reload.refetch(),
            reloading: reload.isFetching,
          }}
        />
      ) : null}

      <SpeakerShares conversationId={conversationId} transcript={transcript} reload={() => reload.refetch()} reloading={reload.isFetching} />
      <FindingsList findings={analysis.findings} onShow={showLines} />
      <KeyMeasures analysis={analysis} onShow={showLines} />
      <TurnTimeline analysis={analysis} onShow={showLines} />

      <section className="transcript-lines-section" aria-labelledby="transcript-lines-title">
        <h3 id="transcript-lines-title">The transcript</h3>
        <p className="hint">
          Questions are marked: <mark className="q q-open">open</mark> invite an answer in their own words,{' '}
          <mark className="q q-closed">closed</mark> a yes, a no or a short fact.
        </p>
        {shown ? <EvidenceBar shown={shown} onMove={(at) => setShown({ ...shown, at })} onClear={() => setShown(null)} /> : null}
        <TranscriptLines utterances={analysis.utterances} sideOf={sideOf} highlighted={highlighted} />
      </section>

      <DeleteTranscript conversationId={conversationId} />
    </div>
  );
}
