/**
 * Record or edit a referral. Out: the client went to a provider who fits better (help given). In: who sent
 * the client to us — a provider, someone we know, or just a name. Either way, which client. An edit keeps
 * the direction (the API does not change it) and starts from the referral as it is.
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import type { Referral, ReferralInput } from '../../api/referrals.ts';
import { ErrorSummary, fieldErrors } from '../../components/ErrorSummary.tsx';
import { TextArea, TextField } from '../../components/Field.tsx';
import { FormActions } from '../../components/FormActions.tsx';
import { PersonPicker } from '../../components/Pickers.tsx';
import { todayLocal } from '../../lib/days.ts';
import { ClientFields, type ClientValue, type Picked } from '../gifts/ClientFields.tsx';
import { ProviderPicker, type PickedProvider } from './ProviderPicker.tsx';

type Direction = Referral['direction'];
type Source = 'provider' | 'person' | 'name';

const ID = 'referral';
const labels = {
  direction: 'Direction',
  providerId: 'Provider',
  referredByPersonId: 'Who referred them',
  referredByName: 'Who referred them',
  personId: 'Person',
  organizationId: 'Organisation',
  needId: 'Need',
  reason: 'Why',
  referredOn: 'When',
};
const sources: { source: Source; label: string }[] = [
  { source: 'provider', label: 'A provider' },
  { source: 'person', label: 'Someone we know' },
  { source: 'name', label: 'Just a name' },
];

interface Props {
  initialDirection: Direction;
  initialProvider: PickedProvider | null;
  initialClient: ClientValue;
  /** When editing: the referral as loaded (its direction cannot change). */
  referral?: Referral;
  onSubmit: (values: ReferralInput) => void;
  pending: boolean;
  error: unknown;
  cancel: ReactNode;
  submitLabel?: string;
  /** Above the form, e.g. a ConflictNotice. */
  notice?: ReactNode;
}

const directionLabels: Record<Direction, string> = { out: 'We referred a client elsewhere', in: 'Someone referred a client to us' };

function initialSource(r: Referral | undefined, initialProvider: PickedProvider | null): Source {
  if (initialProvider) return 'provider';
  return r?.referredByPerson ? 'person' : 'name';
}

function Segments<T extends string>({ name, options, value, onChange }: { name: string; options: { value: T; label: string }[]; value: T; onChange: (v: T) => void }) {
  return (
    <div className="segmented">
      {options.map((o) => (
        <span key={o.value} className="segment">
          <input type="radio" id={`${ID}-${name}-${o.value}`} name={name} checked={value === o.value} onChange={() => onChange(o.value)} />
          <label htmlFor={`${ID}-${name}-${o.value}`}>{o.label}</label>
        </span>
      ))}
    </div>
  );
}

export function ReferralForm({ initialDirection, initialProvider, initialClient, referral: r, onSubmit, pending, error, cancel, submitLabel = 'Record referral', notice }: Props) {
  const [direction, setDirection] = useState<Direction>(initialDirection);
  const [source, setSource] = useState<Source>(initialSource(r, initialProvider));
  const [provider, setProvider] = useState<PickedProvider | null>(initialProvider);
  const [referrer, setReferrer] = useState<Picked | null>(r?.referredByPerson ? { id: r.referredByPerson.id, name: r.referredByPerson.fullName } : null);
  const [referrerName, setReferrerName] = useState(r?.referredByName ?? '');
  const [client, setClient] = useState<ClientValue>(initialClient);
  const [reason, setReason] = useState(r?.reason ?? '');
  const [referredOn, setReferredOn] = useState(r?.referredOn ?? todayLocal());
  const errors = fieldErrors(error);
  const out = direction === 'out';

  function submit(e: FormEvent) {
    e.preventDefault();
    const from = out ? 'provider' : source;
    onSubmit({
      direction,
      providerId: from === 'provider' ? (provider?.id ?? null) : null,
      referredByPersonId: from === 'person' ? (referrer?.id ?? null) : null,
      referredByName: from === 'name' ? referrerName.trim() || null : null,
      personId: client.person?.id ?? null,
      organizationId: client.organization?.id ?? null,
      needId: client.need?.id ?? null,
      reason,
      referredOn,
    });
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      {notice}
      <ErrorSummary error={error} labels={labels} idFor={(path) => `${ID}-${path}`} />
      {r ? (
        <p className="referral-direction">
          <strong>{directionLabels[direction]}</strong>
          {r.helpGiven ? <span className="badge badge-help">Help given</span> : null}
        </p>
      ) : (
        <fieldset className="field channel-field">
          <legend className="label">Which way?</legend>
          <Segments
            name="direction"
            value={direction}
            onChange={setDirection}
            options={(['out', 'in'] as const).map((d) => ({ value: d, label: directionLabels[d] }))}
          />
          <p className="hint direction-hint">{out ? 'A referral out is help given: it counts, whatever the fee.' : 'Knowing who sends clients to you is worth a thank-you.'}</p>
        </fieldset>
      )}
      <ClientFields idPrefix={ID} legend="The client" hint="A person, an organisation, or both." value={client} onChange={setClient} errors={errors} />
      {out ? (
        <ProviderPicker id={`${ID}-providerId`} label="Referred to" hint="Search your directory, or type a new name to add them." picked={provider} onChange={setProvider} error={errors.providerId} />
      ) : (
        <fieldset className="fieldset">
          <legend>Who referred them?</legend>
          <Segments name="source" value={source} onChange={setSource} options={sources.map((s) => ({ value: s.source, label: s.label }))} />
          <div className="source-control">
            {source === 'provider' ? (
              <ProviderPicker id={`${ID}-providerId`} label="Provider" picked={provider} onChange={setProvider} error={errors.providerId} />
            ) : source === 'person' ? (
              referrer ? (
                <p className="chosen">
                  <strong>{referrer.name}</strong>{' '}
                  <button type="button" id={`${ID}-referredByPersonId`} className="button-link" onClick={() => setReferrer(null)}>
                    Change
                  </button>
                </p>
              ) : (
                <PersonPicker id={`${ID}-referredByPersonId`} label="Person" exclude={[]} onPick={setReferrer} error={errors.referredByPersonId} />
              )
            ) : (
              <TextField id={`${ID}-referredByName`} label="Name" value={referrerName} onChange={(e) => setReferrerName(e.target.value)} error={errors.referredByName} />
            )}
          </div>
        </fieldset>
      )}
      <TextArea
        id={`${ID}-reason`}
        label={out ? 'Why they fit better' : 'How it came about'}
        rows={2}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={errors.reason}
      />
      <TextField id={`${ID}-referredOn`} label="When" type="date" className="due-field" value={referredOn} onChange={(e) => setReferredOn(e.target.value)} error={errors.referredOn} />
      <FormActions pending={pending} submitLabel={submitLabel} cancel={cancel} />
    </form>
  );
}
