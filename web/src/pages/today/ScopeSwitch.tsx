/** Mine or the whole firm's: two radio segments. Incidents, journeys and losing touch are always firm-wide. */
import type { TodayScope } from '../../api/today.ts';

const choices: { scope: TodayScope; label: string }[] = [
  { scope: 'mine', label: 'Mine' },
  { scope: 'firm', label: 'Whole firm' },
];

export function ScopeSwitch({ scope, onChange }: { scope: TodayScope; onChange: (scope: TodayScope) => void }) {
  return (
    <fieldset className="today-scope" aria-describedby="today-scope-hint">
      <legend className="label">Whose follow-ups, commitments and open loops</legend>
      <div className="segmented">
        {choices.map((c) => (
          <span key={c.scope} className="segment">
            <input type="radio" id={`today-scope-${c.scope}`} name="today-scope" value={c.scope} checked={scope === c.scope} onChange={() => onChange(c.scope)} />
            <label htmlFor={`today-scope-${c.scope}`}>{c.label}</label>
          </span>
        ))}
      </div>
      <p className="hint" id="today-scope-hint">
        Incidents, journeys and people losing touch are always the whole firm’s.
      </p>
    </fieldset>
  );
}
