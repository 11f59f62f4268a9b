/**
 * Who a speaker is, as one choice: a side, and on our side which team member, on the client's side which
 * of the conversation's people ("Us · Sam Whitaker", "Client · someone else", "Not yet said"). A member's
 * trends count only the calls where a speaker is linked to them, so the link is chosen with the side.
 */
import type { Side } from './listening-words.ts';

export interface SpeakerLink {
  side: Side;
  memberId: string | null;
  personId: string | null;
}

export interface ChoiceOption {
  value: string;
  label: string;
}

/** The select's value for a link: "us:<memberId>", "client:<personId>", "us:" (someone else), "unknown:". */
export function choiceOf(link: SpeakerLink): string {
  const id = link.side === 'us' ? link.memberId : link.side === 'client' ? link.personId : null;
  return `${link.side}:${id ?? ''}`;
}

export function linkOf(choice: string): SpeakerLink {
  const [side, id] = choice.split(':') as [Side, string];
  return { side, memberId: side === 'us' && id ? id : null, personId: side === 'client' && id ? id : null };
}

interface Named {
  id: string;
  name: string;
}

/**
 * The choices: each team member, each of the conversation's people, someone else on either side, or not
 * yet said. A link the lists do not hold (a member who left) stays choosable under its stored name.
 */
export function choiceOptions(members: readonly Named[], people: readonly Named[], current: readonly (SpeakerLink & { linkedName?: string })[]): ChoiceOption[] {
  const options: ChoiceOption[] = [
    ...members.map((m) => ({ value: choiceOf({ side: 'us', memberId: m.id, personId: null }), label: `Us · ${m.name}` })),
    { value: 'us:', label: 'Us · someone else' },
    ...people.map((p) => ({ value: choiceOf({ side: 'client', memberId: null, personId: p.id }), label: `Client · ${p.name}` })),
    { value: 'client:', label: 'Client · someone else' },
    { value: 'unknown:', label: 'Not yet said' },
  ];
  for (const link of current) {
    const value = choiceOf(link);
    if (!options.some((o) => o.value === value)) options.push({ value, label: `${link.side === 'us' ? 'Us' : 'Client'} · ${link.linkedName ?? 'as saved'}` });
  }
  return options;
}
