/**
 * One choice among a few, as real radio buttons in a fieldset: compact segments, or cards with a hint
 * under each label (tied to its radio with aria-describedby).
 */
interface Option<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

interface Props<T extends string> {
  /** Prefix of the radios' ids; the first radio's id is `${id}-${first value}`. */
  id: string;
  legend: string;
  options: readonly Option<T>[];
  value: T | null;
  onChange: (value: T) => void;
  error?: string;
  variant?: 'segments' | 'cards';
}

export function RadioChoices<T extends string>({ id, legend, options, value, onChange, error, variant = 'segments' }: Props<T>) {
  return (
    <fieldset className={`field need-choice-field${error ? ' has-error' : ''}`} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="label">{legend}</legend>
      <div className={variant === 'cards' ? 'need-choice-cards' : 'segmented'}>
        {options.map((o) => {
          const radioId = `${id}-${o.value}`;
          return (
            <span key={o.value} className={variant === 'cards' ? 'need-choice-card' : 'segment'}>
              <input
                type="radio"
                id={radioId}
                name={id}
                value={o.value}
                checked={value === o.value}
                onChange={() => onChange(o.value)}
                aria-describedby={o.hint ? `${radioId}-hint` : undefined}
              />
              <label htmlFor={radioId}>{o.label}</label>
              {o.hint ? (
                <span className="need-choice-hint" id={`${radioId}-hint`}>
                  {o.hint}
                </span>
              ) : null}
            </span>
          );
        })}
      </div>
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
