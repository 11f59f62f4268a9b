/**
 * Log or edit a conversation: when and how, who took part, then the yellow-pad notes (their words
 * first), and our summary last.
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../../api/errors.ts';
import type { Conversation, ConversationInput } from '../../api/types.ts';
import { ErrorSummary, fieldErrors } from '../../components/ErrorSummary.tsx';
import { TextArea, TextField } from '../../components/Field.tsx';
import { localInputToIso, toLocalInput } from '../../lib/dates.ts';
import { channelLabels, channels, facetLabels, limits, noteFacets, type Channel } from '../../lib/vocabulary.ts';
import { emptyFacets, PadNotes, type FacetValues } from './PadNotes.tsx';
import { WhoTookPart, type PickedPerson } from './WhoTookPart.tsx';
import { FormActions } from '../../components/FormActions.tsx';

export type ConversationValues = Required<Pick<ConversationInput, 'occurredAt' | 'channel' | 'personIds' | 'memberIds' | 'summary' | 'notes'>>;

const ID = 'conversation';
const labels: Record<string, string> = {
  occurredAt: 'When',
  channel: 'Channel',
  personIds: 'People from their side',
  memberIds: 'From our side',
  summary: 'Summary',
  ...Object.fromEntries(noteFacets.map((f) => [`notes.${f}`, facetLabels[f].label])),
};

function idFor(path: string): string {
  const top = path.split('.')[0]!;
  if (top === 'personIds' || top === 'memberIds') return `${ID}-${top}`;
  if (top === 'channel') return `${ID}-channel-${channels[0]}`;
  return `${ID}-${path.replace(/\./g, '-')}`;
}

interface Props {
  conversation?: Conversation;
  initialPeople?: PickedPerson[];
  meId: string;
  onSubmit: (values: ConversationValues) => void;
  pending: boolean;
  error: unknown;
  submitLabel: string;
  cancel: ReactNode;
  notice?: ReactNode;
}

export function ConversationForm({ conversation: c, initialPeople = [], meId, onSubmit, pending, error, submitLabel, cancel, notice }: Props) {
  const [when, setWhen] = useState(() => toLocalInput(c ? new Date(c.occurredAt) : new Date()));
  const [channel, setChannel] = useState<Channel>(c?.channel ?? 'meeting');
  const [people, setPeople] = useState<PickedPerson[]>(c ? c.people.map((p) => ({ id: p.id, name: p.fullName })) : initialPeople);
  const [memberIds, setMemberIds] = useState<string[]>(c ? c.members.map((m) => m.id) : [meId]);
  const [facets, setFacets] = useState<FacetValues>(() => ({ ...emptyFacets(), ...(c?.notes ?? {}) }));
  const [summary, setSummary] = useState(c?.summary ?? '');
  const [localError, setLocalError] = useState<ApiError | null>(null);
  const shownError = localError ?? error;
  const errors = fieldErrors(shownError);

  function submit(e: FormEvent) {
    e.preventDefault();
    const occurredAt = localInputToIso(when);
    const problems: Record<string, string> = {};
    if (!occurredAt) problems.occurredAt = 'Say when it happened';
    if (people.length === 0) problems.personIds = 'Add at least one person from their side';
    if (Object.keys(problems).length) {
      setLocalError(new ApiError(400, 'validation_failed', 'Check the highlighted fields.', problems));
      return;
    }
    setLocalError(null);
    onSubmit({
      occurredAt: occurredAt!,
      channel,
      personIds: people.map((p) => p.id),
      memberIds,
      summary: summary.trim() || null,
      notes: facets,
    });
  }

  return (
    <form className="form conversation-form" onSubmit={submit} noValidate>
      {notice}
      <ErrorSummary error={shownError} labels={labels} idFor={idFor} />
      <div className="field-row when-how">
        <TextField
          id={`${ID}-occurredAt`}
          label="When"
          type="datetime-local"
          value={when}
          onChange={(e) => setWhen(e.target.value)}
          error={errors.occurredAt}
        />
        <fieldset className="field channel-field">
          <legend className="label">Channel</legend>
          <div className="segmented">
            {channels.map((ch) => (
              <span key={ch} className="segment">
                <input
                  type="radio"
                  id={`${ID}-channel-${ch}`}
                  name="channel"
                  value={ch}
                  checked={channel === ch}
                  onChange={() => setChannel(ch)}
                />
                <label htmlFor={`${ID}-channel-${ch}`}>{channelLabels[ch]}</label>
              </span>
            ))}
          </div>
          {errors.channel ? <p className="field-error">{errors.channel}</p> : null}
        </fieldset>
      </div>
      <WhoTookPart
        idPrefix={ID}
        people={people}
        onPeopleChange={setPeople}
        memberIds={memberIds}
        onMembersChange={setMemberIds}
        meId={meId}
        errors={errors}
      />
      <PadNotes idPrefix={ID} values={facets} onChange={(f, v) => setFacets((prev) => ({ ...prev, [f]: v }))} errors={errors} />
      <TextArea
        id={`${ID}-summary`}
        label="Summary"
        hint="Our summary, in a line or two: what it was about, and what we agreed to do next."
        rows={2}
        maxLength={limits.summaryMax}
        value={summary}
        onChange={(e) => setSummary(e.target.value)}
        error={errors.summary}
      />
      <FormActions pending={pending} submitLabel={submitLabel} cancel={cancel} />
    </form>
  );
}
