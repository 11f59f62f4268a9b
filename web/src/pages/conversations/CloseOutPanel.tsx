/**
 * The close-out after a conversation (the 10% rule), shown on the conversation's page: an invitation to
 * close the loop while it is open, a summary of what was recorded once it is. Reachable as
 * /conversations/$id#close-out (Today's open loops link there).
 */
import { useEffect, useRef } from 'react';
import { useCloseOut } from '../../api/close-outs.ts';
import type { Conversation } from '../../api/types.ts';
import { LoadError, Loading } from '../../components/Status.tsx';
import { CloseOutForm } from './close-out/CloseOutForm.tsx';
import { CloseOutSummary } from './close-out/CloseOutSummary.tsx';
import '../../styles/helping.css';

export function CloseOutPanel({ conversation }: { conversation: Conversation }) {
  const closeOut = useCloseOut(conversation.id);
  const ref = useRef<HTMLElement>(null);
  const loaded = closeOut.isSuccess;

  // Arriving by the #close-out link: the panel appears after its data, so scroll to it then.
  useEffect(() => {
    if (loaded && window.location.hash === '#close-out') ref.current?.scrollIntoView({ block: 'start' });
  }, [loaded]);

  return (
    <section id="close-out" ref={ref} className={`close-out${closeOut.data?.closeOut ? ' is-closed' : ''}`} aria-labelledby="close-out-title">
      {closeOut.isPending ? (
        <Loading label="Loading the close-out…" />
      ) : closeOut.isError ? (
        <LoadError error={closeOut.error} onRetry={() => void closeOut.refetch()} />
      ) : closeOut.data.closeOut ? (
        <CloseOutSummary closeOut={closeOut.data.closeOut} />
      ) : (
        <CloseOutForm conversation={conversation} />
      )}
    </section>
  );
}
