/**
 * Clock times as transcripts write them — `1:02`, `01:02.5`, `00:01:02.500`, `0:01:02,500` (SRT) —
 * read into seconds with millisecond precision. Minutes and seconds after the first field must be
 * below 60; the first field may be any size (`75:03` is 75 minutes).
 */
const CLOCK = /^(\d+):(\d{2})(?::(\d{2}))?(?:[.,](\d{1,3}))?$/;

/** Seconds, or undefined when `text` is not a clock time. */
export function parseClockTime(text: string): number | undefined {
  const match = CLOCK.exec(text);
  if (!match) return undefined;
  const [, first, second, third, fraction] = match;
  const hours = third === undefined ? 0 : Number(first);
  const minutes = third === undefined ? Number(first) : Number(second);
  const seconds = Number(third ?? second);
  if (seconds >= 60 || (third !== undefined && minutes >= 60)) return undefined;
  const millis = fraction === undefined ? 0 : Number(fraction.padEnd(3, '0'));
  return (((hours * 60 + minutes) * 60 + seconds) * 1000 + millis) / 1000;
}

/** Rounds seconds given as a number (JSON) to milliseconds, like the clock times above. */
export function toMilliseconds(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}
