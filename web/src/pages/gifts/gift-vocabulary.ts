/** Gift kinds and responses as the web app shows them (defined once in src/common/practices.ts). */
export { giftKindLabels, giftKinds, giftResponseLabels, giftResponses, type GiftKind, type GiftResponse } from '../../../../src/common/practices.ts';
