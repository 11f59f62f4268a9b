/**
 * The question detector against human labels, on the held-out half of each corpus (the conversations
 * the rules were not developed on): see tests/fixtures/listening/README.md and `npm run eval:listening`.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../scripts/eval-listening/evaluate.ts';

describe('question detector on held-out human labels', () => {
  const evaluation = evaluate();

  it('finds the PersuasionForGood utterances that ask, with F1 ≥ 0.85, beating the "contains ?" baseline', () => {
    const { detector, baseline } = evaluation.persuasionUtterances;
    expect(detector.heldOut.f1).toBeGreaterThanOrEqual(0.85);
    expect(detector.heldOut.f1).toBeGreaterThan(baseline.heldOut.f1);
  });

  it('beats the "contains ?" baseline sentence by sentence too', () => {
    const { detector, baseline } = evaluation.persuasion;
    expect(detector.heldOut.f1).toBeGreaterThan(baseline.heldOut.f1);
    expect(detector.heldOut.precision).toBeGreaterThan(baseline.heldOut.precision);
  });

  it('finds CaSiNo preference questions with recall ≥ 0.85', () => {
    expect(evaluation.casino.detector.heldOut.recall).toBeGreaterThanOrEqual(0.85);
  });

  it('tells open from closed as the annotator did, on ≥ 94% of the questions it finds', () => {
    const { openClosed } = evaluation;
    expect(openClosed.available, 'tests/fixtures/listening/open-closed-labels.jsonl is missing').toBe(true);
    expect(openClosed.unmatched).toBe(0);
    expect(openClosed.heldOut.labelled).toBeGreaterThan(0);
    expect(openClosed.heldOut.accuracy).toBeGreaterThanOrEqual(0.94);
  });
});
