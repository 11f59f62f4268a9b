/** Record a referral; ?direction=, ?providerId= and the client's ?personId= / ?organizationId= / ?needId= prefill it. */
import { Link, useNavigate } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import { useCreateReferral, type Referral } from '../../api/referrals.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Loading } from '../../components/Status.tsx';
import { useClientPrefill, type ClientIds } from '../gifts/client-prefill.ts';
import { ReferralForm } from './ReferralForm.tsx';
import '../../styles/helping.css';

export function NewReferralPage({ direction = 'out', providerId, ...ids }: ClientIds & { direction?: Referral['direction']; providerId?: string }) {
  const create = useCreateReferral();
  const navigate = useNavigate();
  const prefill = useClientPrefill(ids);
  const provider = useQuery({
    queryKey: ['providers', 'one', providerId],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/providers/{id}', { params: { path: { id: providerId! } }, signal })),
    enabled: Boolean(providerId),
  });
  if (!prefill.ready || provider.isLoading) return <Loading />;
  return (
    <>
      <PageHeader title="Record a referral" back={<Link to="/referrals">← Referrals</Link>} />
      <ReferralForm
        initialDirection={direction}
        initialProvider={provider.data ? { id: provider.data.id, name: provider.data.name } : null}
        initialClient={prefill.value}
        onSubmit={(values) =>
          create.mutate(values, { onSuccess: (r) => void navigate({ to: '/referrals', search: r.direction === 'in' ? { direction: 'in' } : {} }) })
        }
        pending={create.isPending}
        error={create.error}
        cancel={
          <Link to="/referrals" className="button button-quiet">
            Cancel
          </Link>
        }
      />
    </>
  );
}
