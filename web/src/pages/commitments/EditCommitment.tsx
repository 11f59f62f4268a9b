/** Corrects how a commitment is worded and who follows it up, with the version loaded (the date moves only by renegotiation). */
import { useState } from 'react';
import { useUpdateCommitment, type Commitment } from '../../api/commitments.ts';
import { ConflictNotice } from '../../components/ConflictNotice.tsx';
import { ErrorSummary, fieldErrors } from '../../components/ErrorSummary.tsx';
import { TextArea } from '../../components/Field.tsx';
import { FormActions } from '../../components/FormActions.tsx';
import { MemberSelect } from './MemberSelect.tsx';

export function EditCommitment({ commitment: c, onReload, reloading }: { commitment: Commitment; onReload: () => void; reloading: boolean }) {
  const update = useUpdateCommitment(c.id);
  const [editing, setEditing] = useState(false);
  const [description, setDescription] = useState(c.description);
  const [memberId, setMemberId] = useState(c.member?.id ?? '');
  const errors = fieldErrors(update.error);

  if (!editing) {
    return (
      <p className="section">
        <button
          type="button"
          className="button"
          onClick={() => {
            setDescription(c.description);
            setMemberId(c.member?.id ?? '');
            setEditing(true);
          }}
        >
          Edit the wording
        </button>
      </p>
    );
  }
  return (
    <form
      className="form panel section"
      aria-labelledby="edit-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        update.mutate({ version: c.version, description, ...(memberId ? { memberId } : {}) }, { onSuccess: () => setEditing(false) });
      }}
    >
      <h2 id="edit-title">Edit the wording</h2>
      <ConflictNotice error={update.error} what="commitment" onReload={() => {
          onReload();
          update.reset();
          setEditing(false);
        }} reloading={reloading} />
      <ErrorSummary error={update.error} labels={{ description: 'What exactly', memberId: 'From our side' }} idFor={(p) => `edit-${p}`} />
      <TextArea id="edit-description" label="What exactly was promised?" rows={2} value={description} onChange={(e) => setDescription(e.target.value)} error={errors.description} />
      <MemberSelect id="edit-memberId" label={c.side === 'us' ? 'Who promised it' : 'Who follows it up'} value={memberId} onChange={setMemberId} error={errors.memberId} />
      <FormActions
        pending={update.isPending}
        submitLabel="Save changes"
        cancel={
          <button type="button" className="button button-quiet" onClick={() => {
              update.reset();
              setEditing(false);
            }}>
            Cancel
          </button>
        }
      />
    </form>
  );
}
