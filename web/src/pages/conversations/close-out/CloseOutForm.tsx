/**
 * The close-out's three optional acts after a conversation: suggest an alternative (a provider who fits
 * better), add one piece of value, schedule a follow-up that says what exactly we will bring. What is
 * filled in is recorded together; nothing here is required, and nothing else waits for it.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useCloseOutConversation, type CloseOutInput } from '../../../api/close-outs.ts';
import { ApiError, isApiError } from '../../../api/errors.ts';
import type { Conversation } from '../../../api/types.ts';
import { ErrorSummary, fieldErrors } from '../../../components/ErrorSummary.tsx';
import { FieldShell, TextArea } from '../../../components/Field.tsx';
import { practiceLimits } from '../../../../../src/common/practices.ts';
import { addDays, todayLocal } from '../../../lib/days.ts';
import { otherThanNotSpecific, SpecificFollowUpField } from '../../follow-ups/SpecificFollowUpField.tsx';
import { ProviderPicker, type PickedProvider } from '../../providers/ProviderPicker.tsx';
import { CloseOutAct } from './CloseOutAct.tsx';
import { GiftSelect } from './GiftSelect.tsx';

const ID = 'close-out';
const labels: Record<string, string> = {
  alternative: 'Suggest an alternative',
  valueAdd: 'Add one piece of value',
  followUp: 'Schedule a follow-up',
  'alternative.providerId': 'Who fits better',
  'alternative.reason': 'Why they fit better',
  'alternative.personId': 'Who this is about',
  'valueAdd.description': 'The piece of value',
  'valueAdd.giftId': 'Gift',
  'followUp.content': 'What exactly will you bring',
  'followUp.dueOn': 'Due',
  'followUp.personId': 'Who this is about',
};
const idFor = (path: string) => (path.endsWith('personId') ? `${ID}-personId` : `${ID}-${path.replace(/\./g, '-')}`);

export function CloseOutForm({ conversation }: { conversation: Conversation }) {
  const closeOut = useCloseOutConversation(conversation.id);
  const people = conversation.people;
  const [personId, setPersonId] = useState<string | null>(people[0]?.id ?? null);
  const [open, setOpen] = useState({ alternative: false, valueAdd: false, followUp: true });
  const [provider, setProvider] = useState<PickedProvider | null>(null);
  const [reason, setReason] = useState('');
  const [value, setValue] = useState('');
  const [giftId, setGiftId] = useState('');
  const [content, setContent] = useState('');
  const [dueOn, setDueOn] = useState(() => addDays(todayLocal(), practiceLimits.followUpDefaultDays));
  const [localError, setLocalError] = useState<ApiError | null>(null);
  const error = localError ?? closeOut.error;
  const errors = fieldErrors(error);
  const filled = { alternative: Boolean(provider || reason.trim()), valueAdd: Boolean(value.trim() || giftId), followUp: Boolean(content.trim()) };

  // A refused follow-up is explained inside its section: make sure it is open.
  useEffect(() => {
    if (isApiError(closeOut.error, 'follow_up_not_specific')) setOpen((o) => ({ ...o, followUp: true }));
  }, [closeOut.error]);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (filled.alternative && !provider) {
      setOpen((o) => ({ ...o, alternative: true }));
      setLocalError(new ApiError(400, 'validation_failed', 'Choose who fits better.', { 'alternative.providerId': 'Choose the provider who fits better' }));
      return;
    }
    setLocalError(null);
    const body: CloseOutInput = {};
    const who = personId ?? undefined;
    if (filled.alternative) body.alternative = { providerId: provider!.id, reason, personId: who };
    if (filled.valueAdd) body.valueAdd = { description: value, giftId: giftId || undefined };
    if (filled.followUp) body.followUp = { content, dueOn: dueOn || undefined, personId: who };
    closeOut.mutate(body);
  }

  return (
    <form className="close-out-form" onSubmit={submit} noValidate>
      <div className="close-out-intro">
        <h2 id="close-out-title">Close the loop</h2>
        <p>
          Before you move on, one small act that helps them, whatever happens next. Each is optional: fill in what fits this
          conversation.
        </p>
      </div>
      <ErrorSummary error={otherThanNotSpecific(error)} labels={labels} idFor={idFor} title="The loop could not be closed" />
      {people.length > 1 ? (
        <FieldShell id={`${ID}-personId`} label="Who is this about?" error={errors['alternative.personId'] ?? errors['followUp.personId']}>
          <select id={`${ID}-personId`} value={personId ?? ''} onChange={(e) => setPersonId(e.target.value)}>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.fullName}
              </option>
            ))}
          </select>
        </FieldShell>
      ) : null}
      <CloseOutAct
        id={`${ID}-alternative`}
        title="If we can’t help: suggest an alternative"
        prompt="Someone who fits better, competitors included. It counts as help given."
        open={open.alternative}
        onToggle={(o) => setOpen((s) => ({ ...s, alternative: o }))}
        filled={filled.alternative}
      >
        <ProviderPicker
          id={`${ID}-alternative-providerId`}
          label="Who fits better?"
          hint="Search your provider directory, or type a new name to add them."
          picked={provider}
          onChange={setProvider}
          error={errors['alternative.providerId']}
        />
        <TextArea
          id={`${ID}-alternative-reason`}
          label="Why they fit better"
          rows={2}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={errors['alternative.reason']}
        />
      </CloseOutAct>
      <CloseOutAct
        id={`${ID}-valueAdd`}
        title="Add one piece of value"
        prompt="An article, a template, an introduction, an idea on their problem."
        open={open.valueAdd}
        onToggle={(o) => setOpen((s) => ({ ...s, valueAdd: o }))}
        filled={filled.valueAdd}
      >
        <TextArea
          id={`${ID}-valueAdd-description`}
          label="What did you give them, or what will you?"
          rows={2}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          error={errors['valueAdd.description']}
        />
        <GiftSelect
          id={`${ID}-valueAdd-giftId`}
          personId={personId}
          conversationId={conversation.id}
          giftId={giftId}
          onChange={setGiftId}
          error={errors['valueAdd.giftId']}
        />
      </CloseOutAct>
      <CloseOutAct
        id={`${ID}-followUp`}
        title="Schedule a follow-up"
        prompt="Not “checking in”: something specific you will bring them."
        open={open.followUp}
        onToggle={(o) => setOpen((s) => ({ ...s, followUp: o }))}
        filled={filled.followUp}
      >
        <SpecificFollowUpField
          idPrefix={`${ID}-followUp`}
          content={content}
          onContentChange={setContent}
          dueOn={dueOn}
          onDueOnChange={setDueOn}
          error={closeOut.error}
          fieldErrors={errors}
          paths={{ content: 'followUp.content', dueOn: 'followUp.dueOn' }}
        />
      </CloseOutAct>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={closeOut.isPending}>
          {closeOut.isPending ? 'Saving…' : 'Close the loop'}
        </button>
      </div>
    </form>
  );
}
