/**
 * One referral: which way it went, the provider or who referred the client, the client (person,
 * organisation, need), why, and when; help given marked for a referral out. Editable in place, and
 * deletable (with a confirmation) when it was recorded by mistake.
 */
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useDeleteReferral, useReferral, useUpdateReferral, type Referral } from '../../api/referrals.ts';
import { CancelButton } from '../../components/CancelButton.tsx';
import { ConflictNotice } from '../../components/ConflictNotice.tsx';
import { DeleteSection } from '../../components/DeleteSection.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { LoadError, Loading } from '../../components/Status.tsx';
import { formatDay } from '../../lib/days.ts';
import { ClientName, clientNameOf, OtherParty, otherPartyOf } from './ReferralParties.tsx';
import { ReferralForm } from './ReferralForm.tsx';
import '../../styles/helping.css';
import { clientOf } from '../gifts/ClientFields.tsx';

const titleOf = (r: Referral) =>
  r.direction === 'out' ? `${clientNameOf(r)} referred to ${otherPartyOf(r)}` : `${clientNameOf(r)}, referred to us by ${otherPartyOf(r)}`;

/** The list the referral belongs in: out (the default) or in. */
const listSearch = (r: Referral) => (r.direction === 'in' ? { direction: 'in' as const } : {});

function ReferralDetails({ r }: { r: Referral }) {
  return (
    <dl className="details">
      <dt>{r.direction === 'out' ? 'Referred to' : 'Referred by'}</dt>
      <dd>
        <OtherParty r={r} />
      </dd>
      <dt>The client</dt>
      <dd>
        <ul className="plain">
          {r.person || r.organization ? (
            <li>
              <ClientName r={r} />
              {r.person && r.organization ? (
                <>
                  {', '}
                  <Link to="/organizations/$organizationId" params={{ organizationId: r.organization.id }}>
                    {r.organization.name}
                  </Link>
                </>
              ) : null}
            </li>
          ) : null}
          {r.need ? (
            <li>
              Need:{' '}
              <Link to="/needs/$needId" params={{ needId: r.need.id }}>
                {r.need.title}
              </Link>
            </li>
          ) : null}
        </ul>
      </dd>
      <dt>When</dt>
      <dd>{formatDay(r.referredOn)}</dd>
      {r.conversationId ? (
        <>
          <dt>Came from</dt>
          <dd>
            <Link to="/conversations/$conversationId" params={{ conversationId: r.conversationId }}>
              A conversation
            </Link>
          </dd>
        </>
      ) : null}
    </dl>
  );
}

export function ReferralPage({ referralId }: { referralId: string }) {
  const referral = useReferral(referralId);
  const update = useUpdateReferral(referralId);
  const remove = useDeleteReferral(referralId);
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  if (referral.isPending) return <Loading />;
  if (referral.isError) return <LoadError error={referral.error} onRetry={() => void referral.refetch()} />;
  const r = referral.data;
  const back = (
    <Link to="/referrals" search={listSearch(r)}>
      ← Referrals {r.direction === 'in' ? 'in' : 'out'}
    </Link>
  );

  if (editing) {
    return (
      <>
        <PageHeader title="Edit this referral" back={back} lead={<p>{titleOf(r)}</p>} />
        <ReferralForm
          key={r.version}
          referral={r}
          initialDirection={r.direction}
          initialProvider={r.provider}
          initialClient={clientOf(r)}
          onSubmit={({ direction: _unchanged, ...values }) => update.mutate({ ...values, version: r.version }, { onSuccess: () => setEditing(false) })}
          pending={update.isPending}
          error={update.error}
          submitLabel="Save changes"
          notice={<ConflictNotice error={update.error} what="referral" onReload={() => void referral.refetch().then(() => update.reset())} reloading={referral.isFetching} />}
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
        title={titleOf(r)}
        back={back}
        lead={
          <p>
            {r.direction === 'out' ? 'A referral out' : 'A referral in'} · {formatDay(r.referredOn)}
            {r.helpGiven ? <span className="badge badge-help">Help given</span> : null}
          </p>
        }
        actions={
          <button type="button" className="button" onClick={() => setEditing(true)}>
            Edit
          </button>
        }
      />
      <div className="record-layout">
        <aside className="record-aside" aria-labelledby="referral-details-title">
          <h2 id="referral-details-title">Details</h2>
          <ReferralDetails r={r} />
        </aside>
        <section className="record-main" aria-labelledby="referral-reason-title">
          <h2 id="referral-reason-title">{r.direction === 'out' ? 'Why they fit better' : 'How it came about'}</h2>
          <p className="prewrap">{r.reason}</p>
        </section>
      </div>
      <DeleteSection
        title="Delete this referral"
        explanation={
          r.helpGiven
            ? 'Only if it was recorded by mistake: it stops counting as help given. The provider and the client stay as they are.'
            : 'Only if it was recorded by mistake. The client and whoever referred them stay as they are.'
        }
        confirmLabel="Yes, delete it"
        onConfirm={() => remove.mutate(undefined, { onSuccess: () => void navigate({ to: '/referrals', search: listSearch(r) }) })}
        pending={remove.isPending}
        error={remove.error}
      />
    </>
  );
}
