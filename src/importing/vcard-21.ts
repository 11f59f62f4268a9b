/**
 * vCard 2.1 → vCard 3.0 text that ical.js parses: QUOTED-PRINTABLE values decoded (soft line breaks
 * joined, CHARSET honoured), bare type parameters (`TEL;WORK;VOICE:`) turned into `TYPE=WORK,VOICE`,
 * ENCODING/CHARSET dropped, binary (BASE64) properties dropped, and the version set to 3.0.
 * Input: one card, LF line endings (as split-vcards gives them).
 */

const ENCODINGS = new Set(['QUOTED-PRINTABLE', 'BASE64', 'B', '8BIT', '7BIT']);

export function normalizeVcard21(card: string): string {
  const out = ['BEGIN:VCARD', 'VERSION:3.0'];
  for (const line of logicalLines(card.split('\n'))) {
    const converted = convertLine(line);
    if (converted) out.push(converted);
  }
  out.push('END:VCARD');
  return out.join('\n');
}

/** Unfolds continuation lines (leading space or tab) and quoted-printable soft line breaks (trailing `=`). */
function logicalLines(lines: string[]): string[] {
  const result: string[] = [];
  for (const line of lines) {
    const previous = result.length ? result[result.length - 1]! : null;
    if (previous !== null && isQuotedPrintable(previous) && previous.endsWith('=')) {
      result[result.length - 1] = previous.slice(0, -1) + line;
    } else if (previous !== null && /^[ \t]/.test(line)) {
      result[result.length - 1] = previous + line.slice(1);
    } else {
      result.push(line);
    }
  }
  return result;
}

const isQuotedPrintable = (line: string) => /^[^:]*;(ENCODING=)?QUOTED-PRINTABLE[;:]/i.test(line);

function convertLine(line: string): string | null {
  const colon = line.indexOf(':');
  if (colon < 0) return null;
  const [name, ...params] = line.slice(0, colon).split(';');
  const bareName = name!.replace(/^.*\./, '').toUpperCase();
  if (['BEGIN', 'END', 'VERSION'].includes(bareName)) return null;
  const types: string[] = [];
  const kept: string[] = [];
  let encoding = '';
  let charset = 'utf-8';
  for (const param of params) {
    const [key, value] = param.includes('=') ? [param.slice(0, param.indexOf('=')).toUpperCase(), param.slice(param.indexOf('=') + 1)] : ['', param];
    if (key === 'ENCODING' || (key === '' && ENCODINGS.has(value.toUpperCase()))) encoding = value.toUpperCase();
    else if (key === 'CHARSET') charset = value;
    else if (key === 'TYPE' || key === '') types.push(...value.split(','));
    else kept.push(param);
  }
  if (encoding === 'BASE64' || encoding === 'B') return null;
  let value = line.slice(colon + 1);
  if (encoding === 'QUOTED-PRINTABLE') value = decodeQuotedPrintable(value, charset).replace(/\r\n|\r|\n/g, '\\n');
  const typeParam = types.length ? [`TYPE=${types.join(',')}`] : [];
  return [name, ...typeParam, ...kept].join(';') + ':' + value;
}

/** `=E2=80=A6` → the character those bytes are in the given charset (UTF-8 when the label is unknown). */
export function decodeQuotedPrintable(value: string, charset = 'utf-8'): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const hex = value.slice(i + 1, i + 3);
    if (value[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(value[i]!, 'utf8'));
    }
  }
  return decoderFor(charset).decode(new Uint8Array(bytes));
}

function decoderFor(charset: string): TextDecoder {
  try {
    return new TextDecoder(charset);
  } catch {
    return new TextDecoder('utf-8');
  }
}
