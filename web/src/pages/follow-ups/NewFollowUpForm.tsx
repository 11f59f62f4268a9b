/** Schedule a follow-up for a person, organisation or need (from their page): what exactly, and when. */
import { useState, type FormEvent } from 'react';
import { useCreateFollowUp } from '../../api/follow-ups.ts';
import { practiceLimits } from '../../../../src/common/practices.ts';
import { addDays, todayLocal } from '../../lib/days.ts';
import { FollowUpFormFields } from './SpecificFollowUpField.tsx';

export interface FollowUpLinks {
  personId?: string;
  organizationId?: string;
  needId?: string;
}

export function NewFollowUpForm({ links, onDone }: { links: FollowUpLinks; onDone: () => void }) {
  const create = useCreateFollowUp();
  const [content, setContent] = useState('');
  const [dueOn, setDueOn] = useState(() => addDays(todayLocal(), practiceLimits.followUpDefaultDays));
  const ID = 'new-follow-up';

  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate({ content, dueOn: dueOn || undefined, ...links }, { onSuccess: onDone });
  }

  return (
    <form className="inline-panel" onSubmit={submit} noValidate>
      <FollowUpFormFields idPrefix={ID} content={content} onContentChange={setContent} dueOn={dueOn} onDueOnChange={setDueOn} error={create.error} />
      <div className="inline-actions">
        <button type="submit" className="button button-primary button-small" disabled={create.isPending}>
          {create.isPending ? 'Saving…' : 'Schedule follow-up'}
        </button>
        <button type="button" className="button button-quiet button-small" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
