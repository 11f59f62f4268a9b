/** How commitments read: standings as labels, who promised whom as a sentence, and the figures' filters in words. */
import type { Commitment, ResolvedStanding, Standing } from '../../api/commitments.ts';

export const standingLabels: Record<Standing, string> = {
  kept_on_time: 'Kept on time',
  kept_late: 'Kept late',
  renegotiated: 'Kept by the new date',
  broken: 'Broken',
  overdue: 'Overdue',
  open: 'Open',
};

/** The standings as a figure's title. */
export const standingFigureLabels: Record<ResolvedStanding, string> = {
  kept_on_time: 'Kept on time',
  renegotiated: 'Renegotiated in good time',
  kept_late: 'Kept late',
  broken: 'Broken',
};

type Parties = Pick<Commitment, 'side' | 'member' | 'person' | 'organization'>;

function clientName(c: Parties): string {
  if (c.person && c.organization) return `${c.person.fullName} (${c.organization.name})`;
  return c.person?.fullName ?? c.organization?.name ?? 'the client';
}

/** "Margaret promised Maya Okafor" / "Maya Okafor promised us · followed up by Margaret". */
export function whoPromised(c: Parties): string {
  if (c.side === 'us') return `${c.member?.name ?? 'We'} promised ${clientName(c)}`;
  const who = clientName(c);
  const promiser = who === 'the client' ? 'The client' : who;
  return `${promiser} promised us${c.member ? ` · followed up by ${c.member.name}` : ''}`;
}

export const windowLabels = { '12m': 'the last 12 months', '24m': 'the last 24 months', '36m': 'the last 36 months' } as const;
