/**
 * Word counting, as the CLI's JSON contract defines it: whitespace-separated tokens that contain a
 * letter or a digit (so "—", "..." and "🙂" are not words; "3pm", "don't" and "café" are).
 */
const wordChar = /[\p{L}\p{N}]/u;

export function countWords(text: string): number {
  let count = 0;
  let inToken = false;
  let tokenHasWordChar = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const isSpace = code === 32 || (code >= 9 && code <= 13) || code === 160 || code === 0x2028 || code === 0x2029;
    if (isSpace) {
      if (inToken && tokenHasWordChar) count++;
      inToken = false;
      tokenHasWordChar = false;
      continue;
    }
    inToken = true;
    if (!tokenHasWordChar) {
      // ASCII letters and digits without a regex; anything else asks the Unicode classes.
      if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) tokenHasWordChar = true;
      else if (code > 127 && wordChar.test(text[i]!)) tokenHasWordChar = true;
    }
  }
  if (inToken && tokenHasWordChar) count++;
  return count;
}
