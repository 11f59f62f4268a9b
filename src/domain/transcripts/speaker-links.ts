/**
 * Who each speaker of a transcript is: our member (side us), the client's person (side client), or just a
 * side. Matched by name against the conversation's participants with the listening library's name rule
 * ("Dana W." is Dana Whitfield); a speaker matching nobody is the client's when one of ours spoke, else unknown.
 */
import { assignSides, type Side } from '../../listening/index.ts';
import type { Participants } from '../conversations/conversation-participants.ts';

export interface SpeakerLink {
  side: Side;
  memberId: string | null;
  personId: string | null;
}

const unlinked = (side: Side): SpeakerLink => ({ side, memberId: null, personId: null });

/** The ids of the participants whose name the speaker's name matches. */
function matchingIds(speaker: string, participants: { id: string; name: string }[]): string[] {
  return participants.filter((p) => assignSides([speaker], { us: [p.name] })[speaker] === 'us').map((p) => p.id);
}

/** A speaker's link from the participants: one matching member or person is named; several only give the side. */
function matchParticipant(speaker: string, participants: Participants): SpeakerLink | undefined {
  const memberIds = matchingIds(speaker, participants.members);
  if (memberIds.length > 0) return { side: 'us', memberId: memberIds.length === 1 ? memberIds[0]! : null, personId: null };
  const personIds = matchingIds(speaker, participants.people.map((p) => ({ id: p.id, name: p.fullName })));
  if (personIds.length > 0) return { side: 'client', memberId: null, personId: personIds.length === 1 ? personIds[0]! : null };
  return undefined;
}

/**
 * Links every speaker. `previous` (a replaced transcript's speakers) wins for names still present, so choices
 * made by hand survive a re-upload of a corrected file.
 */
export function linkSpeakers(
  speakers: readonly string[],
  participants: Participants,
  previous: ReadonlyMap<string, SpeakerLink> = new Map(),
): Map<string, SpeakerLink> {
  const links = new Map<string, SpeakerLink>();
  for (const speaker of speakers) {
    const link = previous.get(speaker) ?? matchParticipant(speaker, participants);
    if (link) links.set(speaker, link);
  }
  const anyUs = [...links.values()].some((l) => l.side === 'us');
  for (const speaker of speakers) if (!links.has(speaker)) links.set(speaker, unlinked(anyUs ? 'client' : 'unknown'));
  return links;
}

/** The side of each speaker, as the analysis takes it. */
export function sidesOf(links: ReadonlyMap<string, SpeakerLink>): Record<string, Side> {
  return Object.fromEntries([...links].map(([name, link]) => [name, link.side]));
}
