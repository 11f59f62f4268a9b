/** The client's page as the API shows it: dates as ISO strings, nothing beyond what getSharedPage chose to show. */
import type { SharedPage } from '../domain/client-page/get-shared-page.ts';
import { iso, isoOrNull } from './iso.ts';

export function presentSharedPage(page: SharedPage) {
  const { need, recap } = page;
  return {
    kind: page.kind,
    firm: page.firm,
    person: page.person,
    from: page.from,
    expiresAt: iso(page.expiresAt),
    need: need
      ? {
          title: need.title,
          closed: need.closed,
          problemStatement: need.problemStatement
            ? {
                version: need.problemStatement.version,
                text: need.problemStatement.text,
                confirmedByYou: need.problemStatement.confirmedByYou,
                yourSuggestion: need.problemStatement.yourSuggestion
                  ? { text: need.problemStatement.yourSuggestion.text, at: iso(need.problemStatement.yourSuggestion.at) }
                  : null,
              }
            : null,
          steps: need.steps,
          commitments: need.commitments,
        }
      : undefined,
    recap: recap
      ? {
          text: recap.text,
          conversationAt: iso(recap.conversationAt),
          reply: recap.reply ? { agrees: recap.reply.agrees, correction: recap.reply.correction, at: iso(recap.reply.at) } : null,
        }
      : undefined,
    comments: page.comments.map((c) => ({ id: c.id, stepId: c.stepId, text: c.text, at: iso(c.at) })),
    checkIn: { offered: page.checkIn.offered, lastAt: isoOrNull(page.checkIn.lastAt) },
  };
}
