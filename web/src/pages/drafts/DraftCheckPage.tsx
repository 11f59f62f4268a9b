/**
 * The draft checker — "is this email about them, or about us?" Write or paste a follow-up before sending
 * it; the check appears beside it (below it on a phone) as you type: self focus, a feature dump, nothing
 * specific to this client (compared with their conversations' notes when you say who it is to), and lines
 * that cost trust, such as fake urgency.
 */
import { useNavigate } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { useDraftCheck } from '../../api/listening.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useDebounced } from '../../lib/hooks.ts';
import { plural } from '../conversations/transcript/listening-words.ts';
import { DraftCheckPanel } from './DraftCheckPanel.tsx';
import { DraftRecipient } from './DraftRecipient.tsx';
import { selectInDraft } from './select-in-draft.ts';
import '../../styles/listening.css';
import '../../styles/draft-check.css';

const ID = 'draft';

export function DraftCheckPage({ personId }: { personId?: string }) {
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const area = useRef<HTMLTextAreaElement>(null);
  const checkTitle = useRef<HTMLHeadingElement>(null);
  const debounced = useDebounced(text, 400);
  const check = useDraftCheck(debounced, personId);
  const empty = text.trim().length === 0;
  const checking = !empty && (text !== debounced || check.isFetching);

  return (
    <>
      <PageHeader
        title="Check a draft"
        lead={<p>Is this email about them, or about us? Paste a draft before you send it. Nothing is stored.</p>}
      />
      <div className="draft-layout">
        <div className="draft-editor">
          <DraftRecipient
            id={`${ID}-person`}
            personId={personId}
            onChange={(id) => void navigate({ to: '/drafts/check', search: id ? { personId: id } : {}, replace: true })}
          />
          <div className="field">
            <label htmlFor={`${ID}-text`}>Your draft</label>
            <p className="hint" id={`${ID}-text-hint`}>
              Checked as you type.
            </p>
            <textarea
              id={`${ID}-text`}
              ref={area}
              className="draft-text"
              rows={10}
              value={text}
              onChange={(e) => setText(e.target.value)}
              aria-describedby={`${ID}-text-hint`}
            />
          </div>
          {empty ? null : (
            <p className="to-check">
              <button type="button" className="button-link" onClick={() => checkTitle.current?.focus()}>
                {checking ? 'Checking…' : `See the check${check.data ? ` (${plural(check.data.findings.length, 'thing')} to look at)` : ''}`}
              </button>
            </p>
          )}
        </div>
        <section className="draft-check" aria-labelledby="draft-check-title">
          <h2 id="draft-check-title" tabIndex={-1} ref={checkTitle}>
            The check
          </h2>
          {empty ? (
            <div className="draft-explain">
              <p>Write or paste the draft, and this checks whether it is about the reader or about us:</p>
              <ul>
                <li>how often it speaks of them (you, your) against us (I, we, our);</li>
                <li>a list of our features and credentials instead of their situation;</li>
                <li>nothing specific to them — compared with your notes when you say who it is to;</li>
                <li>lines that cost trust: fake urgency (“sign today”), pushy closes, fake empathy, weak openers.</li>
              </ul>
            </div>
          ) : (
            <DraftCheckPanel check={check.data} checking={checking} error={check.error} onShow={(evidence) => selectInDraft(area.current, evidence)} />
          )}
        </section>
      </div>
    </>
  );
}
