/**
 * The email that tells a lead what a client did on a share page since the last one (pure: no I/O): one
 * subject — a need's plan or a conversation's recap — its acts oldest first, and a link back to it.
 */
import type { ClientActView } from '../domain/client-acts/client-act-view.ts';
import { describeClientAct } from '../domain/client-acts/describe-client-act.ts';

export interface ClientNoticeInput {
  memberName: string;
  firmName: string;
  acts: ClientActView[];
  /** The server's public URL, without a trailing slash. */
  baseUrl: string;
}

export function renderClientNoticeEmail(input: ClientNoticeInput): { subject: string; text: string } {
  const acts = [...input.acts].sort((a, b) => a.at.getTime() - b.at.getTime());
  const first = acts[0]!;
  const people = [...new Set(acts.map((a) => a.person.fullName))].join(', ');
  const what = first.need ? `“${first.need.title}”` : 'what you heard';
  const path = first.need ? `/needs/${first.need.id}` : first.conversation ? `/conversations/${first.conversation.id}` : `/inbox`;
  const subject = `${people} on ${what}: ${acts.length === 1 ? 'one thing' : `${acts.length} things`} on the share page`;
  const text = [
    `Hello ${input.memberName},`,
    '',
    `On the page you shared, ${people} ${acts.length === 1 ? 'did this' : 'did these'}:`,
    '',
    ...acts.map((act) => `• ${describeClientAct(act)}`),
    '',
    `Open it in Yellowpad: ${input.baseUrl}${path}`,
    `Everything clients do is also in your inbox: ${input.baseUrl}/inbox`,
    '',
    `— Yellowpad for ${input.firmName} (at most one email an hour per plan or recap)`,
  ].join('\n');
  return { subject: subject.slice(0, 200), text };
}
