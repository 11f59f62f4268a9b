/**
 * Pick a provider from the directory (search as you type), or add one on the spot without leaving the
 * form: typing a name nobody has offers "Add … as a provider", which asks what they are good at.
 */
import { useState, type ReactNode } from 'react';
import { messageOf } from '../../api/errors.ts';
import { useCreateProvider, useProviders } from '../../api/providers.ts';
import { Combobox } from '../../components/Combobox.tsx';
import { TextField } from '../../components/Field.tsx';
import { useDebounced } from '../../lib/hooks.ts';
import { providerKindLabels, providerKinds, type ProviderKind } from './provider-vocabulary.ts';

export interface PickedProvider {
  id: string;
  name: string;
}

interface Props {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  picked: PickedProvider | null;
  onChange: (picked: PickedProvider | null) => void;
}

function QuickAdd({ id, name, onAdded, onCancel }: { id: string; name: string; onAdded: (p: PickedProvider) => void; onCancel: () => void }) {
  const create = useCreateProvider();
  const [kind, setKind] = useState<ProviderKind>('firm');
  const [goodAt, setGoodAt] = useState('');
  const save = () => create.mutate({ name, kind, goodAt }, { onSuccess: (p) => onAdded({ id: p.id, name: p.name }) });
  return (
    <div className="quick-add" role="group" aria-label={`Add ${name} as a provider`}>
      <p className="quick-add-title">
        Add <strong>{name}</strong> to your provider directory
      </p>
      <fieldset className="subfield">
        <legend className="sublegend">They are</legend>
        <div className="segmented">
          {providerKinds.map((k) => (
            <span key={k} className="segment">
              <input type="radio" id={`${id}-kind-${k}`} name={`${id}-kind`} checked={kind === k} onChange={() => setKind(k)} />
              <label htmlFor={`${id}-kind-${k}`}>{providerKindLabels[k]}</label>
            </span>
          ))}
        </div>
      </fieldset>
      <TextField
        id={`${id}-goodAt`}
        label="What they are good at"
        value={goodAt}
        onChange={(e) => setGoodAt(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            save();
          }
        }}
        error={create.error ? messageOf(create.error) : undefined}
      />
      <div className="inline-actions">
        <button type="button" className="button button-small" onClick={save} disabled={create.isPending}>
          {create.isPending ? 'Adding…' : 'Add provider'}
        </button>
        <button type="button" className="button button-quiet button-small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

export function ProviderPicker({ id, label, hint, error, picked, onChange }: Props) {
  const [query, setQuery] = useState('');
  const [adding, setAdding] = useState<string | null>(null);
  const q = useDebounced(query.trim(), 200);
  const search = useProviders(q, { limit: 8 });
  if (picked) {
    return (
      <div className="field">
        <span className="label" id={`${id}-label`}>
          {label}
        </span>
        <ul className="chips" aria-labelledby={`${id}-label`}>
          <li className="chip">
            <span>{picked.name}</span>
            <button type="button" id={id} aria-label={`Remove ${picked.name}`} onClick={() => onChange(null)}>
              ×
            </button>
          </li>
        </ul>
      </div>
    );
  }
  const options = (search.data?.pages[0]?.items ?? []).map((p) => ({ id: p.id, label: p.name, detail: p.goodAt }));
  return (
    <>
      <Combobox
        id={id}
        label={label}
        hint={hint}
        error={error}
        query={query}
        onQueryChange={setQuery}
        options={options}
        loading={search.isFetching || q !== query.trim()}
        onPick={(o) => onChange({ id: o.id, name: o.label })}
        onCreate={(name) => setAdding(name)}
        createLabel={(text) => `Add “${text}” as a provider`}
        placeholder="Type a firm’s or person’s name, or what they do"
      />
      {adding ? (
        <QuickAdd
          id={`${id}-new`}
          name={adding}
          onAdded={(p) => {
            setAdding(null);
            onChange(p);
          }}
          onCancel={() => setAdding(null)}
        />
      ) : null}
    </>
  );
}
