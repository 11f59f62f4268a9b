/** Add or edit an organisation: name, website, industry, notes. */
import { useState, type FormEvent, type ReactNode } from 'react';
import type { Organization, OrganizationInput } from '../../api/types.ts';
import { ErrorSummary, fieldErrors } from '../../components/ErrorSummary.tsx';
import { TextArea, TextField } from '../../components/Field.tsx';
import { FormActions } from '../../components/FormActions.tsx';

export type OrganizationValues = Required<Pick<OrganizationInput, 'name' | 'website' | 'industry' | 'notes'>>;

const labels = { name: 'Name', website: 'Website', industry: 'Industry', notes: 'Notes' };
const ID = 'organization';

interface Props {
  organization?: Organization;
  onSubmit: (values: OrganizationValues) => void;
  pending: boolean;
  error: unknown;
  submitLabel: string;
  cancel: ReactNode;
  notice?: ReactNode;
}

export function OrganizationForm({ organization: o, onSubmit, pending, error, submitLabel, cancel, notice }: Props) {
  const [values, setValues] = useState({
    name: o?.name ?? '',
    website: o?.website ?? '',
    industry: o?.industry ?? '',
    notes: o?.notes ?? '',
  });
  const errors = fieldErrors(error);
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value }));

  function submit(e: FormEvent) {
    e.preventDefault();
    onSubmit({
      name: values.name,
      website: values.website.trim() || null,
      industry: values.industry.trim() || null,
      notes: values.notes.trim() || null,
    });
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      {notice}
      <ErrorSummary error={error} labels={labels} idFor={(path) => `${ID}-${path}`} />
      <TextField id={`${ID}-name`} label="Name" autoComplete="off" value={values.name} onChange={set('name')} error={errors.name} />
      <div className="field-row">
        <TextField id={`${ID}-website`} label="Website" placeholder="example.com" value={values.website} onChange={set('website')} error={errors.website} />
        <TextField id={`${ID}-industry`} label="Industry" placeholder="e.g. Manufacturing" value={values.industry} onChange={set('industry')} error={errors.industry} />
      </div>
      <TextArea
        id={`${ID}-notes`}
        label="Notes"
        hint="What is worth knowing about them as a whole: history with your firm, structure, who refers whom."
        rows={3}
        value={values.notes}
        onChange={set('notes')}
        error={errors.notes}
      />
      <FormActions pending={pending} submitLabel={submitLabel} cancel={cancel} />
    </form>
  );
}
