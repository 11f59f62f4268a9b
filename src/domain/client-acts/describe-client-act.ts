/**
 * One client act in a sentence, for the emails that tell the lead what happened (the web app words its
 * own cards). The client's words are quoted as they wrote them; the email is plain text.
 */
import { trustDimensions, trustStatements } from '../../common/client-side.ts';
import type { ClientActView } from './client-act-view.ts';

const quoted = (text: string | null) => (text ? `: “${text}”` : '');

export function describeClientAct(act: ClientActView): string {
  const who = act.person.fullName;
  switch (act.kind) {
    case 'confirmed':
      return `${who} confirmed the problem statement (version ${act.statementVersion}): “yes, that’s it”.`;
    case 'suggested':
      return `${who} said the problem statement (version ${act.statementVersion}) is not quite right${quoted(act.text)}`;
    case 'step_completed':
      return `${who} ticked off “${act.step?.title ?? 'a step'}”.`;
    case 'commented':
      return act.step ? `${who} commented on “${act.step.title}”${quoted(act.text)}` : `${who} commented on the plan${quoted(act.text)}`;
    case 'recap_answered':
      return act.agrees ? `${who} agreed with what you heard.` : `${who} corrected what you heard${quoted(act.text)}`;
    case 'checked_in': {
      const scores = act.checkIn
        ? trustDimensions.map((d) => `${trustStatements[d].label} ${act.checkIn![d]}/7`).join(', ')
        : '';
      return `${who} checked in on how much they trust you — ${scores}${act.text ? `. ${quoted(act.text).slice(2)}` : '.'}`;
    }
  }
}
