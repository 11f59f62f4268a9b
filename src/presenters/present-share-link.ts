/** Share links as the API shows them, and the once-only address of a new secret. */
import type { ShareLinkView } from '../domain/sharing/share-link-view.ts';
import { iso, isoOrNull } from './iso.ts';

export function presentShareLink(view: ShareLinkView) {
  const { link } = view;
  return {
    id: link.id,
    person: view.person,
    subject: link.needId
      ? { kind: 'need' as const, id: link.needId, title: view.needTitle }
      : { kind: 'recap' as const, id: link.conversationId!, title: null },
    createdAt: iso(link.createdAt),
    createdBy: view.creator,
    expiresAt: iso(link.expiresAt),
    revokedAt: isoOrNull(link.revokedAt),
    lastOpenedAt: isoOrNull(link.lastOpenedAt),
    opens: link.opens,
    lastEmailedAt: isoOrNull(link.lastEmailedAt),
    state: view.state,
    version: link.version,
    recapText: link.recapText,
    reply: view.reply ? { agrees: view.reply.agrees, correction: view.reply.correction, at: iso(view.reply.at) } : null,
  };
}

/** The answer that carries a secret address (create, new address, email): the only time it is shown. */
export function presentShareAddress(view: ShareLinkView, url: string, emailedTo: string | null, emailError?: string) {
  const link = presentShareLink(view);
  return {
    id: link.id,
    url,
    expiresAt: link.expiresAt,
    subject: { kind: link.subject.kind, id: link.subject.id },
    emailedTo,
    ...(emailError ? { emailError } : {}),
    link,
  };
}
