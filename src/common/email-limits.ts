/** Limits of an email sent from Yellowpad, shared by the server's schema and the web app's form. */
export const emailLimits = {
  subjectMax: 200,
  bodyMax: 20_000,
} as const;
