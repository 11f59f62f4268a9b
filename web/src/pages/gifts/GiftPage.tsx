/** One gift: what it was and why it was specific to them, the risk taken, their response; editable in place. */
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useDeleteGift, useGift, useUpdateGift } from '../../api/gifts.ts';
import { ConflictNotice } from '../../components/ConflictNotice.tsx';
import { DeleteSection } from '../../components/DeleteSection.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { LoadError, Loading } from '../../components/Status.tsx';
import { formatDay } from '../../lib/days.ts';
import { giftKindLabels } from './gift-vocabulary.ts';
import { GiftForm } from './GiftForm.tsx';
import { recipientOf } from './GiftList.tsx';
import { GiftResponseBadge } from './GiftResponseBadge.tsx';
import { GiftResponseForm } from './GiftResponseForm.tsx';
import '../../styles/helping.css';
import { CancelButton } from '../../components/CancelButton.tsx';
import { clientOf } from './ClientFields.tsx';

const isLink = (text: string) => /^https?:\/\//i.test(text);

export function GiftPage({ giftId }: { giftId: string }) {
  const gift = useGift(giftId);
  const update = useUpdateGift(giftId);
  const remove = useDeleteGift(giftId);
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const [responseSaved, setResponseSaved] = useState(false);
  if (gift.isPending) return <Loading />;
  if (gift.isError) return <LoadError error={gift.error} onRetry={() => void gift.refetch()} />;
  const g = gift.data;
  const reload = () => void gift.refetch().then(() => update.reset());

  if (editing) {
    return (
      <>
        <PageHeader title={`Edit: ${g.title}`} />
        <GiftForm
          key={g.version}
          gift={g}
          initialClient={clientOf(g)}
          onSubmit={(values) => update.mutate({ ...values, version: g.version }, { onSuccess: () => setEditing(false) })}
          pending={update.isPending}
          error={update.error}
          submitLabel="Save changes"
          notice={<ConflictNotice error={update.error} what="gift" onReload={reload} reloading={gift.isFetching} />}
          cancel={
            <CancelButton
              onCancel={() => {
                update.reset();
                setEditing(false);
              }}
            />
          }
        />
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={g.title}
        back={<Link to="/gifts">← Gifts</Link>}
        lead={
          <p>
            {giftKindLabels[g.kind]} · given {formatDay(g.givenOn)}
            {recipientOf(g) ? ` to ${recipientOf(g)}` : ''} <GiftResponseBadge response={g.response} />
          </p>
        }
        actions={
          <button type="button" className="button" onClick={() => setEditing(true)}>
            Edit
          </button>
        }
      />
      <div className="record-layout">
        <aside className="record-aside" aria-labelledby="gift-details-title">
          <h2 id="gift-details-title">Details</h2>
          <dl className="details">
            <dt>Specific to them</dt>
            <dd className="prewrap">{g.specificToClient}</dd>
            <dt>Risk taken</dt>
            <dd className="prewrap">{g.riskTaken ?? <span className="muted">None noted</span>}</dd>
            {g.reference ? (
              <>
                <dt>Reference</dt>
                <dd>{isLink(g.reference) ? <a href={g.reference} rel="noreferrer noopener" target="_blank">{g.reference}</a> : g.reference}</dd>
              </>
            ) : null}
            <dt>For</dt>
            <dd>
              <ul className="plain">
                {g.person ? (
                  <li>
                    <Link to="/people/$personId" params={{ personId: g.person.id }}>
                      {g.person.fullName}
                    </Link>
                  </li>
                ) : null}
                {g.organization ? (
                  <li>
                    <Link to="/organizations/$organizationId" params={{ organizationId: g.organization.id }}>
                      {g.organization.name}
                    </Link>
                  </li>
                ) : null}
                {g.need ? <li>Need: {g.need.title}</li> : null}
              </ul>
            </dd>
            {g.conversationId ? (
              <>
                <dt>Came from</dt>
                <dd>
                  <Link to="/conversations/$conversationId" params={{ conversationId: g.conversationId }}>
                    A conversation
                  </Link>
                </dd>
              </>
            ) : null}
          </dl>
        </aside>
        <div className="record-main">
          <GiftResponseForm
            key={g.version}
            gift={g}
            onReload={reload}
            reloading={gift.isFetching}
            saved={responseSaved}
            onSavedChange={setResponseSaved}
          />
        </div>
      </div>
      <DeleteSection
        title="Delete this gift"
        explanation="Removes the gift and its response. A close-out that mentioned it keeps its description."
        confirmLabel="Yes, delete it"
        onConfirm={() => remove.mutate(undefined, { onSuccess: () => void navigate({ to: '/gifts' }) })}
        pending={remove.isPending}
        error={remove.error}
      />
    </>
  );
}
