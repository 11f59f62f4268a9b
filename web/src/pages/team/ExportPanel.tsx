/**
 * "Export everything" on the Team page (owners only): one link that downloads the firm's whole record as a
 * zip (GET /api/v1/export), with what the zip holds and what it leaves out. Decision 022.
 */
import { Link } from '@tanstack/react-router';
import { useSession } from '../../api/session.ts';
import '../../styles/export.css';

export function ExportPanel() {
  const session = useSession();
  return (
    <section className="panel export-panel" aria-labelledby="export-title">
      <h2 id="export-title">Export everything</h2>
      <p>
        Download everything {session.firm.name} keeps in Yellowpad as one zip file: people, organisations, conversations and their notes,
        needs, promises, follow-ups, gifts, referrals, incidents and transcripts. Keep it as your own copy, or <Link to="/import" search={{}}>import it</Link> into
        another Yellowpad to bring the same people, organisations and conversations across.
      </p>
      <h3 className="export-contents-title">What the zip contains</h3>
      <dl className="export-contents">
        <dt>csv/</dt>
        <dd>One spreadsheet per kind of record, with a header row; opens in Excel, Numbers or Google Sheets.</dd>
        <dt>json/</dt>
        <dd>The same records as JSON, for programs and for importing into Yellowpad.</dd>
        <dt>people.vcf</dt>
        <dd>Everyone as contact cards (vCard 4.0), for Outlook, Google Contacts or a phone.</dd>
        <dt>manifest.json</dt>
        <dd>Which firm, when, and how many records of each kind.</dd>
      </dl>
      <p className="muted">
        Passwords, sign-in sessions and secret links are left out. The file holds your clients’ confidences: store it somewhere safe.
      </p>
      <a className="button button-primary" href="/api/v1/export" download>
        Download the export (zip)
      </a>
    </section>
  );
}
