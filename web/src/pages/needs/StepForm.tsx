/**
 * One step of the client's journey, for adding or editing inline: the step in their words, whose step it
 * is (and who by name), the client's date, notes, and when editing, its status.
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import { useMembers } from '../../api/members.ts';
import type { JourneyStep, Need, StepInput } from '../../api/needs.ts';
import { ErrorSummary, fieldErrors } from '../../components/ErrorSummary.tsx';
import { TextArea, TextField } from '../../components/Field.tsx';
import { FormActions } from '../../components/FormActions.tsx';
import { RadioChoices } from './RadioChoices.tsx';
import { DayField, SelectField } from './SelectField.tsx';
import { practiceLimits, stepOwnerSideLabels, stepOwnerSides, stepStatusLabels, stepStatuses, type StepOwnerSide, type StepStatus } from './vocabulary.ts';

const labels = {
  title: 'The step, in their words',
  ownerSide: 'Whose step',
  ownerPersonId: 'Who on their side',
  ownerMemberId: 'Who on our side',
  targetOn: 'The client’s date',
  status: 'Status',
  notes: 'Notes',
  completedOn: 'Done on',
};

interface Props {
  idPrefix: string;
  need: Need;
  step?: JourneyStep;
  onSubmit: (values: StepInput) => void;
  onCancel: () => void;
  pending: boolean;
  error: unknown;
  submitLabel: string;
  notice?: ReactNode;
}

export function StepForm({ idPrefix: id, need, step, onSubmit, onCancel, pending, error, submitLabel, notice }: Props) {
  const members = useMembers();
  const [title, setTitle] = useState(step?.title ?? '');
  const [side, setSide] = useState<StepOwnerSide>(step?.ownerSide ?? 'client');
  const [personId, setPersonId] = useState(step?.ownerPerson?.id ?? '');
  const [memberId, setMemberId] = useState(step?.ownerMember?.id ?? '');
  const [targetOn, setTargetOn] = useState(step?.targetOn ?? '');
  const [status, setStatus] = useState<StepStatus>(step?.status ?? 'planned');
  const [notes, setNotes] = useState(step?.notes ?? '');
  const errors = fieldErrors(error);
  const idFor = (path: string) => (path === 'ownerSide' ? `${id}-ownerSide-${stepOwnerSides[0]}` : `${id}-${path}`);

  // A person who left the need, or a member who left the firm, stays selectable while named on the step.
  const people = [...need.people, ...(step?.ownerPerson && !need.people.some((p) => p.id === step.ownerPerson?.id) ? [step.ownerPerson] : [])];
  const team = members.data?.items ?? (step?.ownerMember ? [step.ownerMember] : []);

  function submit(e: FormEvent) {
    e.preventDefault();
    onSubmit({
      title,
      ownerSide: side,
      ownerPersonId: side !== 'us' && personId ? personId : null,
      ownerMemberId: side !== 'client' && memberId ? memberId : null,
      targetOn: targetOn || null,
      notes: notes.trim() || null,
      ...(step ? { status } : {}),
    });
  }

  return (
    <form className="journey-step-form" onSubmit={submit} noValidate aria-label={step ? `Edit “${step.title}”` : 'Add a step'}>
      {notice}
      <ErrorSummary error={error} labels={labels} idFor={idFor} title="The step could not be saved" />
      <TextField
        id={`${id}-title`}
        label="The step, in their words"
        hint="What the client will do or decide, as they would say it."
        maxLength={practiceLimits.titleMax}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={errors.title}
      />
      <RadioChoices
        id={`${id}-ownerSide`}
        legend="Whose step"
        options={stepOwnerSides.map((s) => ({ value: s, label: stepOwnerSideLabels[s] }))}
        value={side}
        onChange={setSide}
        error={errors.ownerSide}
      />
      <div className="field-row">
        {side !== 'us' ? (
          <SelectField
            id={`${id}-ownerPersonId`}
            label="Who on their side"
            value={personId}
            onChange={setPersonId}
            options={[{ value: '', label: 'Not named' }, ...people.map((p) => ({ value: p.id, label: p.fullName }))]}
            error={errors.ownerPersonId}
          />
        ) : null}
        {side !== 'client' ? (
          <SelectField
            id={`${id}-ownerMemberId`}
            label="Who on our side"
            value={memberId}
            onChange={setMemberId}
            options={[{ value: '', label: 'Not named' }, ...team.map((m) => ({ value: m.id, label: m.name }))]}
            error={errors.ownerMemberId}
          />
        ) : null}
        <DayField id={`${id}-targetOn`} label="The client’s date" hint="Their date, if they gave one." value={targetOn} onChange={setTargetOn} error={errors.targetOn} />
        {step ? (
          <SelectField
            id={`${id}-status`}
            label="Status"
            value={status}
            onChange={setStatus}
            options={stepStatuses.map((s) => ({ value: s, label: stepStatusLabels[s] }))}
            error={errors.status ?? errors.completedOn}
          />
        ) : null}
      </div>
      <TextArea id={`${id}-notes`} label="Notes" rows={2} maxLength={practiceLimits.textMax} value={notes} onChange={(e) => setNotes(e.target.value)} error={errors.notes} />
      <FormActions
        pending={pending}
        submitLabel={submitLabel}
        cancel={
          <button type="button" className="button button-quiet" onClick={onCancel}>
            Cancel
          </button>
        }
      />
    </form>
  );
}
