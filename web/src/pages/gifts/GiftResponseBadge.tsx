/** The client's response to a gift as a small badge: pending is quiet, used and appreciated are good news. */
import { giftResponseLabels, type GiftResponse } from './gift-vocabulary.ts';

export function GiftResponseBadge({ response }: { response: GiftResponse }) {
  return <span className={`badge badge-response-${response}`}>{giftResponseLabels[response]}</span>;
}
