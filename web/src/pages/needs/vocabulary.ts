/** The practices' vocabularies, labels and limits (shared with the server), and how the needs pages say them. */
import { confirmationMethodLabels, type ConfirmationMethod } from '../../../../src/common/practices.ts';

export * from '../../../../src/common/practices.ts';

/** "in person", "by email": how a confirmation came, to follow a name in a sentence. */
export const howPhrase = (how: ConfirmationMethod) => confirmationMethodLabels[how].toLowerCase();
