/** What erasing a person unlinks, in words: the firm's records kept without them, and the links removed. */
import type { Unlinked } from '../../../api/erasure.ts';

const kept: [keyof Unlinked, string, string][] = [
  ['conversations', 'conversation', 'conversations'],
  ['needs', 'need', 'needs'],
  ['journeySteps', 'journey step', 'journey steps'],
  ['commitments', 'commitment', 'commitments'],
  ['followUps', 'follow-up', 'follow-ups'],
  ['gifts', 'gift', 'gifts'],
  ['referrals', 'referral', 'referrals'],
  ['incidents', 'incident', 'incidents'],
  ['transcriptSpeakers', 'transcript speaker', 'transcript speakers'],
  ['shareLinks', 'share link (removed)', 'share links (removed)'],
  ['clientActs', 'thing they did on their page (removed)', 'things they did on their pages (removed)'],
];
const removed: [keyof Unlinked, string, string][] = [
  ['affiliations', 'place in an organisation', 'places in organisations'],
  ['confirmations', 'confirmation of a problem statement', 'confirmations of problem statements'],
];

const phrase = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function CountList({ counts, rows }: { counts: Unlinked; rows: typeof kept }) {
  const shown = rows.filter(([key]) => counts[key] > 0);
  if (shown.length === 0) return <p className="muted">None.</p>;
  return (
    <ul className="erasure-counts">
      {shown.map(([key, one, many]) => (
        <li key={key}>{phrase(counts[key], one, many)}</li>
      ))}
    </ul>
  );
}

export function UnlinkedSummary({ counts, done = false }: { counts: Unlinked; done?: boolean }) {
  return (
    <div className="erasure-summary">
      <div>
        <h3>{done ? 'Kept, without them' : 'Kept for your firm’s history, without them'}</h3>
        <CountList counts={counts} rows={kept} />
      </div>
      <div>
        <h3>Removed with them</h3>
        <CountList counts={counts} rows={removed} />
      </div>
    </div>
  );
}
