/** The way from a person's page to erasing them: for owners only (a member does not see it). */
import { Link } from '@tanstack/react-router';
import { useSession } from '../../../api/session.ts';
import '../../../styles/erasure.css';

export function EraseAction({ personId }: { personId: string }) {
  if (useSession().member.role !== 'owner') return null;
  return (
    <p className="erase-action">
      <Link to="/people/$personId/erase" params={{ personId }} className="button button-danger-quiet">
        Erase this person…
      </Link>
      <span className="hint">On their request, for privacy.</span>
    </p>
  );
}
