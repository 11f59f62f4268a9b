/** Pick one of the firm's members (you first), e.g. who promised something or who follows it up. */
import { useMembers } from '../../api/members.ts';
import { useSession } from '../../api/session.ts';
import { ariaFor, FieldShell } from '../../components/Field.tsx';

interface Props {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (memberId: string) => void;
}

export function MemberSelect({ id, label, hint, error, value, onChange }: Props) {
  const members = useMembers();
  const me = useSession().member;
  const others = (members.data?.items ?? []).filter((m) => m.id !== me.id);
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} {...ariaFor(id, hint, error)}>
        {value === '' ? <option value="">No one yet</option> : null}
        <option value={me.id}>{me.name} (you)</option>
        {others.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
