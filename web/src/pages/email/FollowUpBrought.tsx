/** On the email form: the follow-up this email brings — sending marks it done — or that it is already closed. */
import type { FollowUp } from '../../api/follow-ups.ts';

export function FollowUpBrought({ followUp: f }: { followUp: FollowUp }) {
  return (
    <p className="email-follow-up">
      {f.status === 'open' ? (
        <>
          This email brings the follow-up <q>{f.content}</q>. Sending it marks that follow-up done.
        </>
      ) : (
        <>
          The follow-up <q>{f.content}</q> is already {f.status === 'done' ? 'done' : 'cancelled'}; the email is sent and logged without it.
        </>
      )}
    </p>
  );
}
