/** "Works until": the day a link stops working, from tomorrow to a year ahead. */
import { shareLimits } from '../../../../src/common/client-side.ts';
import { ariaFor, FieldShell } from '../../components/Field.tsx';
import { firstExpiryDay, lastExpiryDay } from './share-words.ts';

interface Props {
  id: string;
  value: string;
  onChange: (day: string) => void;
  error?: string;
  /** Under the label; the default explains the limits. */
  hint?: string;
}

export function ExpiryField({ id, value, onChange, error, hint }: Props) {
  const shown = hint ?? `${shareLimits.defaultDays} days unless you change it; at most a year. It stops working at the end of that day.`;
  return (
    <FieldShell id={id} label="Works until" hint={shown} error={error} className="share-expiry">
      <input id={id} type="date" value={value} min={firstExpiryDay()} max={lastExpiryDay()} required onChange={(e) => onChange(e.target.value)} {...ariaFor(id, shown, error)} />
    </FieldShell>
  );
}
