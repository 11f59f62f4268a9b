/**
 * Importing contacts files: upload (the raw bytes, with upload progress), preview with a corrected format
 * or column mapping, start, follow the background job until it ends, cancel; and the recent imports.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';
import { ApiError, isApiError } from './errors.ts';
import { forgetSession, sessionQuery } from './session.ts';
import type { Body, Ok } from './types.ts';

export type ImportJob = Ok<'/api/v1/imports/{id}', 'get'>;
export type ImportPreview = Ok<'/api/v1/imports/{id}/preview', 'post'>;
export type ImportUpload = Ok<'/api/v1/imports', 'post'>;
export type ImportMapping = NonNullable<Body<'/api/v1/imports/{id}/preview', 'post'>['mapping']>;
export type ImportField = ImportMapping[number]['field'];
export type ImportRecord = ImportPreview['sample'][number];
/** What the person asked the file to be read as: the detected format, or CSV or vCard. */
export type ReadAs = 'auto' | 'csv' | 'vcard';

/** Polling interval while an import waits or runs. */
const POLL_MS = 700;

export const importKeys = {
  list: ['imports', 'list'] as const,
  one: (id: string) => ['imports', 'one', id] as const,
  preview: (id: string, readAs: ReadAs, mapping: ImportMapping | undefined) => ['imports', 'preview', id, readAs, mapping ?? null] as const,
};

export const isActive = (job: Pick<ImportJob, 'status'>) => job.status === 'queued' || job.status === 'running';
export const hasEnded = (job: Pick<ImportJob, 'status'>) => job.status === 'done' || job.status === 'failed' || job.status === 'cancelled';

/** The firm's recent imports; refreshed every few seconds while one of them runs. */
export function useImportList() {
  return useQuery({
    queryKey: importKeys.list,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/imports', { signal })),
    refetchInterval: (query) => (query.state.data?.items.some(isActive) ? 3000 : false),
  });
}

/** One import, polled while it waits or runs. */
export function useImportJob(id: string) {
  return useQuery({
    queryKey: importKeys.one(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/imports/{id}', { params: { path: { id } }, signal })),
    refetchInterval: (query) => (query.state.data && isActive(query.state.data) ? POLL_MS : false),
  });
}

/** The preview of an uploaded file as read with `readAs` and `mapping` (the detected mapping when undefined). */
export function useImportPreview(id: string, readAs: ReadAs, mapping: ImportMapping | undefined) {
  return useQuery({
    queryKey: importKeys.preview(id, readAs, mapping),
    queryFn: ({ signal }) =>
      unwrap(api.POST('/api/v1/imports/{id}/preview', { params: { path: { id } }, body: { format: readAs === 'auto' ? undefined : readAs, mapping }, signal })),
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
}

/** POSTs the file as the raw body; XMLHttpRequest, not fetch, because it reports upload progress. */
function sendFile(file: File, csrfToken: string | null, onProgress: (share: number) => void): Promise<ImportUpload> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1/imports?fileName=${encodeURIComponent(file.name)}`);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.setRequestHeader('Accept', 'application/json');
    if (csrfToken) xhr.setRequestHeader('X-CSRF-Token', csrfToken);
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => (xhr.status === 201 ? resolve(xhr.response as ImportUpload) : reject(ApiError.from(xhr.status, xhr.response)));
    xhr.onerror = () => reject(ApiError.network());
    xhr.send(file);
  });
}

/**
 * Uploads a file and returns its job and first preview (both cached). Like the API client, it retries once
 * with a fresh CSRF token when the server refuses the one in hand, and ends the session on a 401.
 */
async function uploadFile(queryClient: QueryClient, file: File, onProgress: (share: number) => void): Promise<ImportUpload> {
  const token = queryClient.getQueryData(sessionQuery.queryKey)?.csrfToken ?? null;
  try {
    return await sendFile(file, token, onProgress);
  } catch (err) {
    if (isApiError(err, 'not_authenticated')) forgetSession(queryClient);
    if (!isApiError(err, 'csrf_token_invalid')) throw err;
    const session = await queryClient.fetchQuery({ ...sessionQuery, staleTime: 0 });
    return sendFile(file, session?.csrfToken ?? null, onProgress);
  }
}

export function useUploadImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, onProgress }: { file: File; onProgress: (share: number) => void }) => uploadFile(queryClient, file, onProgress),
    onSuccess: ({ job, preview }) => {
      queryClient.setQueryData(importKeys.one(job.id), job);
      queryClient.setQueryData(importKeys.preview(job.id, 'auto', undefined), preview);
      void queryClient.invalidateQueries({ queryKey: importKeys.list });
    },
  });
}

function useJobMutation<V>(id: string, call: (input: V) => Promise<ImportJob>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (job) => {
      queryClient.setQueryData(importKeys.one(id), job);
      void queryClient.invalidateQueries({ queryKey: importKeys.list });
    },
    // A colleague (or another tab) may have started or cancelled it: show where it is now.
    onError: () => void queryClient.invalidateQueries({ queryKey: importKeys.one(id) }),
  });
}

export const useStartImport = (id: string) =>
  useJobMutation(id, (body: Body<'/api/v1/imports/{id}/start', 'post'>) => unwrap(api.POST('/api/v1/imports/{id}/start', { params: { path: { id } }, body })));

export const useCancelImport = (id: string) =>
  useJobMutation(id, (version: number) => unwrap(api.POST('/api/v1/imports/{id}/cancel', { params: { path: { id } }, body: { version } })));

/** After an import ends, the people, organisations and Today lists have new rows. */
export function refreshAfterImport(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: ['people'] });
  void queryClient.invalidateQueries({ queryKey: ['organizations'] });
  void queryClient.invalidateQueries({ queryKey: ['today'] });
  void queryClient.invalidateQueries({ queryKey: importKeys.list });
}
