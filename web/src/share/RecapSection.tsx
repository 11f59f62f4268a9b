/**
 * "What I heard": the recap of a conversation, which the client answers once — "Yes, that's right", or
 * "Not quite" with what they meant (required). Their correction is kept beside our notes in their words.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { replyToRecap, type SharedRecap } from './api.ts';
import { usePage, useAct } from './page-context.tsx';
import { TextBox } from './TextBox.tsx';
import { formatMoment, shareLimits } from './words.ts';
import { SendOrCancel } from './SendOrCancel.tsx';

export function RecapSection({ recap }: { recap: SharedRecap }) {
  const { patch, reload } = usePage();
  const [correcting, setCorrecting] = useState(false);
  const [text, setText] = useState('');
  const box = useRef<HTMLTextAreaElement>(null);
  const answer = useRef<HTMLDivElement>(null);
  const notQuite = useRef<HTMLButtonElement>(null);
  const reply = useAct(
    replyToRecap,
    (saved) => {
      patch((page) => (page.recap ? { ...page, recap: { ...page.recap, reply: saved } } : page));
      requestAnimationFrame(() => answer.current?.focus());
    },
    // Answered already (another tab, another device): show the answer we have.
    (error) => {
      if (error.code !== 'recap_already_answered') return;
      setCorrecting(false);
      void reload();
    },
  );

  useEffect(() => {
    if (correcting) box.current?.focus();
  }, [correcting]);

  const sendCorrection = (e: FormEvent) => {
    e.preventDefault();
    void reply.run({ agrees: false, correction: text });
  };

  return (
    <section className="sp-card" aria-labelledby="recap-heading">
      <h2 id="recap-heading">From our conversation on {formatMoment(recap.conversationAt)}</h2>
      <blockquote className="sp-pad">
        <p>{recap.text}</p>
      </blockquote>

      <h3 className="sp-question">Did I get it right?</h3>
      <div className="sp-live-answer" role="status" aria-live="polite">
        {recap.reply ? (
          <div className={`sp-answered${recap.reply.agrees ? ' sp-answered-yes' : ''}`} ref={answer} tabIndex={-1}>
            {recap.reply.agrees ? (
              <p>
                <span aria-hidden="true">✓ </span>You said that’s right, on {formatMoment(recap.reply.at)}. Thank you.
              </p>
            ) : (
              <>
                <p className="sp-answered-label">What you meant, as you told us on {formatMoment(recap.reply.at)}:</p>
                <p className="sp-their-words">{recap.reply.correction}</p>
                <p className="sp-answered-note">Thank you — we keep your words beside our notes.</p>
              </>
            )}
          </div>
        ) : null}
      </div>
      {recap.reply ? null : correcting ? (
        <form className="sp-suggest" onSubmit={sendCorrection} noValidate>
          <TextBox
            ref={box}
            id="correction"
            label="Here is what I meant"
            hint="In your own words. We keep them beside our notes, exactly as you write them."
            value={text}
            onChange={setText}
            max={shareLimits.correctionMax}
            rows={5}
            error={reply.error}
            field="correction"
          />
          <SendOrCancel
            label="Send what I meant"
            pending={reply.pending}
            onCancel={() => {
              setCorrecting(false);
              reply.clear();
              requestAnimationFrame(() => notQuite.current?.focus());
            }}
          />
        </form>
      ) : (
        <div className="sp-actions sp-answer-buttons">
          <button
            type="button"
            className="sp-button sp-button-primary"
            disabled={reply.pending}
            onClick={() => {
                        void reply.run({ agrees: true });
            }}
          >
            {reply.pending ? 'Saving…' : 'Yes, that’s right'}
          </button>
          <button
            ref={notQuite}
            type="button"
            className="sp-button"
            onClick={() => {
              reply.clear();
              setCorrecting(true);
            }}
          >
            Not quite — here is what I meant
          </button>
        </div>
      )}
      {reply.error && !correcting ? (
        <p className="sp-error" role="alert">
          {reply.error.message}
        </p>
      ) : null}
    </section>
  );
}
