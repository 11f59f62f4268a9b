/**
 * A conversation's transcript and its listening analysis: read it (null when there is none yet), upload or
 * replace it, say which side each speaker is on, delete it. A change also refreshes the members' listening
 * trends, which are drawn from the transcripts.
 */
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';
import { isApiError } from './errors.ts';
import type { Body } from './types.ts';

const path = '/api/v1/conversations/{conversationId}/transcript' as const;
const params = (conversationId: string) => ({ path: { conversationId } });
const getTranscript = (conversationId: string, signal?: AbortSignal) => unwrap(api.GET(path, { params: params(conversationId), signal }));

/** The transcript as the API returns it (as openapi-fetch reads it), with the listening library's analysis. */
export type TranscriptView = Awaited<ReturnType<typeof getTranscript>>;
export type TranscriptAnalysis = TranscriptView['analysis'];
export type AnalysedUtterance = TranscriptAnalysis['utterances'][number];
export type ListeningFinding = TranscriptAnalysis['findings'][number];
export type ListeningTurn = TranscriptAnalysis['turns'][number];
export type SideSummary = TranscriptAnalysis['sides'][number];
export type TranscriptInput = Body<typeof path, 'put'>;
export type TranscriptFormatChoice = NonNullable<TranscriptInput['format']>;
export type SpeakerChange = Body<`${typeof path}/speakers`, 'patch'>['speakers'][number];

export const transcriptKeys = {
  one: (conversationId: string) => ['transcripts', conversationId] as const,
};

export function useTranscript(conversationId: string) {
  return useQuery({
    queryKey: transcriptKeys.one(conversationId),
    queryFn: async ({ signal }): Promise<TranscriptView | null> => {
      try {
        return await getTranscript(conversationId, signal);
      } catch (e) {
        // No transcript yet is an ordinary state of a conversation, not an error.
        if (isApiError(e, 'not_found')) return null;
        throw e;
      }
    },
  });
}

function saved(queryClient: QueryClient, conversationId: string, view: TranscriptView | null) {
  queryClient.setQueryData(transcriptKeys.one(conversationId), view);
  void queryClient.invalidateQueries({ queryKey: ['listening'] });
}

export function useSaveTranscript(conversationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TranscriptInput): Promise<TranscriptView> => unwrap(api.PUT(path, { params: params(conversationId), body })),
    onSuccess: (view) => saved(queryClient, conversationId, view),
  });
}

export function useUpdateSpeakers(conversationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { version: number; speakers: SpeakerChange[] }): Promise<TranscriptView> =>
      unwrap(api.PATCH(`${path}/speakers`, { params: params(conversationId), body })),
    onSuccess: (view) => saved(queryClient, conversationId, view),
  });
}

export function useDeleteTranscript(conversationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE(path, { params: params(conversationId) })),
    onSuccess: () => saved(queryClient, conversationId, null),
  });
}
