/** After an erasure: what was unlinked, the records that still name them (to edit), and the audit entry. */
import { Link } from '@tanstack/react-router';
import type { ErasureResult } from '../../../api/erasure.ts';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { ReviewList } from './ReviewList.tsx';
import { UnlinkedSummary } from './UnlinkedSummary.tsx';

export function ErasureDone({ result }: { result: ErasureResult }) {
  return (
    <>
      <PageHeader
        title="Person erased"
        back={<Link to="/people">← People</Link>}
        lead={<p>Their name, title, birthday, email addresses, phone numbers, postal addresses and notes are gone from Yellowpad.</p>}
      />
      <div className="notice erasure-done" role="status">
        <p>
          Recorded in the audit trail as entry <code className="erasure-id">{result.auditEntryId}</code>, with counts only — no
          personal data.
        </p>
      </div>
      <section className="section" aria-labelledby="review-title">
        <h2 id="review-title">Still to edit by hand</h2>
        <p className="hint">Yellowpad cannot rewrite what people wrote. Open each record and remove or reword what names them.</p>
        <ReviewList items={result.review} complete={result.reviewComplete} emptyText="Nothing else in your records names them." />
      </section>
      <section className="section" aria-labelledby="unlinked-title">
        <h2 id="unlinked-title">What changed</h2>
        <UnlinkedSummary counts={result.unlinked} done />
      </section>
    </>
  );
}
