/**
 * How often the demo firm means to talk to its key people (stay in touch at least every N days). Three
 * of them are losing touch as the arcs stand: Sunil (the ERP choice is his, and we last spoke months ago),
 * Rosalind (since the Open Harbour year-end) and Walter (since the call about the land).
 */
export const demoCadences: Record<string, number> = {
  ruth: 45,
  sunil: 60,
  rosalind: 60,
  walter: 120,
  jo: 180,
  gideon: 45,
  lucia: 45,
  martin: 120,
  farah: 45,
  raj: 30,
  sandra: 120,
  kwame: 60,
};
