/**
 * "Shared with the client" on a need's page: give one of the need's people a private page with the plan
 * for their decision — the problem as we understand it, the journey, the commitments both ways — where they
 * confirm or correct the problem, tick off their steps and comment. The address is shown once; below, every
 * link made for this need with what can be done with it.
 */
import { useState } from 'react';
import { useEmailSettings } from '../../api/email.ts';
import type { Need } from '../../api/needs.ts';
import { useSession } from '../../api/session.ts';
import { useShareLinks, type ShareAddress, type ShareLink } from '../../api/share-links.ts';
import { LoadError, Loading } from '../../components/Status.tsx';
import { OneTimeAddress } from './OneTimeAddress.tsx';
import { ShareForm, type Party } from './ShareForm.tsx';
import { LinksMade, liveLinksByPerson } from './ShareLinkList.tsx';
import { useShowLink } from './use-show-link.ts';
import { planEmailDraft } from './share-words.ts';
import '../../styles/sharing.css';

export function NeedSharePanel({ need }: { need: Need }) {
  const session = useSession();
  const links = useShareLinks({ needId: need.id });
  const settings = useEmailSettings();
  const [created, setCreated] = useState<{ result: ShareAddress; person: Party } | null>(null);
  const [formKey, setFormKey] = useState(0);
  const { highlighted, show } = useShowLink();
  const me = session.member.name;
  const draft = (person: { fullName: string }, again = false) => planEmailDraft({ personName: person.fullName, needTitle: need.title, me, again });
  const items = links.data?.items ?? [];
  const closed = need.status === 'closed';

  return (
    <section className="need-section share-panel" aria-labelledby="share-title">
      <h2 id="share-title">Shared with the client</h2>
      <p className="share-intro">
        Give one of their people a private page with this plan: the problem as you understand it, the steps of their decision and the promises
        both ways. They can say “yes, that’s it” or put the problem in their own words, tick off their own steps and comment — no account needed.
        Each link is for one person, so whatever is done on it is theirs.
      </p>
      {links.isPending ? (
        <Loading label="Loading the links…" />
      ) : links.isError ? (
        <LoadError error={links.error} onRetry={() => void links.refetch()} />
      ) : created ? (
        <OneTimeAddress
          url={created.result.url}
          title={`${created.person.fullName}’s link is ready`}
          onDone={() => {
            setCreated(null);
            setFormKey((k) => k + 1);
          }}
        >
          <CreatedNote result={created.result} person={created.person} />
        </OneTimeAddress>
      ) : closed ? (
        <p className="muted">This need is closed, so no new links can be made. Links already made still open: the client can read the plan and comment.</p>
      ) : need.people.length === 0 ? (
        <p className="muted">Add their people to this need (Edit details, above) to share the plan with one of them.</p>
      ) : (
        <ShareForm
          key={formKey}
          id="share-need"
          people={need.people}
          live={liveLinksByPerson(items)}
          what="plan"
          emailDraft={(person) => draft(person)}
          prepare={() => ({ needId: need.id })}
          onCreated={(result, person) => setCreated({ result, person })}
          onShowLink={show}
        />
      )}
      <LinksMade
        id="share-links-title"
        title="Links to this plan"
        links={items}
        smtp={settings.data?.smtpConfigured ?? false}
        emailDraft={(link: ShareLink) => draft(link.person, true)}
        onReload={() => links.refetch()}
        reloading={links.isFetching}
        highlightedId={highlighted}
      />
    </section>
  );
}

/** Under the address just made: whether it went by email, or that it is theirs to send. */
export function CreatedNote({ result, person }: { result: ShareAddress; person: Party }) {
  if (result.emailedTo) return <p>Emailed to {result.emailedTo}. It is here as well, in case you want to send it another way too.</p>;
  if (result.emailError) {
    return (
      <p className="notice notice-warning share-email-failed" role="alert">
        The link was made, but the email could not be sent: {result.emailError} Copy the link and send it yourself, or use “Send again by email”
        below in a moment.
      </p>
    );
  }
  return <p>Send it to {person.fullName} yourself — by email or in a message. Only they should have it: whoever holds it can act on their behalf.</p>;
}
