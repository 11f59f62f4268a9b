/** Add or edit a provider: who they are, what they are good at (when to refer a client to them), how to reach them. */
import { useState, type FormEvent, type ReactNode } from 'react';
import type { Provider, ProviderInput } from '../../api/providers.ts';
import { ErrorSummary, fieldErrors } from '../../components/ErrorSummary.tsx';
import { TextArea, TextField } from '../../components/Field.tsx';
import { FormActions } from '../../components/FormActions.tsx';
import { providerKindLabels, providerKinds, type ProviderKind } from './provider-vocabulary.ts';

export type ProviderValues = Required<ProviderInput>;

const ID = 'provider';
const labels = {
  name: 'Name',
  kind: 'They are',
  goodAt: 'What they are good at',
  contactName: 'Contact',
  email: 'Email',
  phone: 'Phone',
  website: 'Website',
  notes: 'Notes',
};
const idFor = (path: string) => (path === 'kind' ? `${ID}-kind-firm` : `${ID}-${path}`);

interface Props {
  provider?: Provider;
  onSubmit: (values: ProviderValues) => void;
  pending: boolean;
  error: unknown;
  submitLabel: string;
  cancel: ReactNode;
  notice?: ReactNode;
}

export function ProviderForm({ provider: p, onSubmit, pending, error, submitLabel, cancel, notice }: Props) {
  const [name, setName] = useState(p?.name ?? '');
  const [kind, setKind] = useState<ProviderKind>(p?.kind ?? 'firm');
  const [goodAt, setGoodAt] = useState(p?.goodAt ?? '');
  const [contactName, setContactName] = useState(p?.contactName ?? '');
  const [email, setEmail] = useState(p?.email ?? '');
  const [phone, setPhone] = useState(p?.phone ?? '');
  const [website, setWebsite] = useState(p?.website ?? '');
  const [notes, setNotes] = useState(p?.notes ?? '');
  const errors = fieldErrors(error);
  const orNull = (text: string) => text.trim() || null;

  function submit(e: FormEvent) {
    e.preventDefault();
    onSubmit({ name, kind, goodAt, contactName: orNull(contactName), email: orNull(email), phone: orNull(phone), website: orNull(website), notes: orNull(notes) });
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      {notice}
      <ErrorSummary error={error} labels={labels} idFor={idFor} />
      <TextField id={`${ID}-name`} label="Name" autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} error={errors.name} />
      <fieldset className="field channel-field">
        <legend className="label">They are</legend>
        <div className="segmented">
          {providerKinds.map((k) => (
            <span key={k} className="segment">
              <input type="radio" id={`${ID}-kind-${k}`} name="kind" checked={kind === k} onChange={() => setKind(k)} />
              <label htmlFor={`${ID}-kind-${k}`}>{providerKindLabels[k]}</label>
            </span>
          ))}
        </div>
      </fieldset>
      <TextArea
        id={`${ID}-goodAt`}
        label="What they are good at"
        hint="When would you send a client to them? Competitors belong here too, for what they do better."
        rows={2}
        value={goodAt}
        onChange={(e) => setGoodAt(e.target.value)}
        error={errors.goodAt}
      />
      <fieldset className="fieldset">
        <legend>How to reach them</legend>
        <div className="field-row">
          <TextField id={`${ID}-contactName`} label="Contact (optional)" value={contactName} onChange={(e) => setContactName(e.target.value)} error={errors.contactName} />
          <TextField id={`${ID}-email`} label="Email (optional)" type="email" value={email} onChange={(e) => setEmail(e.target.value)} error={errors.email} />
          <TextField id={`${ID}-phone`} label="Phone (optional)" type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} error={errors.phone} />
          <TextField id={`${ID}-website`} label="Website (optional)" value={website} onChange={(e) => setWebsite(e.target.value)} error={errors.website} />
        </div>
      </fieldset>
      <TextArea id={`${ID}-notes`} label="Notes (optional)" rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} error={errors.notes} />
      <FormActions pending={pending} submitLabel={submitLabel} cancel={cancel} />
    </form>
  );
}
