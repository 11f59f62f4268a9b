/**
 * A person's, organisation's or need's open follow-ups, with their actions and a way to schedule one:
 * for the lead to place on those pages. `<FollowUpsSection personId={…} />`.
 */
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useFollowUps } from '../../api/follow-ups.ts';
import { LoadError, Loading } from '../../components/Status.tsx';
import { todayLocal } from '../../lib/days.ts';
import { FollowUpCard } from './FollowUpCard.tsx';
import { NewFollowUpForm, type FollowUpLinks } from './NewFollowUpForm.tsx';
import '../../styles/helping.css';

export function FollowUpsSection(links: FollowUpLinks) {
  const list = useFollowUps({ status: 'open', ...links });
  const [adding, setAdding] = useState(false);
  const today = todayLocal();
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section className="helping-section" aria-labelledby="follow-ups-section-title">
      <div className="section-head">
        <h2 id="follow-ups-section-title">
          Follow-ups {items.length ? <span className="count">{items.length}</span> : null}
        </h2>
        {adding ? null : (
          <button type="button" className="button button-small" onClick={() => setAdding(true)}>
            Add a follow-up
          </button>
        )}
      </div>
      {adding ? <NewFollowUpForm links={links} onDone={() => setAdding(false)} /> : null}
      {list.isPending ? (
        <Loading label="Loading follow-ups…" />
      ) : list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        adding ? null : <p className="muted">Nothing scheduled. A follow-up says what exactly you will bring them next.</p>
      ) : (
        <ul className="follow-up-list">
          {items.map((f) => (
            <li key={f.id}>
              <FollowUpCard followUp={f} today={today} showMember />
            </li>
          ))}
        </ul>
      )}
      <p className="section-foot">
        <Link to="/follow-ups">All follow-ups</Link>
      </p>
    </section>
  );
}
