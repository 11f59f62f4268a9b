/** Whose promise it is, as two big radio choices: "We promised them" or "They promised us". */
import type { CommitmentInput } from '../../api/commitments.ts';

type Side = CommitmentInput['side'];

const choices: { value: Side; label: string; hint: string }[] = [
  { value: 'us', label: 'We promised them', hint: 'Something we will do or send for the client, by a date.' },
  { value: 'client', label: 'They promised us', hint: 'Something the client will do or send us, by a date.' },
];

export function SideChoice({ id, value, onChange }: { id: string; value: Side; onChange: (side: Side) => void }) {
  return (
    <fieldset className="field side-choices">
      <legend className="label">Whose promise is it?</legend>
      <div className="side-choice-row">
        {choices.map((c) => {
          const radioId = `${id}-${c.value}`;
          return (
            <div key={c.value} className="side-choice">
              <input type="radio" id={radioId} name={id} value={c.value} checked={value === c.value} onChange={() => onChange(c.value)} aria-describedby={`${radioId}-hint`} />
              <label htmlFor={radioId}>
                <span className="side-choice-label">{c.label}</span>
                <span className="side-choice-hint" id={`${radioId}-hint`}>
                  {c.hint}
                </span>
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
