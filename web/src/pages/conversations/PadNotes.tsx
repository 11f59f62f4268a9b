/**
 * The yellow pad: what the client told us. "In their words" comes first (verbatim quotes), then each
 * facet with its prompt. All optional, all growing as you write, on ruled paper.
 */
import { GrowingTextarea } from '../../components/Field.tsx';
import { facetLabels, limits, noteFacets, type NoteFacet } from '../../lib/vocabulary.ts';

export type FacetValues = Record<NoteFacet, string>;

export const emptyFacets = (): FacetValues => Object.fromEntries(noteFacets.map((f) => [f, ''])) as FacetValues;

interface Props {
  idPrefix: string;
  values: FacetValues;
  onChange: (facet: NoteFacet, value: string) => void;
  errors: Record<string, string>;
}

export function PadNotes({ idPrefix, values, onChange, errors }: Props) {
  return (
    <section className="pad" aria-labelledby={`${idPrefix}-pad-title`}>
      <div className="pad-intro">
        <h2 id={`${idPrefix}-pad-title`}>What they told you</h2>
        <p>Listen more than you talk. Write down their words and their view of things — not your pitch. Everything here is optional.</p>
      </div>
      {noteFacets.map((facet) => {
        const id = `${idPrefix}-notes-${facet}`;
        const error = errors[`notes.${facet}`];
        const { label, prompt } = facetLabels[facet];
        const lead = facet === 'inTheirWords';
        return (
          <div key={facet} className={`field pad-field${lead ? ' pad-lead' : ''}${error ? ' has-error' : ''}`}>
            <label htmlFor={id}>{label}</label>
            <p className="hint" id={`${id}-hint`}>
              {prompt}
            </p>
            <GrowingTextarea
              id={id}
              className="ruled"
              rows={lead ? 4 : 2}
              maxLength={limits.facetMax}
              value={values[facet]}
              onChange={(e) => onChange(facet, e.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
              placeholder={lead ? '“…”' : undefined}
            />
            {error ? (
              <p className="field-error" id={`${id}-error`}>
                {error}
              </p>
            ) : null}
          </div>
        );
      })}
    </section>
  );
}
