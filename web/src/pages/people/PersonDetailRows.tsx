/**
 * Rows of the person page's details list for their own details: title and birthday (shown near the top)
 * and postal addresses (after how to reach them). Each row appears only when there is something to show.
 */
import type { Person } from '../../api/types.ts';
import { formatBirthday } from './birthday.ts';
import '../../styles/people.css';

export function TitleAndBirthdayRows({ person }: { person: Pick<Person, 'title' | 'birthday'> }) {
  return (
    <>
      {person.title ? (
        <>
          <dt>Title or role</dt>
          <dd>{person.title}</dd>
        </>
      ) : null}
      {person.birthday ? (
        <>
          <dt>Birthday</dt>
          <dd>{formatBirthday(person.birthday)}</dd>
        </>
      ) : null}
    </>
  );
}

export function AddressRows({ addresses }: { addresses: Person['addresses'] }) {
  if (addresses.length === 0) return null;
  return (
    <>
      <dt>{addresses.length === 1 ? 'Address' : 'Addresses'}</dt>
      <dd>
        {addresses.map((a, i) => (
          <address className="postal-address" key={i}>
            {a.label ? <span className="postal-address-label">{a.label}</span> : null}
            {[a.street, a.city, a.region, a.postalCode, a.country]
              .filter((line): line is string => Boolean(line))
              .map((line, j) => (
                <div className="prewrap" key={j}>
                  {line}
                </div>
              ))}
          </address>
        ))}
      </dd>
    </>
  );
}
