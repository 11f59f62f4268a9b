/**
 * "The problem as we understand it": the current version of the problem statement, which the client confirms
 * ("Yes, that's it") or answers in their own words ("Not quite…"). Their words are kept beside the version
 * for the professional to adopt as a new version; they never replace it silently. When a newer version
 * exists (409 problem_statement_stale) the page reloads it and says so, keeping what they typed.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { confirmStatement, suggestStatement, type SharedStatement } from './api.ts';
import { blank, usePage, useAct } from './page-context.tsx';
import { TextBox } from './TextBox.tsx';
import { formatMoment, shareLimits } from './words.ts';
import { SendOrCancel } from './SendOrCancel.tsx';

const staleMessage = 'The statement changed while you were reading it. Please read the new version above, then tell us again.';

export function StatementSection({ statement, closed }: { statement: SharedStatement | null; closed: boolean }) {
  const { patch, reload } = usePage();
  const [writing, setWriting] = useState(false);
  const [text, setText] = useState('');
  const [stale, setStale] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  const answered = useRef<HTMLDivElement>(null);
  const notQuite = useRef<HTMLButtonElement>(null);

  const setStatement = (change: Partial<SharedStatement>) =>
    patch((page) => (page.need?.problemStatement ? { ...page, need: { ...page.need, problemStatement: { ...page.need.problemStatement, ...change } } } : page));

  // A newer version was written meanwhile: show it, say so, keep the client's words in the box.
  const whenStale = (error: { code: string }) => {
    if (error.code === 'problem_statement_stale') void reload().then(() => setStale(true));
  };
  const confirm = useAct(confirmStatement, () => {
    setStatement({ confirmedByYou: true });
    requestAnimationFrame(() => answered.current?.focus());
  }, whenStale);
  const suggest = useAct(suggestStatement, (suggestion) => {
    setStatement({ yourSuggestion: { text: suggestion.text, at: suggestion.at } });
    setText('');
    setWriting(false);
    requestAnimationFrame(() => answered.current?.focus());
  }, whenStale);

  const error = confirm.error ?? suggest.error;
  useEffect(() => {
    if (writing) box.current?.focus();
  }, [writing]);

  if (!statement) {
    return (
      <section className="sp-card" aria-labelledby="problem-heading">
        <h2 id="problem-heading">The problem as we understand it</h2>
        <p className="sp-muted">We are still putting it into words. When we have, it will be here for you to confirm or correct.</p>
      </section>
    );
  }

  const begin = () => {
    setStale(false);
    confirm.clear();
    suggest.clear();
  };

  const sendSuggestion = (e: FormEvent) => {
    e.preventDefault();
    begin();
    if (!text.trim()) {
      suggest.setError(blank('Write what you would say instead, then send it.'));
      box.current?.focus();
      return;
    }
    void suggest.run(statement.version, text);
  };

  const formShown = writing && !closed && !statement.confirmedByYou;
  // The form shows its own refusal under the box; anything else (a plan closed meanwhile, too many tries) shows here.
  const shownError = error && error.code !== 'problem_statement_stale' && !formShown ? error : null;

  return (
    <section className="sp-card" aria-labelledby="problem-heading">
      <h2 id="problem-heading">The problem as we understand it</h2>
      <blockquote className="sp-pad">
        <p>{statement.text}</p>
      </blockquote>
      {stale ? (
        <p className="sp-notice" role="alert">
          {staleMessage}
        </p>
      ) : null}

      <div className="sp-live-answer" role="status" aria-live="polite">
        {statement.confirmedByYou ? (
          <div className="sp-answered sp-answered-yes" ref={answered} tabIndex={-1}>
            <p>
              <span aria-hidden="true">✓ </span>You confirmed that this is it. Thank you.
            </p>
          </div>
        ) : statement.yourSuggestion ? (
          <div className="sp-answered" ref={answered} tabIndex={-1}>
            <p className="sp-answered-label">What you told us on {formatMoment(statement.yourSuggestion.at)}:</p>
            <p className="sp-their-words">{statement.yourSuggestion.text}</p>
            <p className="sp-answered-note">Thank you — we will come back to you with a new version.</p>
          </div>
        ) : null}
      </div>

      {closed || statement.confirmedByYou ? null : formShown ? (
        <form className="sp-suggest" onSubmit={sendSuggestion} noValidate>
          <TextBox
            ref={box}
            id="suggestion"
            label="What would you say instead?"
            hint="In your own words. We will read them and come back to you with a new version."
            value={text}
            onChange={setText}
            max={shareLimits.suggestionMax}
            rows={5}
            error={suggest.error?.code === 'problem_statement_stale' ? null : suggest.error}
            field="text"
          />
          <SendOrCancel
            label="Send my words"
            pending={suggest.pending}
            onCancel={() => {
              setWriting(false);
              suggest.clear();
              requestAnimationFrame(() => notQuite.current?.focus());
            }}
          />
        </form>
      ) : (
        <div className="sp-actions sp-answer-buttons">
          <button
            type="button"
            className="sp-button sp-button-primary"
            disabled={confirm.pending}
            onClick={() => {
              begin();
              void confirm.run(statement.version);
            }}
          >
            {confirm.pending ? 'Saving…' : 'Yes, that’s it'}
          </button>
          <button
            ref={notQuite}
            type="button"
            className="sp-button"
            onClick={() => {
              begin();
              setWriting(true);
            }}
          >
            Not quite…
          </button>
        </div>
      )}
      {shownError ? (
        <p className="sp-error" role="alert">
          {shownError.message}
        </p>
      ) : null}
    </section>
  );
}
