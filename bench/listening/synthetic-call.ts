/**
 * A synthetic one-hour client call for the listening benchmark: two speakers at about 150 words a
 * minute, lines drawn (deterministically) from a bank of the things professionals and clients say,
 * rendered as a Zoom-style WebVTT file.
 */
const ourLines = [
  'What made you start looking at this now rather than next year?',
  'How does the month-end close work today, step by step?',
  'So the reconciliations are done by hand, is that right?',
  'Our firm was founded in 1998 and we have been helping manufacturers ever since, with audit, tax and advisory work.',
  'I completely understand how frustrating that must be.',
  'Tell me more about how the board reviews the numbers.',
  'We have a great process for that and our team has done it many times for clients like you.',
  'Who else will be involved in deciding which adviser you work with?',
  'That makes sense. The second thing I heard was the bank feeds, which break every quarter.',
  'If you sign today we can hold the price for the first year.',
];
const clientLines = [
  'Honestly the close takes nine days and the board wants it in five, which feels impossible with the current team.',
  'Right.',
  'We chase the bank feeds by hand every month, and the two people who know how are both part-time.',
  'I am not sure yet; the finance director and the owner will both want a say, and probably our bank too.',
  'Do you work with other companies our size?',
  'It is mostly the intercompany balances that drag; nobody agrees on them until the very last day.',
  'Okay, that sounds reasonable.',
  'What would the first month look like if we went ahead?',
];

function timestamp(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = (ms % 60_000) / 1000;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${s.toFixed(3).padStart(6, '0')}`;
}

/** A WebVTT transcript of about `minutes` minutes and its word count. */
export function syntheticCall(minutes = 60): { vtt: string; words: number } {
  // mulberry32: a small deterministic generator, so every run measures the same call.
  let seed = 42;
  const next = (n: number) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
  const cues: string[] = ['WEBVTT', ''];
  let t = 0;
  let words = 0;
  let cue = 1;
  while (t < minutes * 60) {
    const ours = cue % 2 === 1;
    const bank = ours ? ourLines : clientLines;
    const sentences = 1 + next(3);
    const text = Array.from({ length: sentences }, () => bank[next(bank.length)]).join(' ');
    const count = text.split(/\s+/).length;
    const seconds = (count / 150) * 60;
    cues.push(String(cue), `${timestamp(t)} --> ${timestamp(t + seconds)}`, `${ours ? 'Dana Whitfield' : 'Sam Ortiz'}: ${text}`, '');
    words += count;
    t += seconds + 0.4;
    cue++;
  }
  return { vtt: cues.join('\n'), words };
}
