/**
 * Add or edit a person: name, their own title or role, birthday, emails, phones, postal addresses,
 * organisations (each with their title there), stay-in-touch cadence and notes.
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import type { Person, PersonInput } from '../../api/types.ts';
import { ErrorSummary, fieldErrors } from '../../components/ErrorSummary.tsx';
import { TextArea, TextField } from '../../components/Field.tsx';
import { ListField } from '../../components/ListField.tsx';
import { limits } from '../../lib/vocabulary.ts';
import { addressErrorLabels, addressRow, AddressesField, withoutBlankAddresses, type AddressRow } from './AddressesField.tsx';
import { AffiliationsField, type AffiliationRow } from './AffiliationsField.tsx';
import { BirthdayField } from './BirthdayField.tsx';
import { StayInTouchField } from './StayInTouchField.tsx';
import { FormActions } from '../../components/FormActions.tsx';

export type PersonValues = Required<
  Pick<PersonInput, 'fullName' | 'title' | 'birthday' | 'emails' | 'phones' | 'addresses' | 'notes' | 'affiliations' | 'stayInTouchDays'>
>;

const labels = {
  fullName: 'Full name',
  title: 'Title or role',
  birthday: 'Birthday',
  emails: 'Email',
  phones: 'Phone',
  ...addressErrorLabels,
  notes: 'Notes',
  affiliations: 'Organisations',
  stayInTouchDays: 'Stay in touch',
};
const ID = 'person';

interface Props {
  person?: Person;
  onSubmit: (values: PersonValues) => void;
  pending: boolean;
  error: unknown;
  submitLabel: string;
  cancel: ReactNode;
  /** Shown above the form (e.g. the conflict notice). */
  notice?: ReactNode;
}

export function PersonForm({ person, onSubmit, pending, error, submitLabel, cancel, notice }: Props) {
  const [fullName, setFullName] = useState(person?.fullName ?? '');
  const [title, setTitle] = useState(person?.title ?? '');
  const [birthday, setBirthday] = useState<string | null>(person?.birthday ?? null);
  const [addresses, setAddresses] = useState<AddressRow[]>(person?.addresses.map(addressRow) ?? []);
  const [emails, setEmails] = useState<string[]>(person?.emails.length ? person.emails : ['']);
  const [phones, setPhones] = useState<string[]>(person?.phones.length ? person.phones : ['']);
  const [notes, setNotes] = useState(person?.notes ?? '');
  const [stayInTouchDays, setStayInTouchDays] = useState<number | null>(person?.stayInTouchDays ?? null);
  const [affiliations, setAffiliations] = useState<AffiliationRow[]>(
    person?.affiliations.map((a) => ({ organizationId: a.organizationId, organizationName: a.organizationName, title: a.title ?? '' })) ?? [],
  );
  const errors = fieldErrors(error);

  function submit(e: FormEvent) {
    e.preventDefault();
    // Drop blank rows first (in the form too), so the server's "emails.1" points at the row you see.
    const cleanEmails = emails.map((v) => v.trim()).filter(Boolean);
    const cleanPhones = phones.map((v) => v.trim()).filter(Boolean);
    setEmails(cleanEmails.length ? cleanEmails : ['']);
    setPhones(cleanPhones.length ? cleanPhones : ['']);
    const cleanAddresses = withoutBlankAddresses(addresses);
    setAddresses(cleanAddresses);
    onSubmit({
      fullName,
      title: title.trim() || null,
      birthday,
      emails: cleanEmails,
      phones: cleanPhones,
      addresses: cleanAddresses,
      notes: notes.trim() || null,
      stayInTouchDays,
      affiliations: affiliations.map((a) => ({ organizationId: a.organizationId, title: a.title.trim() || null })),
    });
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      {notice}
      <ErrorSummary error={error} labels={labels} idFor={(path) => `${ID}-${path.replace(/\./g, '-')}`} />
      <TextField id={`${ID}-fullName`} label="Full name" autoComplete="off" value={fullName} onChange={(e) => setFullName(e.target.value)} error={errors.fullName} />
      <TextField
        id={`${ID}-title`}
        label="Title or role"
        hint="Their job or role in their own words. A title at an organisation goes with the organisation below."
        autoComplete="off"
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={errors.title}
      />
      <BirthdayField id={`${ID}-birthday`} initial={person?.birthday ?? null} error={errors.birthday} onChange={setBirthday} />
      <fieldset className="fieldset">
        <legend>How to reach them</legend>
        <ListField idPrefix={ID} path="emails" label="Email" type="email" values={emails} onChange={setEmails} errors={errors} max={limits.emailsPerPerson} addLabel="Add another email" />
        <ListField idPrefix={ID} path="phones" label="Phone" type="tel" values={phones} onChange={setPhones} errors={errors} max={limits.phonesPerPerson} addLabel="Add another phone" />
      </fieldset>
      <AddressesField idPrefix={ID} rows={addresses} onChange={setAddresses} errors={errors} />
      <AffiliationsField idPrefix={ID} rows={affiliations} onChange={setAffiliations} errors={errors} />
      <StayInTouchField id={`${ID}-stayInTouch`} initialDays={person?.stayInTouchDays ?? null} error={errors.stayInTouchDays} onChange={setStayInTouchDays} />
      <TextArea
        id={`${ID}-notes`}
        label="Notes"
        hint="Anything worth remembering that is not from one conversation: how they like to be contacted, who their assistant is."
        rows={3}
        value={notes}
        onChange={(e) => setNotes(e.target.value)}
        error={errors.notes}
      />
      <FormActions pending={pending} submitLabel={submitLabel} cancel={cancel} />
    </form>
  );
}

