/**
 * One thing a client did on their page, in plain words: who, what (their own words quoted as text, never
 * HTML), when, and a link to where it belongs — the need, the conversation whose recap they answered, or
 * (for a trust check-in) the person. The inbox, a need's client activity and the person's timeline share it.
 */
import { Link } from '@tanstack/react-router';
import { useId, type MouseEvent, type ReactNode } from 'react';
import { trustDimensions, trustScale, trustStatements } from '../../../../src/common/client-side.ts';
import type { ClientAct } from '../../api/client-acts.ts';
import { formatDateTime, relativeTime } from '../../lib/dates.ts';
import { formatMoment } from '../../lib/days.ts';
import { channelLabels } from '../../lib/vocabulary.ts';
import '../../styles/client-acts.css';

/**
 * Where the item is shown: on a need's page the link to the need is left out, on a person's page the
 * links to the person; in a list (the inbox) every link is there.
 */
export type ClientActContext = 'list' | 'need' | 'person';

interface Props {
  act: ClientAct;
  context: ClientActContext;
  /** Inbox: not yet read (highlighted, announced as "New"). */
  unread?: boolean;
  /** Called when any link in the item is followed (the inbox marks it read). */
  onOpen?: () => void;
  /** Buttons under the item, e.g. "Mark read"; given the id of the item's sentence, to describe them by. */
  actions?: (sentenceId: string) => ReactNode;
}

const kindLabels: Record<ClientAct['kind'], string> = {
  confirmed: 'Confirmed the problem',
  suggested: 'Suggested a change',
  step_completed: 'Step done',
  commented: 'Comment',
  recap_answered: 'What you heard',
  checked_in: 'Trust check-in',
};

const version = (act: ClientAct) => (act.statementVersion === null ? '' : ` (version ${act.statementVersion})`);
const quoted = (title: string) => `“${title}”`;

/** The sentence after the person's name; ends with ":" when their words follow. */
function whatTheyDid(act: ClientAct): string {
  switch (act.kind) {
    case 'confirmed':
      return `confirmed the problem statement${version(act)} on the share page.`;
    case 'suggested':
      return `suggested a change to the problem statement${version(act)}${act.text ? ':' : '.'}`;
    case 'step_completed':
      return `ticked off ${act.step ? quoted(act.step.title) : 'a step'}.`;
    case 'commented': {
      const on = act.step ? quoted(act.step.title) : act.need ? 'the plan' : 'what you heard';
      return `commented on ${on}${act.text ? ':' : '.'}`;
    }
    case 'recap_answered':
      return act.agrees ? 'agreed with what you heard.' : `corrected what you heard${act.text ? ':' : '.'}`;
    case 'checked_in':
      return 'checked in on how they see the relationship:';
  }
}

function SuggestionState({ suggestion, onNeedPage }: { suggestion: NonNullable<ClientAct['suggestion']>; onNeedPage: boolean }) {
  if (suggestion.status === 'adopted') {
    return (
      <p className="client-act-state client-act-state-adopted">
        Adopted{suggestion.adoptedVersion === null ? '' : ` as version ${suggestion.adoptedVersion}`}
      </p>
    );
  }
  if (suggestion.status === 'set_aside') return <p className="client-act-state">Set aside</p>;
  return (
    <p className="client-act-state client-act-state-open">
      Not adopted yet: adopt their words as a new version or set them aside{onNeedPage ? '' : ' on the need’s page'}.
    </p>
  );
}

function Scores({ scores }: { scores: NonNullable<ClientAct['checkIn']> }) {
  const steps = Array.from({ length: trustScale.max }, (_, i) => i + 1);
  return (
    <ul className="client-act-scores">
      {trustDimensions.map((d) => (
        <li key={d}>
          <span className="score-label">{trustStatements[d].label}</span>
          <span className="score-value">
            <span className="score-dots" aria-hidden="true">
              {steps.map((n) => (
                <span key={n} className={n <= scores[d] ? 'score-dot on' : 'score-dot'} />
              ))}
            </span>
            <strong aria-hidden="true">
              {scores[d]}/{trustScale.max}
            </strong>
            <span className="sr-only">
              {scores[d]} out of {trustScale.max}
            </span>
          </span>
          <span className="score-statement">{trustStatements[d].statement}</span>
        </li>
      ))}
    </ul>
  );
}

/** The link to where the act belongs, with the words that say where that is; null on that very page. */
function whereItBelongs(act: ClientAct, context: ClientActContext): ReactNode {
  if (act.kind === 'checked_in') {
    if (context === 'person') return null;
    return (
      <span>
        <Link to="/people/$personId" params={{ personId: act.person.id }}>
          {act.person.fullName}’s page
        </Link>
      </span>
    );
  }
  if (act.need) {
    if (context === 'need') return null;
    return (
      <span>
        Plan for{' '}
        <Link to="/needs/$needId" params={{ needId: act.need.id }}>
          {act.need.title}
        </Link>
      </span>
    );
  }
  if (act.conversation) {
    return (
      <span>
        Recap of the{' '}
        <Link to="/conversations/$conversationId" params={{ conversationId: act.conversation.id }}>
          {channelLabels[act.conversation.channel].toLowerCase()} on {formatMoment(act.conversation.occurredAt)}
        </Link>
      </span>
    );
  }
  return null;
}

export function ClientActItem({ act, context, unread = false, onOpen, actions }: Props) {
  const sentenceId = useId();
  const who =
    context === 'person' ? (
      <strong>{act.person.fullName}</strong>
    ) : (
      <Link to="/people/$personId" params={{ personId: act.person.id }} className="client-act-who">
        {act.person.fullName}
      </Link>
    );
  const opened = (e: MouseEvent<HTMLElement>) => {
    if (onOpen && e.target instanceof Element && e.target.closest('a')) onOpen();
  };
  const wordsLabel = act.kind === 'checked_in' ? 'Their comment' : null;
  const where = whereItBelongs(act, context);

  return (
    <article
      className={`client-act client-act-${act.kind}${unread ? ' is-unread' : ''}`}
      aria-labelledby={sentenceId}
      tabIndex={-1}
      onClick={opened}
      onAuxClick={opened}
    >
      <p className="client-act-kind">
        {unread ? <span className="client-act-new" aria-hidden="true">New</span> : null}
        <span aria-hidden="true">{kindLabels[act.kind]}</span>
      </p>
      <p className="client-act-line" id={sentenceId}>
        {unread ? <span className="sr-only">Unread: </span> : null}
        {who} {whatTheyDid(act)}
      </p>
      {act.checkIn ? <Scores scores={act.checkIn} /> : null}
      {act.text ? (
        <figure className="client-act-words">
          {wordsLabel ? <figcaption>{wordsLabel}</figcaption> : null}
          <blockquote>
            <p className="prewrap">{act.text}</p>
          </blockquote>
        </figure>
      ) : null}
      {act.kind === 'suggested' && act.suggestion ? <SuggestionState suggestion={act.suggestion} onNeedPage={context === 'need'} /> : null}
      <div className="client-act-foot">
        <p className="client-act-meta">
          <time dateTime={act.at} title={formatDateTime(act.at)}>
            {relativeTime(act.at)}
          </time>
          <span className="sr-only"> ({formatDateTime(act.at)})</span>
          {where ? (
            <>
              <span aria-hidden="true"> · </span>
              {where}
            </>
          ) : null}
        </p>
        {actions ? <div className="client-act-actions">{actions(sentenceId)}</div> : null}
      </div>
    </article>
  );
}
