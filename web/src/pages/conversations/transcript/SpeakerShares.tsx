/**
 * "Who talked how much": the split between us and the client, then each speaker's share with who they are
 * (side, and which team member or client). Matched from the participants' names, which can miss, so it is
 * editable; one Save sends the changed speakers with the version loaded, and the figures come back recomputed.
 */
import { useId, useState, type FormEvent } from 'react';
import { useConversation } from '../../../api/conversations.ts';
import { useMembers } from '../../../api/members.ts';
import { useUpdateSpeakers, type SpeakerChange, type TranscriptView } from '../../../api/transcripts.ts';
import { ConflictNotice } from '../../../components/ConflictNotice.tsx';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import { FormActions } from '../../../components/FormActions.tsx';
import { clock, number, percent, plural } from './listening-words.ts';
import { ShareBar, SideSplit, type ShareOf } from './ShareBars.tsx';
import { choiceOf, choiceOptions, linkOf } from './speaker-choices.ts';

interface Props {
  conversationId: string;
  transcript: TranscriptView;
  /** Loads the latest version (after a 409). */
  reload: () => Promise<unknown>;
  reloading: boolean;
}

/** Speaker name → its choice (see speaker-choices.ts). */
type Choices = Record<string, string>;

const choicesOf = (t: TranscriptView): Choices => Object.fromEntries(t.speakers.map((s) => [s.name, choiceOf(s)]));

export function SpeakerShares({ conversationId, transcript, reload, reloading }: Props) {
  const ids = useId();
  const { analysis } = transcript;
  const update = useUpdateSpeakers(conversationId);
  const members = useMembers().data?.items ?? [];
  const people = useConversation(conversationId).data?.people ?? [];
  const [choices, setChoices] = useState(() => choicesOf(transcript));
  const [loadedVersion, setLoadedVersion] = useState(transcript.version);
  if (loadedVersion !== transcript.version) {
    // Saved, reloaded or replaced: start again from what the server says.
    setLoadedVersion(transcript.version);
    setChoices(choicesOf(transcript));
  }

  const timed = analysis.speakers.some((s) => s.timeShare !== undefined);
  const shareOf: ShareOf = (f) => (timed ? (f.timeShare ?? 0) : f.talkShare);
  const choiceFor = (s: TranscriptView['speakers'][number]) => choices[s.name] ?? choiceOf(s);
  const changed = transcript.speakers.filter((s) => choiceFor(s) !== choiceOf(s));
  const unknown = transcript.speakers.filter((s) => s.side === 'unknown').map((s) => s.name);
  const options = choiceOptions(
    members,
    people.map((p) => ({ id: p.id, name: p.fullName })),
    transcript.speakers.map((s) => ({ ...s, linkedName: s.memberName ?? s.personName })),
  );
  const selectId = (i: number) => `${ids}-side-${i}`;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const speakers: SpeakerChange[] = changed.map((s) => ({ name: s.name, ...linkOf(choiceFor(s)) }));
    update.mutate({ version: transcript.version, speakers });
  }

  return (
    <section className="listening-block" aria-labelledby="talk-title">
      <h3 id="talk-title">Who talked how much</h3>
      <p className="hint">{timed ? 'By speaking time.' : 'By words: this transcript has no timestamps.'}</p>
      <SideSplit summaries={analysis.sides} shareOf={shareOf} />

      <form onSubmit={onSubmit} noValidate aria-label="Speakers and their sides">
        <ConflictNotice error={update.error} what="transcript" onReload={() => void reload().then(() => update.reset())} reloading={reloading} />
        <ErrorSummary
          error={update.error}
          labels={{ speakers: 'Speakers' }}
          idFor={(path) => selectId(Number(path.split('.')[1] ?? 0))}
          title="The sides could not be saved"
        />
        <ul className="speaker-shares">
          {transcript.speakers.map((s, i) => {
            const figures = analysis.speakers.find((f) => f.name === s.name);
            const share = figures ? shareOf(figures) : 0;
            return (
              <li key={s.name} className="speaker-share">
                <p className="speaker-name">{s.name}</p>
                <ShareBar share={share} side={s.side} />
                <p className="speaker-figures">
                  <strong>{percent(share)}</strong>
                  {figures ? (
                    <span className="muted">
                      {' '}
                      · {plural(figures.words, 'word')}
                      {figures.seconds !== undefined ? ` · ${clock(figures.seconds)}` : ''} · {plural(figures.turns, 'turn')}
                    </span>
                  ) : null}
                </p>
                <div className="speaker-side">
                  <label htmlFor={selectId(i)}>
                    Side<span className="sr-only"> of {s.name}</span>
                  </label>
                  <select id={selectId(i)} value={choiceFor(s)} onChange={(e) => setChoices({ ...choices, [s.name]: e.target.value })}>
                    {options.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                </div>
              </li>
            );
          })}
        </ul>
        {unknown.length > 0 ? (
          <p className="side-unknown">
            Say which side {unknown.join(', ')} {unknown.length === 1 ? 'is' : 'are'} on: until then{' '}
            {unknown.length === 1 ? 'that speaker counts' : 'they count'} for neither us nor the client.
          </p>
        ) : null}
        {changed.length > 0 ? (
          <div className="sides-changed">
            <p role="status">
              {changed.length === 1 ? `${changed[0]!.name} changed` : `${number(changed.length)} speakers changed`}: save to recompute the
              figures.
            </p>
            <FormActions
              pending={update.isPending}
              submitLabel="Save the sides"
              cancel={
                <button
                  type="button"
                  className="button button-quiet"
                  onClick={() => {
                    update.reset();
                    setChoices(choicesOf(transcript));
                  }}
                >
                  Undo
                </button>
              }
            />
          </div>
        ) : update.isSuccess ? (
          <p className="saved-note" role="status">
            Sides saved; the figures above and below are recomputed.
          </p>
        ) : null}
      </form>
    </section>
  );
}
