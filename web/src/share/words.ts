/**
 * How the client's page says things: second person ("You", "Us", "Together"), calendar days as people read
 * them, and the limits shared with the server. The professional's labels ("The client", "They promised")
 * are for the other side of the table and are not used here.
 */
import type { StepOwnerSide, StepStatus } from '../../../src/common/practices.ts';
import { formatDay, formatMoment } from '../lib/days.ts';

export { shareLimits, trustDimensions, trustScale, trustStatements, type TrustDimension } from '../../../src/common/client-side.ts';
export { formatDay, formatMoment };

export const ownerWords: Record<StepOwnerSide, string> = { client: 'You', us: 'Us', both: 'Together' };

export const stepStatusWords: Record<StepStatus, string> = { planned: 'Planned', in_progress: 'In progress', done: 'Done', skipped: 'Skipped' };

const numbers = new Intl.NumberFormat('en-GB');
/** "1,234 of 2,000": how much of a text box's room is used. */
export const counterText = (used: number, max: number) => `${numbers.format(used)} of ${numbers.format(max)} characters`;
