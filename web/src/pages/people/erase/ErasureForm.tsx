/** The erasure's last step: an optional reason for the audit trail and the person's name typed again. */
import { Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useErasePerson, type ErasureResult } from '../../../api/erasure.ts';
import { TextArea, TextField } from '../../../components/Field.tsx';
import { ErrorSummary, fieldErrors } from '../../../components/ErrorSummary.tsx';

const ID = 'erase';
const labels = { confirmName: 'Their full name', reason: 'Reason' };
const idFor = (path: string) => `${ID}-${path}`;

interface Props {
  person: { id: string; fullName: string };
  onErased: (result: ErasureResult) => void;
}

export function ErasureForm({ person, onErased }: Props) {
  const erase = useErasePerson(person.id);
  const [confirmName, setConfirmName] = useState('');
  const [reason, setReason] = useState('');
  const errors = fieldErrors(erase.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    erase.mutate({ confirmName, reason: reason.trim() || null }, { onSuccess: onErased });
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="erase-form-title">
      <h2 id="erase-form-title">Erase for good</h2>
      <ErrorSummary error={erase.error} labels={labels} idFor={idFor} title="Nothing was erased" />
      <TextArea
        id={idFor('reason')}
        label="Reason (optional)"
        hint="Kept in the audit trail. Say how the request came, not who made it — e.g. “request by email 2026-11-20”. Do not write their name or details here."
        value={reason}
        maxLength={500}
        rows={2}
        onChange={(e) => setReason(e.target.value)}
        error={errors.reason}
      />
      <TextField
        id={idFor('confirmName')}
        label={`Type “${person.fullName}” to confirm`}
        hint="Exactly as shown. Erasing cannot be undone."
        value={confirmName}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => setConfirmName(e.target.value)}
        error={errors.confirmName}
      />
      <div className="form-actions">
        <button type="submit" className="button button-danger" disabled={erase.isPending}>
          {erase.isPending ? 'Erasing…' : `Erase ${person.fullName}`}
        </button>
        <Link to="/people/$personId" params={{ personId: person.id }} className="button button-quiet">
          Cancel
        </Link>
      </div>
    </form>
  );
}
