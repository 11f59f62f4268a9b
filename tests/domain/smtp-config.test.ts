/** Email configuration: off without SMTP_URL, defaults for the sender and hour, and bad values refused naming the variable. */
import { describe, expect, it } from 'vitest';
import { readEmailConfig } from '../../src/email/smtp-config.ts';

describe('the email configuration', () => {
  it('is off when SMTP_URL is unset or empty', () => {
    expect(readEmailConfig({})).toBeNull();
    expect(readEmailConfig({ SMTP_URL: '', DIGEST_HOUR: '9' })).toBeNull();
  });

  it('reads the URL, with the default sender and digest hour', () => {
    expect(readEmailConfig({ SMTP_URL: 'smtps://u:p@mail.example.com:465' })).toEqual({
      smtpUrl: 'smtps://u:p@mail.example.com:465',
      from: 'Yellowpad <yellowpad@localhost>',
      digestHour: 7,
    });
    expect(readEmailConfig({ SMTP_URL: 'smtp://mail.example.com:587', SMTP_FROM: 'Whitfield <hello@whitfield.example>', DIGEST_HOUR: '0' })).toEqual({
      smtpUrl: 'smtp://mail.example.com:587',
      from: 'Whitfield <hello@whitfield.example>',
      digestHour: 0,
    });
  });

  it('refuses a bad value, naming the variable', () => {
    expect(() => readEmailConfig({ SMTP_URL: 'https://mail.example.com' })).toThrow(/SMTP_URL: must look like smtp:\/\//);
    expect(() => readEmailConfig({ SMTP_URL: 'smtp://mail.example.com', DIGEST_HOUR: '24' })).toThrow(/DIGEST_HOUR: must be an hour/);
    expect(() => readEmailConfig({ SMTP_URL: 'smtp://mail.example.com', DIGEST_HOUR: 'seven' })).toThrow(/DIGEST_HOUR/);
  });
});
