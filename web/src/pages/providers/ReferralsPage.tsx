/** Referrals out (help given: clients we sent to someone who fits better) and in (who sends clients to us). */
import { Link } from '@tanstack/react-router';
import type { Referral } from '../../api/referrals.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { tabProps } from '../follow-ups/tabs.ts';
import { ReferralsList } from './ReferralsList.tsx';
import '../../styles/helping.css';

export function ReferralsPage({ direction }: { direction: Referral['direction'] }) {
  const out = direction === 'out';
  return (
    <>
      <PageHeader
        title="Referrals"
        back={<Link to="/providers">← Providers</Link>}
        lead={
          <p>
            {out
              ? 'Clients you sent to someone who fits better. Each one counts as help given, whatever the fee.'
              : 'Who sent clients to you: worth knowing, and worth a thank-you.'}
          </p>
        }
        actions={
          <Link to="/referrals/new" search={{ direction }} className="button button-primary">
            Record a referral
          </Link>
        }
      />
      <div className="view-bar">
        <nav aria-label="Referrals by direction" className="tabs">
          <Link to="/referrals" search={{ direction: undefined }} {...tabProps}>
            Out — help given
          </Link>
          <Link to="/referrals" search={{ direction: 'in' }} {...tabProps}>
            In
          </Link>
        </nav>
      </div>
      <ReferralsList
        key={direction}
        filter={{ direction }}
        emptyText={
          out
            ? 'No referrals out yet. When someone else fits a client better, suggest them (from the close-out after a conversation, or here).'
            : 'No referrals in yet. When a client tells you who sent them, record it here.'
        }
      />
    </>
  );
}
