/**
 * "Transcript and listening" on a conversation's page: upload or paste the call's transcript, then see
 * who talked how much, the turns, the questions each side asked, findings with the lines that show them,
 * and the transcript itself. Private to the firm: it is there to help us listen more than we talk.
 */
import { useTranscript } from '../../../api/transcripts.ts';
import type { Conversation } from '../../../api/types.ts';
import { LoadError, Loading } from '../../../components/Status.tsx';
import { TranscriptReport } from './TranscriptReport.tsx';
import { TranscriptUpload } from './TranscriptUpload.tsx';
import '../../../styles/listening.css';
import '../../../styles/listening-transcript.css';

export function TranscriptSection({ conversation }: { conversation: Conversation }) {
  const transcript = useTranscript(conversation.id);
  return (
    <section id="transcript" className="listening-section" aria-labelledby="transcript-title">
      <h2 id="transcript-title">Transcript and listening</h2>
      {transcript.isPending ? (
        <Loading label="Loading the transcript…" />
      ) : transcript.isError ? (
        <LoadError error={transcript.error} onRetry={() => void transcript.refetch()} />
      ) : transcript.data ? (
        <TranscriptReport conversationId={conversation.id} transcript={transcript.data} />
      ) : (
        <>
          <div className="listening-intro">
            <p>
              Add the call’s transcript to see whether we listened more than we talked: each side’s share of the talk, the
              questions we asked, long monologues and the lines that can cost trust — each with the exact lines as evidence.
            </p>
            <p className="muted">Private to your firm. It is for learning, not for scoring anyone.</p>
          </div>
          <TranscriptUpload conversationId={conversation.id} />
        </>
      )}
    </section>
  );
}
