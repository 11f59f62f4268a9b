/** One provider: what they are good at, how to reach them, and the clients we referred to them; editable in place. */
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useDeleteProvider, useProvider, useUpdateProvider } from '../../api/providers.ts';
import { ConflictNotice } from '../../components/ConflictNotice.tsx';
import { DeleteSection } from '../../components/DeleteSection.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { LoadError, Loading } from '../../components/Status.tsx';
import { ProviderForm } from './ProviderForm.tsx';
import { providerKindLabels } from './provider-vocabulary.ts';
import { ReferralsList } from './ReferralsList.tsx';
import '../../styles/helping.css';
import { CancelButton } from '../../components/CancelButton.tsx';

export function ProviderPage({ providerId }: { providerId: string }) {
  const provider = useProvider(providerId);
  const update = useUpdateProvider(providerId);
  const remove = useDeleteProvider(providerId);
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  if (provider.isPending) return <Loading />;
  if (provider.isError) return <LoadError error={provider.error} onRetry={() => void provider.refetch()} />;
  const p = provider.data;

  if (editing) {
    return (
      <>
        <PageHeader title={`Edit ${p.name}`} />
        <ProviderForm
          key={p.version}
          provider={p}
          onSubmit={(values) => update.mutate({ ...values, version: p.version }, { onSuccess: () => setEditing(false) })}
          pending={update.isPending}
          error={update.error}
          submitLabel="Save changes"
          notice={<ConflictNotice error={update.error} what="provider" onReload={() => void provider.refetch().then(() => update.reset())} reloading={provider.isFetching} />}
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

  const contact = [
    p.contactName ? { label: 'Contact', value: p.contactName } : null,
    p.email ? { label: 'Email', value: <a href={`mailto:${p.email}`}>{p.email}</a> } : null,
    p.phone ? { label: 'Phone', value: <a href={`tel:${p.phone.replace(/[^\d+]/g, '')}`}>{p.phone}</a> } : null,
    p.website ? { label: 'Website', value: p.website } : null,
  ].filter((row) => row !== null);

  return (
    <>
      <PageHeader
        title={p.name}
        back={<Link to="/providers">← Providers</Link>}
        lead={<p>{providerKindLabels[p.kind]} · {p.goodAt}</p>}
        actions={
          <>
            <Link to="/referrals/new" search={{ direction: 'out', providerId }} className="button button-primary">
              Refer a client to them
            </Link>
            <button type="button" className="button" onClick={() => setEditing(true)}>
              Edit
            </button>
          </>
        }
      />
      <div className="record-layout">
        <aside className="record-aside" aria-labelledby="provider-details-title">
          <h2 id="provider-details-title">Details</h2>
          <dl className="details">
            {contact.map((row) => (
              <div key={row.label}>
                <dt>{row.label}</dt>
                <dd>{row.value}</dd>
              </div>
            ))}
            {contact.length === 0 ? (
              <>
                <dt>Contact</dt>
                <dd className="muted">None yet</dd>
              </>
            ) : null}
            {p.notes ? (
              <>
                <dt>Notes</dt>
                <dd className="prewrap">{p.notes}</dd>
              </>
            ) : null}
          </dl>
        </aside>
        <section className="record-main" aria-labelledby="provider-referrals-title">
          <h2 id="provider-referrals-title">
            Clients we referred to them {p.referralsOut ? <span className="count">{p.referralsOut}</span> : null}
          </h2>
          <ReferralsList filter={{ providerId, direction: 'out' }} emptyText={`No referrals to ${p.name} yet. When a client fits them better, refer them: it is help given.`} />
        </section>
      </div>
      <DeleteSection
        title="Delete this provider"
        explanation="Removes them from the directory. A provider that referrals name stays, so that history remains true."
        confirmLabel="Yes, delete them"
        onConfirm={() => remove.mutate(undefined, { onSuccess: () => void navigate({ to: '/providers' }) })}
        pending={remove.isPending}
        error={remove.error}
      />
    </>
  );
}
