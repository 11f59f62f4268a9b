/**
 * "Erase this person" (a privacy request, owners only): what will be unlinked, the records that name them,
 * a clear warning, then the reason and the typed name. After erasing, the confirmation takes the page's place.
 */
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useErasurePreview, type ErasureResult } from '../../../api/erasure.ts';
import { useSession } from '../../../api/session.ts';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { EmptyState, LoadError, Loading } from '../../../components/Status.tsx';
import '../../../styles/erasure.css';
import { ErasureDone } from './ErasureDone.tsx';
import { ErasureForm } from './ErasureForm.tsx';
import { ReviewList } from './ReviewList.tsx';
import { UnlinkedSummary } from './UnlinkedSummary.tsx';

const backTo = (personId: string, text: string) => (
  <Link to="/people/$personId" params={{ personId }}>
    ← {text}
  </Link>
);

export function ErasePage({ personId }: { personId: string }) {
  const isOwner = useSession().member.role === 'owner';
  const preview = useErasurePreview(personId, isOwner);
  const [result, setResult] = useState<ErasureResult | null>(null);

  if (result) return <ErasureDone result={result} />;
  if (!isOwner) {
    return (
      <>
        <PageHeader title="Erase a person" back={backTo(personId, 'Back to the person')} />
        <EmptyState title="Only an owner can erase a person">
          <p>Erasing someone on their request removes their data for good, so it is kept for your firm’s owners. Ask an owner to do it.</p>
        </EmptyState>
      </>
    );
  }
  if (preview.isPending) return <Loading />;
  if (preview.isError) return <LoadError error={preview.error} onRetry={() => void preview.refetch()} />;
  const { person, unlinked, review, reviewComplete } = preview.data;

  return (
    <>
      <PageHeader
        title={`Erase ${person.fullName}`}
        back={backTo(personId, person.fullName)}
        lead={<p>For a privacy request: remove everything Yellowpad holds about them.</p>}
      />
      <div className="notice notice-warning erasure-warning">
        <h2>This cannot be undone</h2>
        <p>
          {person.fullName}’s name, title, birthday, email addresses, phone numbers, postal addresses and notes are deleted. Your firm’s records of the work stay, without
          them: counts and history survive, the person does not. An entry in the audit trail records that it was done, with counts only.
        </p>
      </div>
      <div className="erasure-layout">
        <section className="section" aria-labelledby="names-title">
          <h2 id="names-title">Records that name them</h2>
          <p className="hint">
            Erasing cannot rewrite what people wrote. These records mention their name; edit them now or after erasing (the list is shown
            again).
          </p>
          <ReviewList items={review} complete={reviewComplete} emptyText="Nothing else in your records names them." />
        </section>
        <section className="section" aria-labelledby="unlinked-title">
          <h2 id="unlinked-title">What will change</h2>
          <UnlinkedSummary counts={unlinked} />
        </section>
      </div>
      <ErasureForm person={person} onErased={setResult} />
    </>
  );
}
