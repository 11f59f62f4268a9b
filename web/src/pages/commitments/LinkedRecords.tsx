/**
 * Who and what a new commitment or incident concerns: the client's person and organisation (search and
 * pick, or prefilled from the page it was started on), and a prefilled need or conversation.
 */
import type { ReactNode } from 'react';
import { useConversation } from '../../api/conversations.ts';
import { useNeed } from '../../api/needs.ts';
import { OrganizationPicker, PersonPicker } from '../../components/Pickers.tsx';
import { formatDateTime } from '../../lib/dates.ts';
import { OrganizationName, PersonName } from './ScopeNames.tsx';

export interface Links {
  personId?: string;
  organizationId?: string;
  needId?: string;
  conversationId?: string;
}

interface Props {
  idPrefix: string;
  links: Links;
  onChange: (links: Links) => void;
  personLabel: string;
  errors: Record<string, string>;
}

function NeedTitle({ id }: { id: string }) {
  return <>{useNeed(id).data?.title ?? 'A need'}</>;
}

function ConversationWhen({ id }: { id: string }) {
  const c = useConversation(id).data;
  return <>{c ? `The conversation of ${formatDateTime(c.occurredAt)}` : 'A conversation'}</>;
}

function Chip({ label, children, onRemove }: { label: string; children: ReactNode; onRemove: () => void }) {
  return (
    <ul className="chips" aria-label={label}>
      <li className="chip">
        <span>{children}</span>
        <button type="button" aria-label={`Remove: ${label}`} onClick={onRemove}>
          ×
        </button>
      </li>
    </ul>
  );
}

export function LinkedRecords({ idPrefix, links, onChange, personLabel, errors }: Props) {
  const set = (patch: Links) => onChange({ ...links, ...patch });
  return (
    <fieldset className="fieldset">
      <legend>Who it concerns</legend>
      {links.personId ? (
        <div className="field">
          <span className="label">{personLabel}</span>
          <Chip label={personLabel} onRemove={() => set({ personId: undefined })}>
            <PersonName id={links.personId} />
          </Chip>
        </div>
      ) : (
        <PersonPicker id={`${idPrefix}-personId`} label={personLabel} error={errors.personId} exclude={[]} onPick={(p) => set({ personId: p.id })} />
      )}
      {links.organizationId ? (
        <div className="field">
          <span className="label">Organisation</span>
          <Chip label="Organisation" onRemove={() => set({ organizationId: undefined })}>
            <OrganizationName id={links.organizationId} />
          </Chip>
        </div>
      ) : (
        <OrganizationPicker id={`${idPrefix}-organizationId`} label="Organisation" error={errors.organizationId} exclude={[]} onPick={(o) => set({ organizationId: o.id })} />
      )}
      {links.needId ? (
        <div className="field">
          <span className="label">Need</span>
          <Chip label="Need" onRemove={() => set({ needId: undefined })}>
            <NeedTitle id={links.needId} />
          </Chip>
        </div>
      ) : null}
      {links.conversationId ? (
        <div className="field">
          <span className="label">Promised in</span>
          <Chip label="Conversation" onRemove={() => set({ conversationId: undefined })}>
            <ConversationWhen id={links.conversationId} />
          </Chip>
        </div>
      ) : null}
    </fieldset>
  );
}
