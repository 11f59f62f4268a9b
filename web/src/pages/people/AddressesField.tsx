/**
 * A person's postal addresses: a small group of labelled parts per address (label, street, town, county,
 * postcode, country), "Remove" on each and "Add an address" up to the limit. Errors arrive as
 * `addresses.1.city` and show under that part.
 */
import { useEffect, useRef } from 'react';
import { addressPartLabels, addressParts, personDetailLimits, type AddressPart } from '../../../../src/common/person-details.ts';
import { TextArea, TextField } from '../../components/Field.tsx';
import '../../styles/people.css';

export type AddressRow = Record<AddressPart, string>;

export const emptyAddress = (): AddressRow => ({ label: '', street: '', city: '', region: '', postalCode: '', country: '' });

/** A stored address as form values (missing parts empty). */
export const addressRow = (address: Partial<Record<AddressPart, string>>): AddressRow => ({ ...emptyAddress(), ...address });

/** The rows worth sending: parts trimmed, rows with nothing in them left out (so "addresses.1" is the second row shown). */
export const withoutBlankAddresses = (rows: AddressRow[]): AddressRow[] =>
  rows
    .map((row) => Object.fromEntries(addressParts.map((part) => [part, row[part].trim()])) as AddressRow)
    .filter((row) => addressParts.some((part) => row[part]));

/** Error-summary labels for every part of every address, e.g. "addresses.1.city" → "Address 2, town or city". */
export const addressErrorLabels: Record<string, string> = Object.fromEntries([
  ['addresses', 'Addresses'],
  ...Array.from({ length: personDetailLimits.addressesPerPerson }, (_, i) =>
    addressParts.map((part) => [`addresses.${i}.${part}`, `Address ${i + 1}, ${addressPartLabels[part].toLowerCase()}`]),
  ).flat(),
]);

const hints: Partial<Record<AddressPart, string>> = { label: 'Which address this is, e.g. Home or Work.' };

interface Props {
  idPrefix: string;
  rows: AddressRow[];
  onChange: (rows: AddressRow[]) => void;
  errors: Record<string, string>;
}

export function AddressesField({ idPrefix, rows, onChange, errors }: Props) {
  const idOf = (i: number, part: AddressPart) => `${idPrefix}-addresses-${i}-${part}`;
  const count = useRef(rows.length);
  useEffect(() => {
    // An address was just added: put the cursor in its first part.
    if (rows.length > count.current) document.getElementById(`${idPrefix}-addresses-${rows.length - 1}-label`)?.focus();
    count.current = rows.length;
  }, [rows.length, idPrefix]);
  const setPart = (i: number, part: AddressPart, value: string) => onChange(rows.map((r, j) => (j === i ? { ...r, [part]: value } : r)));

  const field = (i: number, part: AddressPart) => {
    const common = {
      id: idOf(i, part),
      label: addressPartLabels[part],
      hint: hints[part],
      value: rows[i]![part],
      error: errors[`addresses.${i}.${part}`],
      // Someone else's address: the browser's autofill would offer the user's own.
      autoComplete: 'off',
    };
    return part === 'street' ? (
      <TextArea key={part} {...common} rows={2} onChange={(e) => setPart(i, part, e.target.value)} />
    ) : (
      <TextField key={part} {...common} onChange={(e) => setPart(i, part, e.target.value)} />
    );
  };

  return (
    <fieldset className="fieldset addresses-field">
      <legend>Postal addresses</legend>
      {rows.length === 0 ? <p className="hint">No address yet. Add one if you send them post or visit them.</p> : null}
      {rows.map((_, i) => (
        <fieldset className="address-row" key={i}>
          <legend>Address {i + 1}</legend>
          {field(i, 'label')}
          {field(i, 'street')}
          <div className="field-row">
            {field(i, 'city')}
            {field(i, 'region')}
          </div>
          <div className="field-row">
            {field(i, 'postalCode')}
            {field(i, 'country')}
          </div>
          <button type="button" className="button-link remove" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
            Remove address {i + 1}
          </button>
        </fieldset>
      ))}
      {errors.addresses ? (
        <p className="field-error" id={`${idPrefix}-addresses-error`}>
          {errors.addresses}
        </p>
      ) : null}
      {rows.length < personDetailLimits.addressesPerPerson ? (
        <button type="button" id={`${idPrefix}-addresses`} className="button-link add" onClick={() => onChange([...rows, emptyAddress()])}>
          {rows.length ? 'Add another address' : 'Add an address'}
        </button>
      ) : null}
    </fieldset>
  );
}
