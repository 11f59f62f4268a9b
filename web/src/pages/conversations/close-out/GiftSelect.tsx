/** "Was it a gift?": a select of the person's recorded gifts, and a link to record a new one. */
import { Link } from '@tanstack/react-router';
import { useGifts } from '../../../api/gifts.ts';
import { FieldShell } from '../../../components/Field.tsx';
import { formatDay } from '../../../lib/days.ts';

interface Props {
  id: string;
  personId: string | null;
  conversationId: string;
  giftId: string;
  onChange: (giftId: string) => void;
  error?: string;
}

export function GiftSelect({ id, personId, conversationId, giftId, onChange, error }: Props) {
  const gifts = useGifts({ personId: personId ?? undefined, limit: 20 }, { enabled: Boolean(personId) });
  if (!personId) return null;
  const items = gifts.data?.pages.flatMap((p) => p.items) ?? [];
  const record = (
    <Link to="/gifts/new" search={{ personId, conversationId }}>
      record a new gift
    </Link>
  );
  if (items.length === 0) {
    return <p className="hint">If it was something you made for them, you can also {record}.</p>;
  }
  return (
    <FieldShell id={id} label="Was it one of their gifts? (optional)" hint={<>Link it, or {record}.</>} error={error}>
      <select id={id} value={giftId} onChange={(e) => onChange(e.target.value)}>
        <option value="">Not a recorded gift</option>
        {items.map((g) => (
          <option key={g.id} value={g.id}>
            {g.title} ({formatDay(g.givenOn)})
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
