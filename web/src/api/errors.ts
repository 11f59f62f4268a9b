/**
 * The API's one error shape, `{error: {code, message, details}}`, as a thrown value the UI can read:
 * field messages for forms, the code for special cases (version_conflict, not_authenticated).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** validation_failed: {"fieldPath": "message"}, e.g. {"emails.0": "Invalid email address"}. */
    readonly fields: Record<string, string> = {},
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  static from(status: number, body: unknown): ApiError {
    const error = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | undefined)?.error;
    if (!error || typeof error.code !== 'string') {
      return new ApiError(status, 'http_error', `The server answered with an unexpected error (${status}). Try again.`);
    }
    const raw = (error.details as { fields?: unknown } | undefined)?.fields;
    const fields = raw && typeof raw === 'object' ? (raw as Record<string, string>) : {};
    return new ApiError(status, error.code, String(error.message ?? 'Something went wrong.'), fields, error.details);
  }

  static network(): ApiError {
    return new ApiError(0, 'network_error', 'Could not reach the Yellowpad server. Check your connection and try again.');
  }
}

export function isApiError(e: unknown, code?: string): e is ApiError {
  return e instanceof ApiError && (code === undefined || e.code === code);
}

export const isVersionConflict = (e: unknown): e is ApiError => isApiError(e, 'version_conflict');

/** A message for people, whatever was thrown. */
export function messageOf(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  return 'Something went wrong. Try again.';
}
