/**
 * Yellowpad's one error vocabulary. Use cases throw AppError with a stable code; the HTTP layer maps the
 * code to a status in one place (http/error-handler.ts) and the CLI prints the message.
 */
export const errorStatus = {
  validation_failed: 400,
  invalid_json: 400,
  invalid_cursor: 400,
  not_authenticated: 401,
  invalid_credentials: 401,
  csrf_token_invalid: 403,
  forbidden: 403,
  not_your_step: 403,
  not_found: 404,
  route_not_found: 404,
  version_conflict: 409,
  email_taken: 409,
  invitation_used: 409,
  data_dir_locked: 409,
  need_closed: 409,
  need_not_closed: 409,
  problem_statement_stale: 409,
  first_statement_exists: 409,
  already_confirmed: 409,
  journey_order_mismatch: 409,
  commitment_already_resolved: 409,
  commitment_past_due: 409,
  follow_up_closed: 409,
  already_closed_out: 409,
  incident_step_out_of_order: 409,
  incident_step_already_done: 409,
  provider_in_use: 409,
  import_already_started: 409,
  import_finished: 409,
  share_link_exists: 409,
  share_link_revoked: 409,
  suggestion_resolved: 409,
  recap_already_answered: 409,
  check_in_too_soon: 409,
  share_link_gone: 410,
  follow_up_not_specific: 422,
  transcript_unreadable: 422,
  export_unreadable: 422,
  share_person_not_involved: 422,
  recap_empty: 422,
  demo_disabled: 403,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  email_not_sent: 502,
  email_not_configured: 503,
  internal_error: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** Another firm's record and a missing record look the same: never confirm that something exists. */
export function notFound(what: string): AppError {
  return new AppError('not_found', `No ${what} with that id in your firm.`);
}

/** An update based on an old copy of the record: the caller must reload and reapply. */
export function versionConflict(what: string, current: number): AppError {
  return new AppError(
    'version_conflict',
    `This ${what} was changed by someone else since you loaded it. Reload it and apply your change again.`,
    { currentVersion: current },
  );
}
