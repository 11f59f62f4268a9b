/** The Today page as the API shows it: the lists as the domain built them, moments as ISO strings. */
import type { Today } from '../domain/today/get-today.ts';
import { iso, isoOrNull } from './iso.ts';

export function presentToday(t: Today) {
  return {
    date: t.date,
    followUpsDue: t.followUpsDue,
    commitmentsDue: t.commitmentsDue,
    openIncidents: t.openIncidents.map((i) => ({ ...i, reportedAt: iso(i.reportedAt), acknowledgedAt: isoOrNull(i.acknowledgedAt) })),
    openLoops: t.openLoops.map((l) => ({ ...l, occurredAt: iso(l.occurredAt) })),
    losingTouch: t.losingTouch.map((p) => ({ ...p, lastConversationAt: isoOrNull(p.lastConversationAt) })),
    journeysAtRisk: t.journeysAtRisk,
    totals: t.totals,
  };
}
