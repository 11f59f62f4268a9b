/**
 * Who a referral is about and who is on the other side of it, as links to their records (or plain names
 * when they are not in Yellowpad). Shared by the referral rows and the referral page.
 */
import { Link } from '@tanstack/react-router';
import type { Referral } from '../../api/referrals.ts';

/** The client's name in words: the person, else the organisation, else the need. */
export const clientNameOf = (r: Referral) => r.person?.fullName ?? r.organization?.name ?? r.need?.title ?? 'A client';

/** Who referred the client to us, or (out) the provider we referred them to, in words. */
export const otherPartyOf = (r: Referral) => r.provider?.name ?? r.referredByPerson?.fullName ?? r.referredByName ?? 'someone';

export function ProviderName({ id, name }: { id: string; name: string }) {
  return (
    <Link to="/providers/$providerId" params={{ providerId: id }}>
      {name}
    </Link>
  );
}

export function ClientName({ r }: { r: Referral }) {
  if (r.person) {
    return (
      <Link to="/people/$personId" params={{ personId: r.person.id }}>
        {r.person.fullName}
      </Link>
    );
  }
  if (r.organization) {
    return (
      <Link to="/organizations/$organizationId" params={{ organizationId: r.organization.id }}>
        {r.organization.name}
      </Link>
    );
  }
  return <>{r.need?.title ?? 'A client'}</>;
}

/** The provider (out: referred to; in: referred by), or the person or name who referred the client to us. */
export function OtherParty({ r }: { r: Referral }) {
  if (r.provider) return <ProviderName id={r.provider.id} name={r.provider.name} />;
  if (r.referredByPerson) {
    return (
      <Link to="/people/$personId" params={{ personId: r.referredByPerson.id }}>
        {r.referredByPerson.fullName}
      </Link>
    );
  }
  return <>{r.referredByName ?? (r.direction === 'out' ? 'a provider' : 'Someone')}</>;
}
