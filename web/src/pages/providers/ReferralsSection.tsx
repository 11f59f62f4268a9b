/**
 * The referrals for a person, organisation or need (out and in), and "Record a referral" for them: for
 * the lead to place on those pages. `<ReferralsSection personId={…} />`.
 */
import { Link } from '@tanstack/react-router';
import { ReferralsList } from './ReferralsList.tsx';
import '../../styles/helping.css';

export function ReferralsSection(ids: { personId?: string; organizationId?: string; needId?: string }) {
  return (
    <section className="helping-section" aria-labelledby="referrals-section-title">
      <div className="section-head">
        <h2 id="referrals-section-title">Referrals</h2>
        <Link to="/referrals/new" search={{ direction: 'out', ...ids }} className="button button-small">
          Record a referral
        </Link>
      </div>
      <ReferralsList filter={ids} emptyText="No referrals yet. If someone else fits them better, suggesting them is help given." />
    </section>
  );
}
