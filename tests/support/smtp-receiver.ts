/**
 * A real SMTP server on loopback for tests (principle 4: real parts): smtp-server on 127.0.0.1 and a free
 * port, no TLS, any or no login, keeping every message it accepts. `failNext` makes it refuse messages, to
 * test retries. Messages are read minimally (no MIME parser): headers by name and the decoded text part.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { createSmtpMailer, type Mailer } from '../../src/email/mailer.ts';

export interface ReceivedEmail {
  /** RCPT TO addresses. */
  to: string[];
  raw: string;
  /** A header's value (first occurrence, unfolded), or undefined. */
  header(name: string): string | undefined;
  /** The text/plain part, quoted-printable decoded. */
  text: string;
  /** The text/html part, quoted-printable decoded ('' when there is none). */
  html: string;
}

export interface SmtpReceiver {
  url: string;
  messages: ReceivedEmail[];
  /** A Mailer that sends to this receiver. */
  mailer: Mailer;
  /** The next `count` messages are refused with a 451 (temporary failure). */
  failNext(count: number): void;
  /** Waits until at least `count` messages have arrived (or fails after `ms`). */
  waitFor(count: number, ms?: number): Promise<ReceivedEmail[]>;
  close(): Promise<void>;
}

function decodeQuotedPrintable(text: string): string {
  const bytes = text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => `%${hex}`);
  try {
    return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, '%25'));
  } catch {
    return bytes;
  }
}

/** Decodes RFC 2047 encoded words (=?UTF-8?Q?…?= and =?UTF-8?B?…?=) in a header value. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, how: string, text: string) =>
      how.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    );
}

/** The body of the MIME part with this content type (or of the whole message when it is not multipart). */
function partOf(raw: string, type: 'text/plain' | 'text/html'): string {
  const parts = raw.split(/\r?\n--[^\r\n]+\r?\n/);
  const part = parts.find((p) => new RegExp(`^content-type:\\s*${type}`, 'im').test(p.split(/\r?\n\r?\n/)[0] ?? ''));
  if (!part) return '';
  const [head = '', ...body] = part.split(/\r?\n\r?\n/);
  const content = body.join('\n\n').split(/\r?\n--[^\r\n]+--/)[0] ?? '';
  const decoded = /content-transfer-encoding:\s*quoted-printable/i.test(head) ? decodeQuotedPrintable(content) : content;
  return decoded.replace(/\r\n/g, '\n');
}

function parse(raw: string, to: string[]): ReceivedEmail {
  const head = (raw.split(/\r?\n\r?\n/)[0] ?? '').replace(/\r?\n[ \t]+/g, ' ');
  return {
    to,
    raw,
    header: (name) => {
      const value = head.match(new RegExp(`^${name}:\\s*(.*)$`, 'im'))?.[1]?.trim();
      return value === undefined ? undefined : decodeWords(value);
    },
    text: partOf(raw, 'text/plain'),
    html: partOf(raw, 'text/html'),
  };
}

export async function startSmtpReceiver(): Promise<SmtpReceiver> {
  const messages: ReceivedEmail[] = [];
  let failures = 0;
  const server = new SMTPServer({
    authOptional: true,
    hideSTARTTLS: true,
    disableReverseLookup: true,
    logger: false,
    onAuth: (_auth, _session, callback) => callback(null, { user: 'test' }),
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (failures > 0) {
          failures -= 1;
          const err = Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 });
          return callback(err);
        }
        messages.push(parse(Buffer.concat(chunks).toString('utf8'), session.envelope.rcptTo.map((r) => r.address)));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  const url = `smtp://test:secret@127.0.0.1:${port}`;
  return {
    url,
    messages,
    mailer: createSmtpMailer({ smtpUrl: url, from: 'Yellowpad <yellowpad@localhost>' }),
    failNext: (count) => (failures = count),
    async waitFor(count, ms = 5000) {
      const until = Date.now() + ms;
      while (messages.length < count) {
        if (Date.now() > until) throw new Error(`expected ${count} emails, received ${messages.length}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return messages;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
