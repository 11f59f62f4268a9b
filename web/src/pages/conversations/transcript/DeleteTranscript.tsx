/** Deleting a conversation's transcript (and its figures) asks for a second, explicit confirmation. */
import { useState } from 'react';
import { useDeleteTranscript } from '../../../api/transcripts.ts';
import { LoadError } from '../../../components/Status.tsx';

export function DeleteTranscript({ conversationId }: { conversationId: string }) {
  const remove = useDeleteTranscript(conversationId);
  const [asking, setAsking] = useState(false);
  return (
    <div className="transcript-delete">
      {remove.isError ? <LoadError error={remove.error} /> : null}
      {asking ? (
        <div className="confirm" role="group" aria-label="Confirm deleting the transcript">
          <p>Delete the transcript and its figures? The conversation and its notes stay. This cannot be undone.</p>
          <button type="button" className="button button-danger" onClick={() => remove.mutate()} disabled={remove.isPending}>
            {remove.isPending ? 'Deleting…' : 'Yes, delete the transcript'}
          </button>
          <button type="button" className="button button-quiet" onClick={() => setAsking(false)} disabled={remove.isPending} autoFocus>
            Keep it
          </button>
        </div>
      ) : (
        <button type="button" className="button button-danger-quiet button-small" onClick={() => setAsking(true)}>
          Delete the transcript
        </button>
      )}
    </div>
  );
}
