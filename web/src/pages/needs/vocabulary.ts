/** The practices' vocabularies, labels and limits and the day arithmetic, shared with the server. */
export * from '../../../../src/common/practices.ts';
export { addDays, localDay } from '../../../../src/common/days.ts';
