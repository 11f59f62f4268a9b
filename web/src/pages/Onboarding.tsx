/** First steps for a new firm, ticked off as they happen. */
import { Link } from '@tanstack/react-router';

export function Onboarding({ hasPeople }: { hasPeople: boolean }) {
  return (
    <section className="onboarding" aria-labelledby="onboarding-title">
      <h2 id="onboarding-title">Start with one client</h2>
      <p>Start by adding a client you talk to, then log your last conversation with them — what they told you, in their words.</p>
      <ol className="steps">
        <li className={hasPeople ? 'done' : undefined}>
          <span className="step-text">
            <strong>Add a client you talk to.</strong> A name is enough; the rest can come later.
          </span>
          {hasPeople ? (
            <span className="step-done">Done</span>
          ) : (
            <Link to="/people/new" className="button button-small">
              Add a person
            </Link>
          )}
        </li>
        <li>
          <span className="step-text">
            <strong>Log your last conversation with them.</strong> Their situation, goals and worries — quoted, not pitched.
          </span>
          <Link to="/conversations/new" className="button button-small">
            Log a conversation
          </Link>
        </li>
        <li>
          <span className="step-text">
            <strong>Invite a colleague</strong> who talks to the same clients.
          </span>
          <Link to="/team" className="button button-small">
            Invite
          </Link>
        </li>
      </ol>
    </section>
  );
}
