/**
 * "Start from a template": the typical professional-services decision, shown as an editable list (words,
 * whose step, a suggested date, remove, add) before anything is saved. All steps are added at once.
 */
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/errors.ts';
import { useAddSteps, useJourneyTemplate, type TemplateStep } from '../../api/needs.ts';
import { ErrorSummary, fieldErrors } from '../../components/ErrorSummary.tsx';
import { TextField } from '../../components/Field.tsx';
import { FormActions } from '../../components/FormActions.tsx';
import { LoadError, Loading } from '../../components/Status.tsx';
import { DayField, SelectField } from './SelectField.tsx';
import { practiceLimits, stepOwnerSideLabels, stepOwnerSides, type StepOwnerSide } from './vocabulary.ts';
import { addDays, todayLocal } from '../../lib/days.ts';

interface Row {
  key: number;
  title: string;
  ownerSide: StepOwnerSide;
  targetOn: string;
}

const sideOptions = stepOwnerSides.map((s) => ({ value: s, label: stepOwnerSideLabels[s] }));
const rowId = (i: number, field: string) => `template-${i}-${field}`;

function rowsFrom(steps: readonly TemplateStep[]): Row[] {
  const today = todayLocal();
  return steps.map((s, i) => ({ key: i, title: s.title, ownerSide: s.ownerSide, targetOn: addDays(today, s.daysFromStart) }));
}

function TemplateRows({ needId, initial, onDone }: { needId: string; initial: Row[]; onDone: () => void }) {
  const add = useAddSteps(needId);
  const [rows, setRows] = useState(initial);
  const [localError, setLocalError] = useState<ApiError | null>(null);
  const shown = localError ?? add.error;
  const errors = fieldErrors(shown);
  const change = (key: number, patch: Partial<Row>) => setRows((all) => all.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  function submit(e: FormEvent) {
    e.preventDefault();
    if (rows.length === 0) {
      setLocalError(new ApiError(400, 'validation_failed', 'Keep at least one step, or cancel.'));
      return;
    }
    setLocalError(null);
    add.mutate(
      rows.map((r) => ({ title: r.title, ownerSide: r.ownerSide, targetOn: r.targetOn || null })),
      { onSuccess: onDone },
    );
  }

  const labels = Object.fromEntries(rows.map((_, i) => [`steps.${i}`, `Step ${i + 1}`]));
  const idFor = (path: string) => {
    const [, index, field] = path.split('.');
    return index === undefined ? rowId(0, 'title') : rowId(Number(index), field === 'ownerSide' || field === 'targetOn' ? field : 'title');
  };
  return (
    <form className="template-form" onSubmit={submit} noValidate aria-label="Steps from the template">
      <ErrorSummary error={shown} labels={{ steps: 'Steps', ...labels }} idFor={idFor} title="The steps could not be added" />
      <p className="hint">Change the words to theirs, remove what does not apply, and ask them for their dates: these are only suggestions.</p>
      <ol className="template-rows">
        {rows.map((row, i) => (
          <li key={row.key} className="template-row">
            <TextField
              id={rowId(i, 'title')}
              label={`Step ${i + 1}`}
              maxLength={practiceLimits.titleMax}
              value={row.title}
              onChange={(e) => change(row.key, { title: e.target.value })}
              error={errors[`steps.${i}.title`]}
            />
            <SelectField id={rowId(i, 'ownerSide')} label="Whose step" value={row.ownerSide} onChange={(ownerSide) => change(row.key, { ownerSide })} options={sideOptions} />
            <DayField id={rowId(i, 'targetOn')} label="Date" value={row.targetOn} onChange={(targetOn) => change(row.key, { targetOn })} error={errors[`steps.${i}.targetOn`]} />
            <button type="button" className="button-link remove" aria-label={`Remove step ${i + 1}: ${row.title}`} onClick={() => setRows((all) => all.filter((r) => r.key !== row.key))}>
              Remove
            </button>
          </li>
        ))}
      </ol>
      {rows.length < practiceLimits.journeyStepsMax ? (
        <button
          type="button"
          className="button-link"
          onClick={() => setRows((all) => [...all, { key: Math.max(-1, ...all.map((r) => r.key)) + 1, title: '', ownerSide: 'client', targetOn: '' }])}
        >
          Add another step
        </button>
      ) : null}
      <FormActions
        pending={add.isPending}
        submitLabel={rows.length === 1 ? 'Add this step to the journey' : `Add these ${rows.length} steps to the journey`}
        cancel={
          <button type="button" className="button button-quiet" onClick={onDone}>
            Cancel
          </button>
        }
      />
    </form>
  );
}

export function TemplateEditor({ needId, onDone }: { needId: string; onDone: () => void }) {
  const template = useJourneyTemplate();
  if (template.isPending) return <Loading label="Loading the template…" />;
  if (template.isError) return <LoadError error={template.error} onRetry={() => void template.refetch()} />;
  return <TemplateRows needId={needId} initial={rowsFrom(template.data.steps)} onDone={onDone} />;
}
