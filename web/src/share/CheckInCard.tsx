/**
 * The trust check-in, offered at most once every 90 days and never required: four statements in
 * Yellowpad's words (src/common/client-side.ts), each answered 1–7 from "Strongly disagree" to "Strongly
 * agree", and an optional comment. Then a thank-you.
 */
import { useRef, useState, type FormEvent } from 'react';
import type { ApiError } from '../api/errors.ts';
import { checkIn } from './api.ts';
import { useAct } from './page-context.tsx';
import { TextBox } from './TextBox.tsx';
import { shareLimits, trustDimensions, trustScale, trustStatements, type TrustDimension } from './words.ts';

const scale = Array.from({ length: trustScale.max - trustScale.min + 1 }, (_, i) => trustScale.min + i);
const endWords = (n: number) => (n === trustScale.min ? 'strongly disagree' : n === trustScale.max ? 'strongly agree' : null);
type Scores = Record<TrustDimension, number | null>;
const noScores: Scores = { credibility: null, reliability: null, intimacy: null, selfOrientation: null };

function Statement({ dimension, value, missing, onChange }: { dimension: TrustDimension; value: number | null; missing: boolean; onChange: (n: number) => void }) {
  const name = `trust-${dimension}`;
  return (
    <fieldset className={`sp-scale${missing ? ' is-missing' : ''}`} aria-describedby={missing ? `${name}-missing` : undefined}>
      <legend>{trustStatements[dimension].statement}</legend>
      <div className="sp-scale-options">
        {scale.map((n) => {
          const end = endWords(n);
          return (
            <label key={n} className="sp-scale-option">
              <input type="radio" className="sp-scale-input" name={name} value={n} checked={value === n} onChange={() => onChange(n)} />
              <span className="sp-scale-face" aria-hidden="true">
                {n}
              </span>
              <span className="sr-only">{end ? `${n}, ${end}` : String(n)}</span>
            </label>
          );
        })}
      </div>
      <div className="sp-scale-ends" aria-hidden="true">
        <span>Strongly disagree</span>
        <span>Strongly agree</span>
      </div>
      {missing ? (
        <p className="sp-error" id={`${name}-missing`}>
          Choose a number from 1 to 7.
        </p>
      ) : null}
    </fieldset>
  );
}

export function CheckInCard({ firmName, fromName }: { firmName: string; fromName: string | null }) {
  const [scores, setScores] = useState<Scores>(noScores);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState<TrustDimension[]>([]);
  const [thanked, setThanked] = useState(false);
  const [tooSoon, setTooSoon] = useState<ApiError | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const send = useAct(
    checkIn,
    () => {
      setThanked(true);
      // The form goes; keep the keyboard in the card, where the thank-you is.
      requestAnimationFrame(() => heading.current?.focus());
    },
    (error) => void (error.code === 'check_in_too_soon' && setTooSoon(error)),
  );
  const who = fromName ? `${fromName} and ${firmName}` : firmName;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const unanswered = trustDimensions.filter((d) => scores[d] === null);
    setMissing(unanswered);
    if (unanswered.length) {
      form.current?.querySelector<HTMLInputElement>(`input[name="trust-${unanswered[0]}"]`)?.focus();
      return;
    }
    // Every statement has its number now.
    const { credibility, reliability, intimacy, selfOrientation } = scores as Record<TrustDimension, number>;
    void send.run({ credibility, reliability, intimacy, selfOrientation, ...(comment.trim() ? { comment } : {}) });
  };

  return (
    <section className="sp-card sp-checkin" aria-labelledby="checkin-heading">
      <h2 id="checkin-heading" ref={heading} tabIndex={-1}>
        How are we doing?
      </h2>
      <div role="status" aria-live="polite">
        {thanked ? (
          <div className="sp-thanks">
            <p className="sp-thanks-title">Thank you for telling us.</p>
            <p>Your answers help {who} work better with you. We will not ask again for a few months.</p>
          </div>
        ) : tooSoon ? (
          <p className="sp-notice">{tooSoon.message}</p>
        ) : null}
      </div>
      {thanked || tooSoon ? null : (
        <form ref={form} onSubmit={submit} noValidate>
          <p className="sp-muted">
            Four short statements about {who}. How much do you agree with each? It is optional, takes a minute, and we ask at most every three
            months.
          </p>
          {missing.length ? (
            <p className="sp-error" role="alert">
              Please choose a number for {missing.length === 1 ? 'the statement marked below' : `the ${missing.length} statements marked below`}.
            </p>
          ) : null}
          {trustDimensions.map((d) => (
            <Statement
              key={d}
              dimension={d}
              value={scores[d]}
              missing={missing.includes(d)}
              onChange={(n) => {
                setScores((s) => ({ ...s, [d]: n }));
                setMissing((m) => m.filter((x) => x !== d));
              }}
            />
          ))}
          <TextBox
            id="checkin-comment"
            label="Anything you would like to add? (optional)"
            value={comment}
            onChange={setComment}
            max={shareLimits.checkInCommentMax}
            rows={3}
            error={send.error}
            field="comment"
          />
          <div className="sp-actions">
            <button type="submit" className="sp-button sp-button-primary" disabled={send.pending}>
              {send.pending ? 'Sending…' : 'Send my answers'}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
