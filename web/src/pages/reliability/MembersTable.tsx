/** Each member's promises to clients side by side; every count links to its commitments. */
import { Link } from '@tanstack/react-router';
import type { Reliability, ReliabilityWindow } from '../../api/reliability.ts';
import { figureCards, percent } from './figure-words.ts';

export function MembersTable({ members, window }: { members: NonNullable<Reliability['members']>; window: ReliabilityWindow }) {
  return (
    <section className="reliability-section" aria-labelledby="members-title">
      <h2 id="members-title">Our promises, member by member</h2>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="members-title">
        <table className="figures-table">
          <thead>
            <tr>
              <th scope="col">Member</th>
              {figureCards.map((c) => (
                <th scope="col" key={c.key}>
                  {c.label}
                </th>
              ))}
              <th scope="col">On time</th>
            </tr>
          </thead>
          <tbody>
            {members.map(({ member, us }) => (
              <tr key={member.id}>
                <th scope="row">
                  <Link to="/reliability" search={{ window, memberId: member.id }}>
                    {member.name}
                  </Link>
                </th>
                {figureCards.map((c) => (
                  <td key={c.key}>
                    <Link to="/commitments" search={us.evidence[c.key]} aria-label={`${member.name}: ${us[c.key]} ${c.label.toLowerCase()}`}>
                      {us[c.key]}
                    </Link>
                  </td>
                ))}
                <td>{us.keptOnTimeRate === null ? '—' : `${us.keptOnTime} of ${us.resolved} (${percent(us.keptOnTimeRate)})`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
