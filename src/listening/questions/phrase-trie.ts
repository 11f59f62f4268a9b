/**
 * Phrase patterns from the data files, compiled once into a word trie so that "does a known phrase
 * start at this word?" costs a few map look-ups, whatever the number of phrases. Pattern syntax (see
 * data/en/questions.json): words separated by spaces; `a|b` either word; `(a b|c)` either word
 * sequence; `[a b|c]` an optional one; `@name` any entry of a named word list; `#` any number.
 */

export interface PhraseTrie {
  readonly root: TrieNode;
}

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  /** A phrase ends here. */
  end: boolean;
}

/** The key under which `#` (any number) is stored. */
const NUMBER = '#';

type WordLists = Readonly<Record<string, readonly string[]>>;
/** One position of a pattern: its alternatives, each a word sequence (empty when optional). */
type Slot = string[][];

/** Compiles phrase patterns; `lists` resolves `@name` references. Throws on a malformed pattern. */
export function compilePhrases(patterns: readonly string[], lists: WordLists = {}): PhraseTrie {
  const root: TrieNode = { next: new Map(), end: false };
  for (const pattern of patterns) insert(root, parsePattern(pattern, lists), 0);
  return { root };
}

/**
 * The end (exclusive) of the longest phrase that starts at `tokens[from]` and ends by `to`, or -1.
 * Allocation-free: one walk down the trie.
 */
export function matchPhrase(trie: PhraseTrie, tokens: readonly string[], from: number, to: number = tokens.length): number {
  let node: TrieNode | undefined = trie.root;
  let longest = -1;
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    node = node.next.get(token) ?? (isNumber(token) ? node.next.get(NUMBER) : undefined);
    if (!node) break;
    if (node.end) longest = i + 1;
  }
  return longest;
}

/** Whether some phrase ends exactly at `to` and starts at or after `earliest`; its start, else -1. */
export function matchPhraseEndingAt(trie: PhraseTrie, tokens: readonly string[], earliest: number, to: number, maxWords = 5): number {
  for (let from = Math.max(earliest, to - maxWords); from < to; from++) {
    if (matchPhraseExactly(trie, tokens, from, to)) return from;
  }
  return -1;
}

/** Whether a phrase covers exactly `tokens[from..to)`. */
export function matchPhraseExactly(trie: PhraseTrie, tokens: readonly string[], from: number, to: number): boolean {
  let node: TrieNode | undefined = trie.root;
  for (let i = from; i < to && node; i++) {
    const token = tokens[i]!;
    node = node.next.get(token) ?? (isNumber(token) ? node.next.get(NUMBER) : undefined);
  }
  return node !== undefined && node.end && from < to;
}

/** Whether a token is a number as the tokenizer writes them: "2", "1.50", "1,000". */
export function isNumber(token: string): boolean {
  const code = token.charCodeAt(0);
  return code >= 48 && code <= 57;
}

function insert(node: TrieNode, slots: readonly Slot[], index: number): void {
  if (index === slots.length) {
    node.end = true;
    return;
  }
  for (const words of slots[index]!) {
    let at = node;
    for (const word of words) {
      let child = at.next.get(word);
      if (!child) {
        child = { next: new Map(), end: false };
        at.next.set(word, child);
      }
      at = child;
    }
    insert(at, slots, index + 1);
  }
}

function parsePattern(pattern: string, lists: WordLists): Slot[] {
  const slots: Slot[] = [];
  const groups = pattern.trim().match(/\[[^\]]*\]|\([^)]*\)|[^\s()[\]]+/g) ?? [];
  if (groups.join('').replace(/\s/g, '') !== pattern.replace(/\s/g, '')) throw new Error(`Malformed phrase pattern: "${pattern}"`);
  for (const group of groups) {
    const optional = group.startsWith('[');
    const inner = optional || group.startsWith('(') ? group.slice(1, -1) : group;
    const alternatives: string[][] = [];
    for (const alternative of inner.split('|')) {
      const words = alternative.trim().split(/\s+/).filter(Boolean);
      if (words.length === 1 && words[0]!.startsWith('@')) {
        const list = lists[words[0]!.slice(1)];
        if (!list) throw new Error(`Phrase pattern "${pattern}" names an unknown word list ${words[0]}`);
        for (const entry of list) alternatives.push(entry.split(' '));
      } else if (words.length > 0) {
        alternatives.push(words);
      }
    }
    if (alternatives.length === 0) throw new Error(`Malformed phrase pattern: "${pattern}"`);
    if (optional) alternatives.push([]);
    slots.push(alternatives);
  }
  return slots;
}
