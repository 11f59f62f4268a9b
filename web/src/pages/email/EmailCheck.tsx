/**
 * The draft check beside an email being written (pages/drafts' DraftCheckPanel): debounced as you type,
 * compared with the person's conversation notes; each cited sentence can be selected in the email.
 */
import type { RefObject } from 'react';
import { useDraftCheck } from '../../api/listening.ts';
import { useDebounced } from '../../lib/hooks.ts';
import { DraftCheckPanel } from '../drafts/DraftCheckPanel.tsx';
import { selectInDraft } from '../drafts/select-in-draft.ts';

interface Props {
  text: string;
  personId: string;
  /** The email's textarea, where "Show in the draft" selects a sentence. */
  area: RefObject<HTMLTextAreaElement | null>;
}

export function EmailCheck({ text, personId, area }: Props) {
  const debounced = useDebounced(text, 400);
  const check = useDraftCheck(debounced, personId);
  const empty = text.trim().length === 0;
  const checking = !empty && (text !== debounced || check.isFetching);
  return (
    <section className="draft-check email-check" aria-labelledby="email-check-title">
      <h2 id="email-check-title">Before you send</h2>
      {empty ? (
        <p className="muted">
          As you write, this checks whether the email is about them or about us: how often it speaks of them, a list of our features, nothing
          specific to them, and lines that cost trust such as fake urgency or a pushy close.
        </p>
      ) : (
        <DraftCheckPanel check={check.data} checking={checking} error={check.error} onShow={(evidence) => selectInDraft(area.current, evidence)} />
      )}
    </section>
  );
}
