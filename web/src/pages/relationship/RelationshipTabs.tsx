/**
 * Everything the firm does with one client relationship, as tabs on a person's, organisation's or need's
 * page: their conversations (when the page has them), needs, follow-ups, commitments both ways, gifts and
 * referrals. Each tab loads when it is first opened.
 */
import type { ReactNode } from 'react';
import { RecordTabs, type RecordTab } from '../../components/RecordTabs.tsx';
import { CommitmentsSection } from '../commitments/CommitmentsSection.tsx';
import { FollowUpsSection } from '../follow-ups/FollowUpsSection.tsx';
import { GiftsSection } from '../gifts/GiftsSection.tsx';
import { NeedsSection } from '../needs/NeedsSection.tsx';
import { ReferralsSection } from '../providers/ReferralsSection.tsx';

interface Props {
  personId?: string;
  organizationId?: string;
  needId?: string;
  /** The page's conversation timeline, shown first. */
  conversations?: ReactNode;
}

export function RelationshipTabs({ personId, organizationId, needId, conversations }: Props) {
  const ids = { personId, organizationId, needId };
  const tabs: RecordTab[] = [
    ...(conversations ? [{ key: 'conversations', label: 'Conversations', render: () => conversations }] : []),
    ...(needId ? [] : [{ key: 'needs', label: 'Needs', render: () => <NeedsSection personId={personId} organizationId={organizationId} /> }]),
    { key: 'follow-ups', label: 'Follow-ups', render: () => <FollowUpsSection {...ids} /> },
    { key: 'commitments', label: 'Commitments', render: () => <CommitmentsSection {...ids} /> },
    { key: 'gifts', label: 'Gifts', render: () => <GiftsSection {...ids} /> },
    { key: 'referrals', label: 'Referrals', render: () => <ReferralsSection {...ids} /> },
  ];
  return <RecordTabs tabs={tabs} label="About this relationship" />;
}
