/**
 * Splits a stream of vCard text into cards, line by line (bounded memory): BEGIN:VCARD … END:VCARD.
 * Line endings (CRLF, LF, CR, even DOS-doubled CRCRLF) become LF and blank lines are dropped. A card left
 * open (a new BEGIN before its END, or the end of the file) is reported instead of being guessed at.
 */

export type SplitCard = { index: number; text: string } | { index: number; error: string };

const BEGIN = /^BEGIN:VCARD\s*$/i;
const END = /^END:VCARD\s*$/i;

export async function* splitVcards(chunks: AsyncIterable<string>): AsyncGenerator<SplitCard> {
  let index = 0;
  let card: string[] | null = null;
  const unclosed = (): SplitCard => ({ index, error: 'This card has no END:VCARD line, so it was not read.' });
  for await (const line of linesOf(chunks)) {
    if (BEGIN.test(line)) {
      if (card) yield unclosed();
      index++;
      card = [line];
    } else if (card && END.test(line)) {
      card.push(line);
      yield { index, text: card.join('\n') };
      card = null;
    } else if (card && line.trim() !== '') {
      card.push(line);
    }
  }
  if (card) yield unclosed();
}

async function* linesOf(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let rest = '';
  for await (const chunk of chunks) {
    const lines = (rest + chunk).split(/\r*\n|\r(?!\r*\n)/);
    rest = lines.pop() ?? '';
    yield* lines;
  }
  if (rest) yield rest.replace(/\r+$/, '');
}
