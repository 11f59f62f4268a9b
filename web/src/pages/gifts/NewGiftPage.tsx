/** Record a gift; ?personId=, ?organizationId=, ?needId= and ?conversationId= say whom and where it came from. */
import { Link, useNavigate } from '@tanstack/react-router';
import { useCreateGift } from '../../api/gifts.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Loading } from '../../components/Status.tsx';
import { useClientPrefill, type ClientIds } from './client-prefill.ts';
import { GiftForm } from './GiftForm.tsx';
import '../../styles/helping.css';

export function NewGiftPage({ conversationId, ...ids }: ClientIds & { conversationId?: string }) {
  const create = useCreateGift();
  const navigate = useNavigate();
  const prefill = useClientPrefill(ids);
  if (!prefill.ready) return <Loading />;
  const back = conversationId ? (
    <Link to="/conversations/$conversationId" params={{ conversationId }} hash="close-out">
      ← The conversation
    </Link>
  ) : (
    <Link to="/gifts">← Gifts</Link>
  );
  return (
    <>
      <PageHeader
        title="Record a gift"
        back={back}
        lead={<p>Something made for this client, given before any engagement: it shows what working with you would be like.</p>}
      />
      <GiftForm
        initialClient={prefill.value}
        onSubmit={(values) =>
          create.mutate(
            { ...values, conversationId: conversationId ?? null },
            { onSuccess: (g) => void navigate({ to: '/gifts/$giftId', params: { giftId: g.id } }) },
          )
        }
        pending={create.isPending}
        error={create.error}
        submitLabel="Record gift"
        cancel={
          <Link to="/gifts" className="button button-quiet">
            Cancel
          </Link>
        }
      />
    </>
  );
}
