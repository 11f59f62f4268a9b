/**
 * "Send ‘what I heard’" on a conversation's page: play the notes back to one of the people in it, on a
 * private page where they answer "yes, that's right" or correct it in their words. The recap is drafted from
 * the ticked parts of the notes (nothing confidential unless ticked) and editable before it is shared. Below,
 * the recaps sent from this conversation, each with the client's answer beside what they read.
 */
import { useState } from 'react';
import { defaultRecapParts, draftRecap, recapParts, type RecapPart } from '../../../../src/common/recap-draft.ts';
import { useEmailSettings } from '../../api/email.ts';
import { useSession } from '../../api/session.ts';
import { useShareLinks, type ShareAddress, type ShareLink } from '../../api/share-links.ts';
import type { Conversation } from '../../api/types.ts';
import { LoadError, Loading } from '../../components/Status.tsx';
import { CreatedNote } from './NeedSharePanel.tsx';
import { OneTimeAddress } from './OneTimeAddress.tsx';
import { RecapFields } from './RecapFields.tsx';
import { ShareForm, type Party } from './ShareForm.tsx';
import { LinksMade, liveLinksByPerson } from './ShareLinkList.tsx';
import { recapEmailDraft } from './share-words.ts';
import { useShowLink } from './use-show-link.ts';
import '../../styles/sharing.css';

const ID = 'share-recap';

function hasText(part: RecapPart, c: Conversation) {
  const text = part === 'summary' ? c.summary : c.notes[part];
  return typeof text === 'string' && text.trim().length > 0;
}

export function RecapSharePanel({ conversation: c }: { conversation: Conversation }) {
  const session = useSession();
  const links = useShareLinks({ conversationId: c.id });
  const settings = useEmailSettings();
  const [created, setCreated] = useState<{ result: ShareAddress; person: Party } | null>(null);
  const [formKey, setFormKey] = useState(0);
  const { highlighted, show } = useShowLink();
  const [ticked, setTicked] = useState<RecapPart[]>(() => defaultRecapParts(c.notes, c.summary));
  // The recap as the professional typed it; null while it follows the ticked parts.
  const [typed, setTyped] = useState<string | null>(null);
  const [textProblem, setTextProblem] = useState<string | null>(null);
  const available = recapParts.filter((part) => hasText(part, c));
  const me = session.member.name;
  const draftEmail = (person: { fullName: string }, again = false) => recapEmailDraft({ personName: person.fullName, occurredAt: c.occurredAt, me, again });
  const recapFor = (person: Party) => typed ?? draftRecap({ notes: c.notes, summary: c.summary, include: ticked, clientName: person.fullName });
  const items = links.data?.items ?? [];

  function tick(part: RecapPart, on: boolean) {
    setTicked((now) => (on ? [...now, part] : now.filter((p) => p !== part)));
  }

  function restart() {
    setCreated(null);
    setTyped(null);
    setTicked(defaultRecapParts(c.notes, c.summary));
    setFormKey((k) => k + 1);
  }

  return (
    <section className="panel share-panel recap-share" aria-labelledby="recap-share-title">
      <h2 id="recap-share-title">Send “what I heard”</h2>
      <p className="share-intro">
        Play back what they told you, so they can say “yes, that’s right” or correct you in their own words. Their answer shows here, and never
        changes your notes.
      </p>
      {links.isPending ? (
        <Loading label="Loading the recaps…" />
      ) : links.isError ? (
        <LoadError error={links.error} onRetry={() => void links.refetch()} />
      ) : created ? (
        <OneTimeAddress url={created.result.url} title={`${created.person.fullName}’s recap is ready`} onDone={restart}>
          <CreatedNote result={created.result} person={created.person} />
        </OneTimeAddress>
      ) : c.people.length === 0 ? (
        <p className="muted">Add who took part on their side (Edit, above) to send one of them what you heard.</p>
      ) : (
        <ShareForm
          key={formKey}
          id={ID}
          people={c.people}
          live={liveLinksByPerson(items)}
          what="recap"
          emailDraft={(person) => draftEmail(person)}
          labels={{ recapText: 'What you heard' }}
          prepare={(person) => {
            const recapText = recapFor(person).trim();
            setTextProblem(recapText ? null : 'Write what you heard, or tick a part of the notes to draft it from.');
            return recapText ? { conversationId: c.id, recapText } : null;
          }}
          onCreated={(result, person) => setCreated({ result, person })}
          onShowLink={show}
        >
          {(person, errors) => (
            <RecapFields
              id={ID}
              available={available}
              ticked={ticked}
              onTick={tick}
              text={recapFor(person)}
              onText={(text) => {
                setTyped(text);
                setTextProblem(null);
              }}
              edited={typed !== null}
              onRedraft={() => setTyped(null)}
              error={textProblem ?? errors.recapText}
            />
          )}
        </ShareForm>
      )}
      <LinksMade
        id="recap-links-title"
        title="Recaps sent from this conversation"
        links={items}
        smtp={settings.data?.smtpConfigured ?? false}
        emailDraft={(link: ShareLink) => draftEmail(link.person, true)}
        onReload={() => links.refetch()}
        reloading={links.isFetching}
        highlightedId={highlighted}
      />
    </section>
  );
}
