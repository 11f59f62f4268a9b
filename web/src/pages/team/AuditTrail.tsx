/**
 * The firm's audit trail on the Team page (owners only): each privacy erasure with who did it, when, the
 * reason given and how many records were unlinked. Entries hold counts only, never the erased person's data.
 */
import { useAuditEntries } from '../../api/erasure.ts';
import { EmptyState, LoadError, Loading } from '../../components/Status.tsx';

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
const actionLabels: Record<string, string> = { person_erased: 'A person was erased on request' };

export function AuditTrail() {
  const audit = useAuditEntries();
  return (
    <section className="panel" aria-labelledby="audit-title">
      <h2 id="audit-title">Audit trail</h2>
      <p className="muted">Privacy requests carried out in this firm. Entries keep counts only, never the person’s details.</p>
      {audit.isPending ? (
        <Loading label="Loading the audit trail…" />
      ) : audit.isError ? (
        <LoadError error={audit.error} onRetry={() => void audit.refetch()} />
      ) : audit.data.items.length === 0 ? (
        <EmptyState title="Nothing recorded yet">
          <p>When an owner erases a person on request, it is recorded here.</p>
        </EmptyState>
      ) : (
        <ul className="record-list">
          {audit.data.items.map((entry) => {
            const total = Object.values(entry.summary).reduce((sum, n) => sum + n, 0);
            return (
              <li key={entry.id} className="record-row">
                <span className="record-name">{actionLabels[entry.action] ?? entry.action}</span>
                <span className="record-detail">
                  {when.format(new Date(entry.at))} · by {entry.actor?.name ?? 'a former member'} · {total} record{total === 1 ? '' : 's'} unlinked
                  {entry.reason ? ` · ${entry.reason}` : ''}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
