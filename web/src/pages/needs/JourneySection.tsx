/**
 * The client's decision journey: their steps in their order, adapted as we learn (add, edit, reorder,
 * skip). An empty journey offers the template, editable before anything is saved; nothing forces it.
 */
import { useState } from 'react';
import { useAddStep, useNeed, useReorderSteps, type JourneyStep, type Need } from '../../api/needs.ts';
import { messageOf } from '../../api/errors.ts';
import { healthEvidence } from './HealthBadge.tsx';
import { StepForm } from './StepForm.tsx';
import { StepItem } from './StepItem.tsx';
import { TemplateEditor } from './TemplateEditor.tsx';

type Adding = 'none' | 'step' | 'template';

export function JourneySection({ need }: { need: Need }) {
  const add = useAddStep(need.id);
  const reorder = useReorderSteps(need.id);
  const fetching = useNeed(need.id).isFetching;
  const [adding, setAdding] = useState<Adding>('none');
  const editable = need.status === 'open';
  const steps = need.journey;

  function move(step: JourneyStep, by: -1 | 1) {
    const ids = steps.map((s) => s.id);
    const from = ids.indexOf(step.id);
    const to = from + by;
    if (to < 0 || to >= ids.length) return;
    [ids[from], ids[to]] = [ids[to]!, ids[from]!];
    reorder.mutate(ids);
  }

  const stop = () => {
    add.reset();
    setAdding('none');
  };

  return (
    <section className="need-section" aria-labelledby="journey-title">
      <h2 id="journey-title">The client’s decision journey</h2>
      <p className="hint">The steps they take to decide, in their words and by their dates. Adapt it whenever you learn more.</p>
      {need.journeyHealthDetail ? <p className={`health-evidence health-${need.journeyHealth}`}>{healthEvidence(need.journeyHealthDetail)}.</p> : null}
      {steps.length > 0 ? (
        <ol className="journey">
          {steps.map((step) => (
            <StepItem key={step.id} need={need} step={step} onMove={move} moving={reorder.isPending || fetching} editable={editable} />
          ))}
        </ol>
      ) : !editable ? (
        <p className="muted">No steps were written down.</p>
      ) : adding === 'none' ? (
        <div className="empty-journey">
          <p>How will they decide? Write down the steps they will take — or start from a typical professional-services decision and make it theirs.</p>
          <div className="need-actions">
            <button type="button" className="button button-primary" onClick={() => setAdding('template')}>
              Start from a template
            </button>
            <button type="button" className="button" onClick={() => setAdding('step')}>
              Add a step
            </button>
          </div>
        </div>
      ) : null}
      {reorder.error ? (
        <p className="field-error" role="alert">
          {messageOf(reorder.error)}
        </p>
      ) : null}
      {adding === 'template' ? <TemplateEditor needId={need.id} onDone={stop} /> : null}
      {adding === 'step' ? (
        <StepForm
          idPrefix="new-step"
          need={need}
          onSubmit={(values) => add.mutate(values, { onSuccess: stop })}
          onCancel={stop}
          pending={add.isPending}
          error={add.error}
          submitLabel="Add the step"
        />
      ) : null}
      {editable && steps.length > 0 && adding === 'none' ? (
        <div className="need-actions">
          <button type="button" className="button" onClick={() => setAdding('step')}>
            Add a step
          </button>
        </div>
      ) : null}
    </section>
  );
}
