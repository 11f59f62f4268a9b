import { describe, expect, it } from 'vitest';
import { compilePhrases, matchPhrase, matchPhraseEndingAt, matchPhraseExactly } from '../../src/listening/questions/phrase-trie.ts';
import { tokenizeSentence } from '../../src/listening/questions/sentence-tokens.ts';

const words = (text: string): string[] => tokenizeSentence(text).words;

describe('compilePhrases and matchPhrase', () => {
  const trie = compilePhrases(['how|what about you', 'how about', 'would you (be willing|like) to', 'are you [doing] well', 'what about @number', 'tell me'], {
    number: ['two', '#'],
  });

  it('matches the longest phrase starting at a word, within the range given', () => {
    expect(matchPhrase(trie, words('how about you'), 0)).toBe(3);
    expect(matchPhrase(trie, words('how about I take it'), 0)).toBe(2);
    expect(matchPhrase(trie, words('what about you'), 0, 2)).toBe(-1);
    expect(matchPhrase(trie, words('so tell me'), 1)).toBe(3);
  });

  it('reads word sequences, optional words, word lists and numbers', () => {
    expect(matchPhrase(trie, words('would you be willing to'), 0)).toBe(5);
    expect(matchPhrase(trie, words('would you like to'), 0)).toBe(4);
    expect(matchPhrase(trie, words('are you well'), 0)).toBe(3);
    expect(matchPhrase(trie, words('are you doing well'), 0)).toBe(4);
    expect(matchPhrase(trie, words('what about two'), 0)).toBe(3);
    expect(matchPhrase(trie, words('what about $1.50'), 0)).toBe(3);
  });

  it('matches whole ranges and phrases at the end', () => {
    const w = words('I am fine, what about you');
    expect(matchPhraseExactly(trie, w, 3, 6)).toBe(true);
    expect(matchPhraseExactly(trie, w, 2, 6)).toBe(false);
    expect(matchPhraseEndingAt(trie, w, 0, w.length)).toBe(3);
  });

  it('refuses malformed patterns and unknown lists', () => {
    expect(() => compilePhrases(['what (about'])).toThrow(/Malformed/);
    expect(() => compilePhrases(['what about @colour'])).toThrow(/unknown word list @colour/);
  });
});

describe('tokenizeSentence', () => {
  it('normalises contractions and chat spellings', () => {
    expect(words("What's up? I'm fine, u?")).toEqual(['what', 'is', 'up', 'i', 'am', 'fine', 'you']);
    expect(words('dont you agree')).toEqual(["don't", 'you', 'agree']);
    expect(words('I’d like to know')).toEqual(['i', 'would', 'like', 'to', 'know']);
    expect(words("Let's go")).toEqual(['let', 'us', 'go']);
  });

  it('keeps numbers and hyphenated words whole, and marks clause starts', () => {
    const t = tokenizeSentence('A follow-up: $1,000.50 or 2 - your call?');
    expect(t.words).toEqual(['a', 'follow-up', '1,000.50', 'or', '2', 'your', 'call']);
    expect(t.clauseStarts).toEqual([0, 2, 5]);
    expect(t.asks).toBe(true);
  });
});
