/**
 * Limits and vocabularies shared by the server's schemas and the web app's forms, defined once.
 */
export const limits = {
  nameMax: 200,
  emailMax: 254,
  emailsPerPerson: 10,
  phonesPerPerson: 10,
  phoneMax: 40,
  notesMax: 20_000,
  summaryMax: 5_000,
  facetMax: 20_000,
  passwordMin: 10,
  passwordMax: 200,
  pageSizeDefault: 50,
  pageSizeMax: 200,
  searchMax: 200,
  participantsMax: 50,
} as const;

export const channels = ['meeting', 'call', 'video', 'email', 'message', 'meal', 'other'] as const;
export type Channel = (typeof channels)[number];

export const channelLabels: Record<Channel, string> = {
  meeting: 'Meeting',
  call: 'Phone call',
  video: 'Video call',
  email: 'Email',
  message: 'Message',
  meal: 'Meal',
  other: 'Other',
};

/**
 * The yellow-pad facets: what the client told us, in their words. Ordered as the form asks them —
 * the client's situation and words first, our reading of how they decide later.
 */
export const noteFacets = [
  'inTheirWords',
  'situation',
  'goals',
  'challenges',
  'concerns',
  'externalDrivers',
  'motivationToChange',
  'decisionProcess',
  'personal',
] as const;
export type NoteFacet = (typeof noteFacets)[number];
export type Notes = Partial<Record<NoteFacet, string>>;

export const facetLabels: Record<NoteFacet, { label: string; prompt: string }> = {
  inTheirWords: { label: 'In their words', prompt: 'Verbatim quotes: what they said, exactly as they said it.' },
  situation: { label: 'Situation', prompt: 'Where they are today, as they describe it.' },
  goals: { label: 'Goals', prompt: 'What they want to achieve or change.' },
  challenges: { label: 'Challenges', prompt: 'What stands in their way.' },
  concerns: { label: 'Concerns', prompt: 'What worries them, including about working with us.' },
  externalDrivers: { label: 'External drivers', prompt: 'Deadlines, regulation, market or board pressure.' },
  motivationToChange: { label: 'Motivation to change', prompt: 'Why now? What happens if nothing changes?' },
  decisionProcess: { label: 'How they decide and invest', prompt: 'Who decides, how, by when, with what budget.' },
  personal: { label: 'Personal', prompt: 'What matters to them as a person (career, family, values).' },
};

export const roles = ['owner', 'member'] as const;
export type Role = (typeof roles)[number];
