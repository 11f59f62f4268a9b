/**
 * One need, top to bottom: whose it is and how its journey stands (with the evidence), the problem
 * statement and its confirmation (with the client's suggestions), how the statement evolved, the client's
 * journey, the plan shared with the client and what they did on it, and the outcome.
 */
import { Link } from '@tanstack/react-router';
import { Fragment, useState } from 'react';
import { useNeed, useUpdateNeed, type Need } from '../../api/needs.ts';
import { ConflictNotice } from '../../components/ConflictNotice.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { LoadError, Loading } from '../../components/Status.tsx';
import { HealthBadge, healthEvidence } from './HealthBadge.tsx';
import { JourneySection } from './JourneySection.tsx';
import { NeedForm } from './NeedForm.tsx';
import { OutcomeSection } from './OutcomeSection.tsx';
import { StatementHistory } from './StatementHistory.tsx';
import { StatementSection } from './StatementSection.tsx';
import '../../styles/needs.css';
import { RelationshipTabs } from '../relationship/RelationshipTabs.tsx';
import { NeedSharePanel } from '../sharing/NeedSharePanel.tsx';
import { NeedClientActivity } from '../client-acts/NeedClientActivity.tsx';

function Whose({ need }: { need: Need }) {
  const links = [
    ...(need.organization
      ? [
          <Link key={need.organization.id} to="/organizations/$organizationId" params={{ organizationId: need.organization.id }}>
            {need.organization.name}
          </Link>,
        ]
      : []),
    ...need.people.map((p) => (
      <Link key={p.id} to="/people/$personId" params={{ personId: p.id }}>
        {p.fullName}
      </Link>
    )),
  ];
  return (
    <p>
      {links.map((link, i) => (
        <Fragment key={link.key}>
          {i > 0 ? ', ' : ''}
          {link}
        </Fragment>
      ))}
      {need.lead ? <span className="muted"> · led by {need.lead.name}</span> : null}
    </p>
  );
}

function EditDetails({ need, onDone }: { need: Need; onDone: () => void }) {
  const update = useUpdateNeed(need.id);
  const reload = useNeed(need.id);
  return (
    <section className="need-section" aria-label="Edit the need’s details">
      <NeedForm
        key={need.version}
        initial={{
          title: need.title,
          organization: need.organization,
          people: need.people.map((p) => ({ id: p.id, name: p.fullName })),
          firstStatement: '',
        }}
        withStatement={false}
        onSubmit={(v) =>
          update.mutate(
            { version: need.version, title: v.title.trim(), organizationId: v.organization?.id ?? null, personIds: v.people.map((p) => p.id) },
            { onSuccess: onDone },
          )
        }
        pending={update.isPending}
        error={update.error}
        submitLabel="Save the details"
        notice={<ConflictNotice error={update.error} what="need" onReload={() => void reload.refetch().then(() => update.reset())} reloading={reload.isFetching} />}
        cancel={
          <button type="button" className="button button-quiet" onClick={onDone}>
            Cancel
          </button>
        }
      />
    </section>
  );
}

export function NeedPage({ needId }: { needId: string }) {
  const query = useNeed(needId);
  const [editing, setEditing] = useState(false);
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  const need = query.data;

  return (
    <div className="need-page">
      <PageHeader
        title={need.title}
        back={<Link to="/needs">← Needs</Link>}
        lead={
          <>
            <Whose need={need} />
            <p className="need-health">
              <HealthBadge need={need} />
              {need.journeyHealthDetail ? <span>{healthEvidence(need.journeyHealthDetail)}</span> : null}
            </p>
          </>
        }
        actions={
          editing ? null : (
            <button type="button" className="button" onClick={() => setEditing(true)}>
              Edit details
            </button>
          )
        }
      />
      {editing ? <EditDetails need={need} onDone={() => setEditing(false)} /> : null}
      <StatementSection need={need} />
      <StatementHistory needId={need.id} />
      <JourneySection need={need} />
      <NeedSharePanel need={need} />
      <NeedClientActivity needId={need.id} />
      <OutcomeSection need={need} />
      <RelationshipTabs needId={need.id} />
    </div>
  );
}
