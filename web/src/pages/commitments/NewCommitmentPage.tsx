/**
 * Record a commitment: whose promise (two big choices), what exactly, by when, who on our side, and the
 * client's person and organisation. Search parameters prefill the links from the page it was started on.
 */
import { Link, useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useCreateCommitment, type CommitmentInput } from '../../api/commitments.ts';
import { ApiError } from '../../api/errors.ts';
import { useSession } from '../../api/session.ts';
import { ErrorSummary, fieldErrors } from '../../components/ErrorSummary.tsx';
import { TextArea } from '../../components/Field.tsx';
import { FormActions } from '../../components/FormActions.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import '../../styles/commitments.css';
import { DayField } from './DayField.tsx';
import { LinkedRecords, type Links } from './LinkedRecords.tsx';
import { MemberSelect } from './MemberSelect.tsx';
import { SideChoice } from './SideChoice.tsx';

const ID = 'commitment';
const labels: Record<string, string> = {
  side: 'Whose promise',
  description: 'What exactly',
  dueOn: 'By when',
  memberId: 'From our side',
  personId: 'Person',
  organizationId: 'Organisation',
  needId: 'Need',
  conversationId: 'Conversation',
};
const idFor = (path: string) => (path === 'side' ? `${ID}-side-us` : `${ID}-${path.split('.')[0]}`);

export function NewCommitmentPage({ prefill }: { prefill: Links }) {
  const me = useSession().member;
  const create = useCreateCommitment();
  const navigate = useNavigate();
  const [side, setSide] = useState<CommitmentInput['side']>('us');
  const [description, setDescription] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [memberId, setMemberId] = useState(me.id);
  const [links, setLinks] = useState<Links>(prefill);
  const [localError, setLocalError] = useState<ApiError | null>(null);
  const error = localError ?? create.error;
  const errors = fieldErrors(error);

  function submit(e: FormEvent) {
    e.preventDefault();
    const problems: Record<string, string> = {};
    if (!description.trim()) problems.description = 'Say what exactly was promised';
    if (!dueOn) problems.dueOn = 'Pick the date it was promised for';
    if (Object.keys(problems).length) {
      setLocalError(new ApiError(400, 'validation_failed', 'Check the highlighted fields.', problems));
      return;
    }
    setLocalError(null);
    create.mutate(
      { side, description, dueOn, memberId, ...links },
      { onSuccess: (c) => void navigate({ to: '/commitments/$commitmentId', params: { commitmentId: c.id } }) },
    );
  }

  return (
    <>
      <PageHeader
        title="Record a commitment"
        back={<Link to="/commitments">← Commitments</Link>}
        lead={<p>A promise is specific and has a date. Keeping small ones, on time, is how trust is earned.</p>}
      />
      <form className="form" onSubmit={submit} noValidate>
        <ErrorSummary error={error} labels={labels} idFor={idFor} />
        <SideChoice id={`${ID}-side`} value={side} onChange={setSide} />
        <TextArea
          id={`${ID}-description`}
          label="What exactly was promised?"
          hint={side === 'us' ? 'E.g. “Send two client stories about a faster month-end close”.' : 'E.g. “Share last year’s trial balance”.'}
          rows={2}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          error={errors.description}
        />
        <div className="field-row">
          <DayField id={`${ID}-dueOn`} label="By when" value={dueOn} onChange={setDueOn} error={errors.dueOn} />
          <MemberSelect
            id={`${ID}-memberId`}
            label={side === 'us' ? 'Who promised it' : 'Who follows it up'}
            value={memberId}
            onChange={setMemberId}
            error={errors.memberId}
          />
        </div>
        <LinkedRecords
          idPrefix={ID}
          links={links}
          onChange={setLinks}
          personLabel={side === 'us' ? 'Promised to' : 'Who promised it'}
          errors={errors}
        />
        <FormActions
          pending={create.isPending}
          submitLabel="Record the commitment"
          cancel={
            <Link to="/commitments" className="button button-quiet">
              Cancel
            </Link>
          }
        />
      </form>
    </>
  );
}
