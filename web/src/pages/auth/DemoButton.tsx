/** "Explore the demo firm": builds a believable practice (takes a few seconds) and logs you into it. */
import { useNavigate } from '@tanstack/react-router';
import { messageOf } from '../../api/errors.ts';
import { useStartDemo } from '../../api/session.ts';

export function DemoButton() {
  const demo = useStartDemo();
  const navigate = useNavigate();
  return (
    <section className="demo-box" aria-labelledby="demo-title">
      <div className="demo-text">
        <h2 id="demo-title">Just looking around?</h2>
        <p>Step into a sample practice with clients and a history of conversations.</p>
      </div>
      <button
        type="button"
        className="button button-accent"
        disabled={demo.isPending}
        onClick={() => demo.mutate(undefined, { onSuccess: () => void navigate({ to: '/' }) })}
      >
        Explore the demo firm
      </button>
      <p className="demo-status" role="status" aria-live="polite">
        {demo.isPending ? (
          <>
            <span className="spinner" aria-hidden="true" />
            Setting up the demo firm… this takes a few seconds.
          </>
        ) : null}
      </p>
      {demo.error ? (
        <p className="field-error demo-error" role="alert">
          {messageOf(demo.error)}
        </p>
      ) : null}
    </section>
  );
}
