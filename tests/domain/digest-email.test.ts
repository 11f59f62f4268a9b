/**
 * The daily digest email rendered from a Today (pure): one section per non-empty list with links, "and N
 * more" beyond the capped lists, HTML escaped, nothing to send for an empty Today; and when digests are due.
 */
import { describe, expect, it } from 'vitest';
import { renderDigestEmail } from '../../src/email/digest-email.ts';
import { digestDue } from '../../src/email/digest-scheduler.ts';
import type { Today } from '../../src/domain/today/get-today.ts';

const none = { followUpsDue: 0, commitmentsDue: 0, openIncidents: 0, openLoops: 0, journeysAtRisk: 0, losingTouch: 0 };

function today(parts: Partial<Today>): Today {
  return { date: '2026-03-10', followUpsDue: [], commitmentsDue: [], openIncidents: [], openLoops: [], losingTouch: [], journeysAtRisk: [], totals: none, ...parts };
}

const input = (t: Today) => ({ memberName: 'Dana <Whitfield>', firmName: 'Whitfield & Co', today: t, baseUrl: 'https://yp.example' });

describe('the daily digest email', () => {
  it('lists each non-empty list with links, says how many more there are, and escapes the HTML', () => {
    const email = renderDigestEmail(
      input(
        today({
          followUpsDue: [
            { id: 'f1', content: 'Send the template', dueOn: '2026-03-10', daysOverdue: 0, member: null, person: { id: 'p1', fullName: 'Ines Okafor' }, organization: { id: 'o1', name: 'Northwind' }, conversationId: null, version: 1 },
          ],
          losingTouch: [{ person: { id: 'p2', fullName: 'Bo <Lund>' }, everyDays: 30, lastConversationAt: null, daysSinceLastConversation: 45, overdueDays: 15 }],
          totals: { ...none, followUpsDue: 3, losingTouch: 1 },
        }),
      ),
    );
    expect(email.itemCount).toBe(2);
    expect(email.subject).toBe('Today: 4 things for you — Tuesday 10 March 2026');
    expect(email.text).toBe(
      [
        'Hello Dana <Whitfield>,',
        '4 things on your Today at Whitfield & Co, Tuesday 10 March 2026:',
        'Follow-ups due\n- Send the template — Ines Okafor, Northwind (due today)\n  https://yp.example/follow-ups\n- and 2 more',
        'Losing touch\n- Bo <Lund> (last spoke 45 days ago)\n  https://yp.example/people/p2',
        'Open Today: https://yp.example/',
        'You get this email once a day. Turn it off on the Team page: https://yp.example/team',
      ].join('\n\n'),
    );
    expect(email.html).toContain('<p>Hello Dana &lt;Whitfield&gt;,</p>');
    expect(email.html).toContain('<a href="https://yp.example/people/p2">Bo &lt;Lund&gt; (last spoke 45 days ago)</a>');
    expect(email.html).toContain('and 2 more');
    expect(email.html).not.toContain('Promises due');
  });

  it('has nothing to send for an empty Today', () => {
    expect(renderDigestEmail(input(today({}))).itemCount).toBe(0);
  });

  it('is due from the digest hour (UTC) to the end of the day', () => {
    expect(digestDue(new Date('2026-03-10T06:59:59Z'), 7)).toBe(false);
    expect(digestDue(new Date('2026-03-10T07:00:00Z'), 7)).toBe(true);
    expect(digestDue(new Date('2026-03-10T23:59:00Z'), 7)).toBe(true);
    expect(digestDue(new Date('2026-03-11T00:00:00Z'), 0)).toBe(true);
  });
});
