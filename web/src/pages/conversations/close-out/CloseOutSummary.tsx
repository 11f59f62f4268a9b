/** What a conversation's close-out recorded: the alternative suggested, the value added, the follow-up, with links. */
import { Link } from '@tanstack/react-router';
import type { CloseOut } from '../../../api/close-outs.ts';
import { formatDate } from '../../../lib/dates.ts';
import { formatDay } from '../../../lib/days.ts';

export function CloseOutSummary({ closeOut: c }: { closeOut: CloseOut }) {
  const referral = c.referral;
  const followUp = c.followUp;
  return (
    <div className="close-out-summary">
      <h2 id="close-out-title">Loop closed</h2>
      <p className="muted">Closed on {formatDate(c.createdAt)}.</p>
      <ul className="close-out-acts">
        {referral ? (
          <li>
            <h3>Alternative suggested</h3>
            <p>
              {referral.person ? `${referral.person.fullName} was referred to ` : 'Referred to '}
              {referral.provider ? (
                <Link to="/providers/$providerId" params={{ providerId: referral.provider.id }}>
                  {referral.provider.name}
                </Link>
              ) : (
                'a provider'
              )}
              : {referral.reason} <span className="badge badge-help">Help given</span>
            </p>
          </li>
        ) : null}
        {c.valueAdd ? (
          <li>
            <h3>Value added</h3>
            <p className="prewrap">{c.valueAdd.description}</p>
            {c.valueAdd.gift ? (
              <p>
                Gift:{' '}
                <Link to="/gifts/$giftId" params={{ giftId: c.valueAdd.gift.id }}>
                  {c.valueAdd.gift.title}
                </Link>
              </p>
            ) : null}
          </li>
        ) : null}
        {followUp ? (
          <li>
            <h3>Follow-up</h3>
            <p className="prewrap">{followUp.content}</p>
            <p className="muted">
              {followUp.status === 'open'
                ? `Due ${formatDay(followUp.dueOn)}`
                : followUp.status === 'done'
                  ? 'Done'
                  : `Cancelled: ${followUp.cancelReason}`}
              {' · '}
              <Link to="/follow-ups">All follow-ups</Link>
            </p>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
