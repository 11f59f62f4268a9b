import { describe, expect, it } from 'vitest';
import { classifySentences, type SentenceAct } from '../../src/listening/questions/classify-sentences.ts';
import { findQuestions, utteranceQuestionKind } from '../../src/listening/questions/find-questions.ts';
import { splitSentences } from '../../src/listening/text/sentences.ts';

const texts = (text: string): string[] => splitSentences(text).map((s) => s.text);
/** The act (and kind, for questions) of each sentence, e.g. ["greeting", "question:open"]. */
const acts = (text: string, previous?: string): string[] =>
  classifySentences(text, previous !== undefined ? { previous } : undefined).map((s) => (s.kind ? `${s.act}:${s.kind}` : s.act));
const actOf = (text: string, previous?: string): string => {
  const all = acts(text, previous);
  expect(all, text).toHaveLength(1);
  return all[0]!;
};

describe('splitSentences', () => {
  it('splits at every question mark, so two questions are two sentences', () => {
    expect(texts('How are you? What do you need?')).toEqual(['How are you?', 'What do you need?']);
    expect(texts('Hai friend I am fine what about you?me and my team')).toEqual(['Hai friend I am fine what about you?', 'me and my team']);
  });

  it('keeps "...", "?!" and "??" with the sentence they end', () => {
    expect(texts('Wait... what?! Really?? yes')).toEqual(['Wait...', 'what?!', 'Really??', 'yes']);
    expect(texts('Right...hmm. What do you say')).toEqual(['Right...', 'hmm.', 'What do you say']);
    expect(texts('It helps… a lot')).toEqual(['It helps…', 'a lot']);
  });

  it('splits "ok.how are you" but not decimals, prices or web addresses', () => {
    expect(texts('ok.how are you')).toEqual(['ok.', 'how are you']);
    expect(texts('It costs $1.50, or .50 or 0.5 today. Fine')).toEqual(['It costs $1.50, or .50 or 0.5 today.', 'Fine']);
    expect(texts('See savethechildren.org for more.ok?')).toEqual(['See savethechildren.org for more.', 'ok?']);
  });

  it('does not split after titles and abbreviations', () => {
    expect(texts('Mr. Lee and Dr. Okafor met, e.g. at lunch, i.e. noon.')).toEqual(['Mr. Lee and Dr. Okafor met, e.g. at lunch, i.e. noon.']);
    expect(texts('Food, water, etc. and more. Then we left')).toEqual(['Food, water, etc. and more.', 'Then we left']);
    expect(texts('He moved to the U.S. last year.')).toEqual(['He moved to the U.S. last year.']);
    expect(texts('I live in the U.S. What about you?')).toEqual(['I live in the U.S.', 'What about you?']);
  });

  it('ends a chat sentence at an emoji or a smiley, and drops spans without words', () => {
    expect(texts('hi there 🙂 what do you need')).toEqual(['hi there 🙂', 'what do you need']);
    expect(texts('Is firewood something you want the most? 🙂')).toEqual(['Is firewood something you want the most?']);
    expect(texts('😡 I can let the firewood go')).toEqual(['I can let the firewood go']);
    expect(texts('Why not $1.75 then? :-)')).toEqual(['Why not $1.75 then?']);
    expect(texts('Thanks 👍🏽 see you')).toEqual(['Thanks 👍🏽', 'see you']);
  });

  it('ends a sentence at a line break and gives offsets into the utterance', () => {
    const text = '  Hello there.\nHow are you?  ';
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual(['Hello there.', 'How are you?']);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('ignores question marks left by a mangled emoji', () => {
    expect(texts('They grow up safe ??Â¸??Â¸ forever changing their lives.')).toHaveLength(1);
  });
});

describe('classifySentences: questions asked', () => {
  it.each<[string, string]>([
    ['What do you need?', 'question:open'],
    ['Why did you choose this charity?', 'question:open'],
    ['How do you decide?', 'question:open'],
    ['How important are they to you?', 'question:open'],
    ['What kind of children does it help?', 'question:open'],
    ['Are you hiking alone?', 'question:closed'],
    ['Do you prefer water or food?', 'question:closed'],
    ['Can I donate later?', 'question:closed'],
    ['How many people are donating?', 'question:closed'],
    ['How much would you like to donate?', 'question:closed'],
    ['When does it start?', 'question:closed'],
    ['Which one do you want?', 'question:closed'],
    ['What time works for you?', 'question:closed'],
    ['What is the minimum amount?', 'question:closed'],
    ['What charity are you involved in?', 'question:closed'],
    ['What would you like, food or water?', 'question:closed'],
    ['You need water the most?', 'question:closed'],
    ['Any plans for the weekend?', 'question:closed'],
  ])('%s → %s', (text, expected) => {
    expect(actOf(text)).toBe(expected);
  });

  it('finds questions without a question mark from how they open', () => {
    expect(actOf('are you hiking alone')).toBe('question:closed');
    expect(actOf('how much of my donation goes to the kids')).toBe('question:closed');
    expect(actOf('what do you think')).toBe('question:open');
    expect(actOf('Dont you agree')).toBe('question:closed');
    expect(actOf('Is this charity local')).toBe('question:closed');
  });

  it('finds indirect questions and requests to tell', () => {
    expect(actOf('Tell me more')).toBe('question:open');
    expect(actOf('Walk me through it.')).toBe('question:open');
    expect(actOf('I wonder how much of it reaches the children')).toBe('question:closed');
    expect(actOf("I'd like to hear how you decide.")).toBe('question:open');
    expect(actOf('I was wondering whether you have kids.')).toBe('question:closed');
    expect(actOf('Can you tell me more about your goals?')).toBe('question:open');
    expect(actOf('Could you explain?')).toBe('question:open');
  });

  it('finds a question after a greeting, a comma or "and" in the same sentence', () => {
    expect(actOf('hi how are you, what help you need?')).toBe('question:open');
    expect(actOf('Yes of course, and do you remember the debate in 2012?')).toBe('question:closed');
    expect(actOf('How much are we talking and how you want me to pay')).toBe('question:open');
  });

  it('finds a question to the listener in run-on chat without punctuation', () => {
    expect(actOf('Great idea what do you think?')).toBe('question:open');
    expect(actOf("that's great do you have any children")).toBe('question:closed');
    expect(actOf('I know what you mean')).toBe('statement');
  });

  it('leaves statements that merely open with a question word', () => {
    expect(actOf('When I was new I had no wood.')).toBe('statement');
    expect(actOf('What I need is the water.')).toBe('statement');
    expect(actOf('Yes so what it is is that it helps children.')).toBe('statement');
    expect(actOf('The reports, which are available to all, show it.')).toBe('statement');
    expect(actOf('Have a great day')).toBe('statement');
    expect(actOf("Can't say I have")).toBe('statement');
    expect(actOf('Do it now.')).toBe('statement');
  });
});

describe('classifySentences: what is not a question asked', () => {
  it.each<[string, SentenceAct]>([
    ['How are you?', 'greeting'],
    ['How are you doing today?', 'greeting'],
    ["I'm good, how are you doing?", 'greeting'],
    ['Im good how are you?', 'greeting'],
    ["How's it going?", 'greeting'],
    ['Right?', 'backchannel'],
    ['You know?', 'backchannel'],
    ['Really?', 'backchannel'],
    ['Okay?', 'backchannel'],
    ['Makes sense?', 'backchannel'],
    ["It's worth it, you know?", 'backchannel'],
    ["Why can't people just help each other out?", 'rhetorical'],
    ["Who doesn't want that?", 'rhetorical'],
    ['You know a lot of children go hungry?', 'rhetorical'],
    ['Did you know that 1,000 children were hurt this year?', 'rhetorical'],
    ['Would you like to donate?', 'ask'],
    ['Can we make it $1.50?', 'ask'],
    ['How about I take 3 water?', 'ask'],
    ['Could I take 2 packages of water?', 'ask'],
    ['Would that be okay?', 'ask'],
    ['So agreed?', 'ask'],
    ['would you be willing to match my donation', 'ask'],
    ['are you willing to match my donation', 'ask'],
    ['Do you want to trade?', 'ask'],
    ['I was wondering if you could spare some water.', 'ask'],
    ['Food?', 'echo'],
    ['The charity helps children.', 'statement'],
  ])('%s → %s', (text, expected) => {
    expect(actOf(text)).toBe(expected);
  });

  it('tells a request for action from a request for information', () => {
    expect(actOf('Can I give you 2 food?')).toBe('ask');
    expect(actOf('Can I give less?')).toBe('question:closed');
    expect(actOf('Does Tuesday work for you?')).toBe('ask');
    expect(actOf('What time works for you?')).toBe('question:closed');
    expect(actOf('Can we schedule a call next week?')).toBe('ask');
    expect(actOf('Can you explain how it works?')).toBe('question:open');
  });

  it('tells an echo list from the question it follows', () => {
    expect(acts('Is this charity local? global?')).toEqual(['question:closed', 'echo']);
    expect(acts('Food? Clothing? Shelter?')).toEqual(['echo', 'echo', 'echo']);
  });

  it('counts a confirmation tag as a closed question, an attention tag as a backchannel', () => {
    expect(actOf('And you have 1 food and 2 firewood, right?')).toBe('question:closed');
    expect(actOf('Correct?')).toBe('question:closed');
    expect(actOf("Don't be so emotional okay?")).toBe('backchannel');
  });
});

describe('classifySentences: the previous utterance', () => {
  it('makes "How about you?" small talk right after a pleasantry', () => {
    expect(actOf('How about you?', 'Hi! How are you?')).toBe('greeting');
    expect(actOf('doing fine, what about you', 'How are you doing today?')).toBe('greeting');
    expect(actOf('Great and yourself?', 'Hello. How are you?')).toBe('greeting');
  });

  it('makes it a question handing the floor over otherwise, of the kind it hands back', () => {
    expect(actOf('How about you?')).toBe('question:open');
    expect(actOf('How about you?', 'What do you do for work?')).toBe('question:open');
    expect(actOf('How about you?', 'Hi! Are you excited?')).toBe('question:closed');
    expect(actOf('I spend about 5 dollars a day, you?', 'How much do you spend daily on coffee?')).toBe('question:closed');
  });

  it('also reads a pleasantry answer earlier in the same utterance', () => {
    expect(acts("I'm doing well! And you?")).toEqual(['greeting', 'greeting']);
  });
});

describe('findQuestions and utteranceQuestionKind', () => {
  it('returns only the questions asked, with their text and kind', () => {
    const questions = findQuestions('Hi! How are you? What brings you here? Would you like to donate? Right?');
    expect(questions).toEqual([{ text: 'What brings you here?', kind: 'open' }]);
  });

  it('calls an utterance open when any of its questions is open, closed when all are closed', () => {
    expect(utteranceQuestionKind(findQuestions('How many of each would you like? what is your favorite?'))).toBe('open');
    expect(utteranceQuestionKind(findQuestions('Are you excited? Is it your first trip?'))).toBe('closed');
    expect(utteranceQuestionKind(findQuestions('I need water.'))).toBeUndefined();
  });

  it('handles empty and punctuation-only text', () => {
    expect(findQuestions('')).toEqual([]);
    expect(findQuestions('?!… 🙂')).toEqual([]);
    expect(classifySentences('   ')).toEqual([]);
  });
});
