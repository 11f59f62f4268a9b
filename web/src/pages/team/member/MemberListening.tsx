/**
 * "Listening across calls" on a member's page: their averages, their talk share per call against the
 * 43% target, their questions per call, and a table of the calls (each linked to its conversation) that
 * also serves as the charts' text for screen readers.
 */
import { Link } from '@tanstack/react-router';
import { ApiError } from '../../../api/errors.ts';
import { useMemberListening, type ListeningCall } from '../../../api/listening.ts';
import { EmptyState, LoadError, Loading } from '../../../components/Status.tsx';
import { channelLabels } from '../../../lib/vocabulary.ts';
import { clock, number, percent, usTalkTarget } from '../../conversations/transcript/listening-words.ts';
import { TrendChart, type TrendPoint } from './TrendChart.tsx';
import '../../../styles/reliability.css';

const shortDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });
const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const oneDecimal = (n: number) => (Math.round(n * 10) / 10).toLocaleString('en-GB');

export function MemberListening({ memberId, name }: { memberId: string; name: string }) {
  const listening = useMemberListening(memberId);
  if (listening.isPending) return <Loading label="Loading their calls…" />;
  if (listening.isError) {
    if (listening.error instanceof ApiError && listening.error.code === 'forbidden') {
      return (
        <EmptyState title="Private to them">
          <p>
            Listening trends are for learning, so only {name} and the firm’s owners see them. The transcripts themselves are on each
            conversation.
          </p>
        </EmptyState>
      );
    }
    return <LoadError error={listening.error} onRetry={() => void listening.refetch()} />;
  }
  const { items, averages } = listening.data;
  if (items.length === 0 || !averages) {
    return (
      <EmptyState title="No transcripts yet">
        <p>
          When a call’s transcript is added to a conversation {name} took part in, their share of the talk, their questions and their
          longest monologue show here, call by call.
        </p>
      </EmptyState>
    );
  }
  const calls = [...items].reverse(); // Oldest first, as time runs in the charts.
  const questionsMax = Math.max(5, ...calls.map((c) => c.questions.open + c.questions.closed));
  const talk: TrendPoint[] = calls.map((c) => ({
    key: c.conversationId,
    label: shortDate.format(new Date(c.occurredAt)),
    parts: [{ value: c.talkShare, className: 'bar-talk' }],
    valueLabel: percent(c.talkShare),
  }));
  const questions: TrendPoint[] = calls.map((c) => ({
    key: c.conversationId,
    label: shortDate.format(new Date(c.occurredAt)),
    parts: [
      { value: c.questions.open, className: 'bar-open' },
      { value: c.questions.closed, className: 'bar-closed' },
    ],
    valueLabel: number(c.questions.open + c.questions.closed),
  }));

  return (
    <>
      <dl className="listening-averages">
        <div>
          <dt>Share of the talk</dt>
          <dd>{percent(averages.talkShare)}</dd>
          <dd className="measure-detail">our side {percent(averages.usTalkShare)} · target about {percent(usTalkTarget)}</dd>
        </div>
        <div>
          <dt>Questions per call</dt>
          <dd>{oneDecimal(averages.questionsOpen + averages.questionsClosed)}</dd>
          <dd className="measure-detail">
            {oneDecimal(averages.questionsOpen)} open · {oneDecimal(averages.questionsClosed)} closed
          </dd>
        </div>
        <div>
          <dt>Longest monologue</dt>
          <dd>{number(averages.longestMonologueWords)} words</dd>
          <dd className="measure-detail">on average, per call</dd>
        </div>
        <div>
          <dt>Calls</dt>
          <dd>{number(averages.calls)}</dd>
          <dd className="measure-detail">the latest with a transcript</dd>
        </div>
      </dl>
      <div className="trend-pair">
        <TrendChart
          caption={`${name}’s talk share per call, by words`}
          points={talk}
          max={1}
          maxLabel="100%"
          target={{ value: usTalkTarget, label: `${percent(usTalkTarget)} target` }}
        />
        <TrendChart
          caption="Questions asked per call"
          points={questions}
          max={questionsMax}
          maxLabel={number(questionsMax)}
          legend={
            <ul className="side-legend side-legend-small" aria-hidden="true">
              <li>
                <span className="swatch swatch-open" />
                Open
              </li>
              <li>
                <span className="swatch swatch-closed" />
                Closed
              </li>
            </ul>
          }
        />
      </div>
      <CallsTable calls={items} />
    </>
  );
}

function CallsTable({ calls }: { calls: readonly ListeningCall[] }) {
  return (
    <div className="table-scroll calls-table">
      <table className="figures-table">
        <caption className="sr-only">Their calls with a transcript, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Call</th>
            <th scope="col">Their own share</th>
            <th scope="col">Our whole side</th>
            <th scope="col">Questions (open, closed)</th>
            <th scope="col">Longest monologue</th>
            <th scope="col">Length</th>
          </tr>
        </thead>
        <tbody>
          {calls.map((c) => (
            <tr key={c.conversationId}>
              <th scope="row">
                <Link to="/conversations/$conversationId" params={{ conversationId: c.conversationId }} hash="transcript">
                  {longDate.format(new Date(c.occurredAt))} · {channelLabels[c.channel]}
                </Link>
                {c.summary ? <span className="call-summary">{c.summary}</span> : null}
              </th>
              <td data-label="Their own share">{percent(c.talkShare)}</td>
              <td data-label="Our whole side">{percent(c.usTalkShare)}</td>
              <td data-label="Questions (open, closed)">
                {number(c.questions.open + c.questions.closed)} ({number(c.questions.open)}, {number(c.questions.closed)})
              </td>
              <td data-label="Longest monologue">{number(c.longestMonologueWords)} words</td>
              <td data-label="Length">{c.durationSeconds !== null ? clock(c.durationSeconds) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
