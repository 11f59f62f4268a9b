/** Record or edit a gift: what kind, what, what makes it specific to them, the risk we took, when, for whom. */
import { useState, type FormEvent, type ReactNode } from 'react';
import type { Gift, GiftInput } from '../../api/gifts.ts';
import { ErrorSummary, fieldErrors } from '../../components/ErrorSummary.tsx';
import { TextArea, TextField } from '../../components/Field.tsx';
import { FormActions } from '../../components/FormActions.tsx';
import { todayLocal } from '../../lib/days.ts';
import { ClientFields, type ClientValue } from './ClientFields.tsx';
import { giftKindLabels, giftKinds, type GiftKind } from './gift-vocabulary.ts';

export type GiftValues = Required<
  Pick<GiftInput, 'kind' | 'title' | 'specificToClient' | 'riskTaken' | 'givenOn' | 'reference' | 'personId' | 'organizationId' | 'needId'>
>;

const ID = 'gift';
const labels = {
  kind: 'Kind',
  title: 'What it is',
  specificToClient: 'What makes it specific to them',
  riskTaken: 'The risk you took',
  givenOn: 'Given on',
  reference: 'Link or where it is kept',
  personId: 'Person',
  organizationId: 'Organisation',
  needId: 'Need',
};
const idFor = (path: string) => (path === 'kind' ? `${ID}-kind-${giftKinds[0]}` : `${ID}-${path}`);

interface Props {
  gift?: Gift;
  initialClient: ClientValue;
  onSubmit: (values: GiftValues) => void;
  pending: boolean;
  error: unknown;
  submitLabel: string;
  cancel: ReactNode;
  notice?: ReactNode;
}

export function GiftForm({ gift: g, initialClient, onSubmit, pending, error, submitLabel, cancel, notice }: Props) {
  const [kind, setKind] = useState<GiftKind>(g?.kind ?? 'insight');
  const [title, setTitle] = useState(g?.title ?? '');
  const [specific, setSpecific] = useState(g?.specificToClient ?? '');
  const [risk, setRisk] = useState(g?.riskTaken ?? '');
  const [givenOn, setGivenOn] = useState(g?.givenOn ?? todayLocal());
  const [reference, setReference] = useState(g?.reference ?? '');
  const [client, setClient] = useState<ClientValue>(initialClient);
  const errors = fieldErrors(error);

  function submit(e: FormEvent) {
    e.preventDefault();
    onSubmit({
      kind,
      title,
      specificToClient: specific,
      riskTaken: risk.trim() || null,
      givenOn,
      reference: reference.trim() || null,
      personId: client.person?.id ?? null,
      organizationId: client.organization?.id ?? null,
      needId: client.need?.id ?? null,
    });
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      {notice}
      <ErrorSummary error={error} labels={labels} idFor={idFor} />
      <fieldset className="field channel-field">
        <legend className="label">Kind</legend>
        <div className="segmented">
          {giftKinds.map((k) => (
            <span key={k} className="segment">
              <input type="radio" id={`${ID}-kind-${k}`} name="kind" checked={kind === k} onChange={() => setKind(k)} />
              <label htmlFor={`${ID}-kind-${k}`}>{giftKindLabels[k]}</label>
            </span>
          ))}
        </div>
        {errors.kind ? <p className="field-error">{errors.kind}</p> : null}
      </fieldset>
      <TextField id={`${ID}-title`} label="What it is" hint="In a line, e.g. “Close calendar redesigned on their January data”." value={title} onChange={(e) => setTitle(e.target.value)} error={errors.title} />
      <TextArea
        id={`${ID}-specificToClient`}
        label="What makes it specific to them"
        hint="Their data, their words, their situation: why nobody else would get this exact gift."
        rows={2}
        value={specific}
        onChange={(e) => setSpecific(e.target.value)}
        error={errors.specificToClient}
      />
      <TextArea
        id={`${ID}-riskTaken`}
        label="The risk you took (optional)"
        hint="Unpaid time, a view they may not like, showing your thinking before they pay for it."
        rows={2}
        value={risk}
        onChange={(e) => setRisk(e.target.value)}
        error={errors.riskTaken}
      />
      <ClientFields idPrefix={ID} legend="For whom" hint="A person, an organisation, or both." value={client} onChange={setClient} errors={errors} />
      <div className="field-row">
        <TextField id={`${ID}-givenOn`} label="Given on" type="date" value={givenOn} onChange={(e) => setGivenOn(e.target.value)} error={errors.givenOn} />
        <TextField
          id={`${ID}-reference`}
          label="Link or where it is kept (optional)"
          value={reference}
          onChange={(e) => setReference(e.target.value)}
          error={errors.reference}
        />
      </div>
      <FormActions pending={pending} submitLabel={submitLabel} cancel={cancel} />
    </form>
  );
}
