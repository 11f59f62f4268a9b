/**
 * The plan for the client's decision: the steps in the professional's order, whose each one is (you, us,
 * together), its date and status. The client ticks off their own steps — only those — and comments on any.
 */
import { useRef, useState } from 'react';
import { completeStep, type SharedComment, type SharedNeed, type SharedStep } from './api.ts';
import { CommentForm } from './CommentForm.tsx';
import { Live } from './Live.tsx';
import { usePage, useAct } from './page-context.tsx';
import { formatDay, formatMoment, ownerWords, stepStatusWords } from './words.ts';

const isOpen = (step: SharedStep) => step.status === 'planned' || step.status === 'in_progress';

function StepItem({ step, position, closed, comments }: { step: SharedStep; position: number; closed: boolean; comments: SharedComment[] }) {
  const { patch } = usePage();
  const [commenting, setCommenting] = useState(false);
  const [said, setSaid] = useState<string | null>(null);
  const commentButton = useRef<HTMLButtonElement>(null);
  const formId = `step-${step.id}-comment`;
  const complete = useAct(completeStep, (updated) => {
    patch((page) => {
      if (!page.need) return page;
      const steps = page.need.steps.map((s) => (s.id === updated.id ? { ...s, status: updated.status } : s));
      return { ...page, need: { ...page.need, steps } };
    });
    setSaid(`Thank you — “${step.title}” is marked done.`);
    commentButton.current?.focus();
  });
  const canTick = step.owner === 'client' && isOpen(step) && !closed;

  return (
    <li className={`sp-step status-${step.status}`}>
      <span className="sp-step-mark" aria-hidden="true">
        {step.status === 'done' ? '✓' : position}
      </span>
      <div className="sp-step-body">
        <h3 className="sp-step-title">{step.title}</h3>
        <ul className="sp-tags" aria-label="About this step">
          <li className={`sp-tag owner-${step.owner}`}>
            <span className="sr-only">Who: </span>
            {ownerWords[step.owner]}
          </li>
          <li className="sp-tag">{step.targetDate ? `By ${formatDay(step.targetDate)}` : 'No date yet'}</li>
          <li className={`sp-tag sp-status status-${step.status}`}>
            <span className="sr-only">Status: </span>
            {stepStatusWords[step.status]}
          </li>
        </ul>
        {comments.length ? (
          <ul className="sp-step-comments" aria-label={`Your comments on “${step.title}”`}>
            {comments.map((c) => (
              <li key={c.id}>
                <span className="sp-comment-text">{c.text}</span> <span className="sp-when">— you, {formatMoment(c.at)}</span>
              </li>
            ))}
          </ul>
        ) : null}
        <div className="sp-actions">
          {canTick ? (
            <button
              type="button"
              className="sp-button sp-button-primary"
              aria-label={`Mark done: ${step.title}`}
              disabled={complete.pending}
              onClick={() => void complete.run(step.id)}
            >
              {complete.pending ? 'Saving…' : 'Mark done'}
            </button>
          ) : null}
          <button
            ref={commentButton}
            type="button"
            className="sp-button sp-button-quiet"
            aria-label={`Comment on “${step.title}”`}
            aria-expanded={commenting}
            aria-controls={commenting ? formId : undefined}
            onClick={() => {
              setSaid(null);
              setCommenting(!commenting);
            }}
          >
            Comment
          </button>
        </div>
        {complete.error ? (
          <p className="sp-error" role="alert">
            {complete.error.message}
          </p>
        ) : null}
        {commenting ? (
          <div id={formId}>
            <CommentForm
              id={`${formId}-text`}
              label={`Your comment on “${step.title}”`}
              stepId={step.id}
              autoFocus
              onCancel={() => setCommenting(false)}
              onSent={() => {
                setCommenting(false);
                setSaid('Thank you — your comment is saved, and we will see it.');
                requestAnimationFrame(() => commentButton.current?.focus());
              }}
            />
          </div>
        ) : null}
        <Live message={said} />
      </div>
    </li>
  );
}

export function PlanSection({ need, comments }: { need: SharedNeed; comments: SharedComment[] }) {
  const done = need.steps.filter((s) => s.status === 'done').length;
  return (
    <section className="sp-card" aria-labelledby="plan-heading">
      <h2 id="plan-heading">The plan for your decision</h2>
      {need.steps.length ? (
        <>
          <p className="sp-muted">
            {done} of {need.steps.length} steps done.{' '}
            {need.closed ? 'Here is how the plan went.' : 'Tick off your own steps as you finish them; comment on any step.'}
          </p>
          <ol className="sp-steps">
            {need.steps.map((step, i) => (
              <StepItem key={step.id} step={step} position={i + 1} closed={need.closed} comments={comments.filter((c) => c.stepId === step.id)} />
            ))}
          </ol>
        </>
      ) : (
        <p className="sp-muted">We have not written down the steps yet. You can still tell us what you think below.</p>
      )}
    </section>
  );
}
