/** A comment on the plan as a whole, and everything the client wrote on this page so far, oldest first. */
import type { SharedComment, SharedStep } from './api.ts';
import { CommentForm } from './CommentForm.tsx';
import { formatMoment } from './words.ts';

export function CommentsSection({ comments, steps }: { comments: SharedComment[]; steps: SharedStep[] }) {
  const stepTitle = (id: string | null) => (id ? steps.find((s) => s.id === id)?.title : undefined);
  return (
    <section className="sp-card" aria-labelledby="comments-heading">
      <h2 id="comments-heading">Anything to add?</h2>
      <p className="sp-muted">A question, a worry, something we missed — write it here. It goes to the people working with you.</p>
      <CommentForm id="comment-text" label="Your comment on the plan" stepId={null} />
      {comments.length ? (
        <div className="sp-written">
          <h3>What you wrote so far</h3>
          <ol className="sp-comment-list">
            {comments.map((c) => {
              const title = stepTitle(c.stepId);
              return (
                <li key={c.id} className="sp-comment">
                  <p className="sp-comment-meta">
                    {formatMoment(c.at)}
                    {c.stepId ? <> · on “{title ?? 'a step'}”</> : <> · on the plan</>}
                  </p>
                  <p className="sp-comment-text">{c.text}</p>
                </li>
              );
            })}
          </ol>
        </div>
      ) : null}
    </section>
  );
}
