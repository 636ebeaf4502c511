import { describe, expect, it } from 'vitest';
import { trainDecision, type DecisionExample } from '../../scripts/train-decision.js';
import { trainSentences, type Row } from '../../scripts/train-sentences.js';

// The chooser and the answer-or-refuse model are convex fits by gradient descent over features kept
// in typed arrays (scripts/sparse.ts). Fitted to a small set with no penalty, they must land on the
// maximum-likelihood weights, where the fitted probabilities are the rates of the data: near them
// at their default epochs (which stop short of convergence on purpose, see DECISION_EPOCHS), on
// them when run long enough.

describe('the answer-or-refuse model’s fitting', () => {
  const example = (marked: boolean, answerable: boolean): DecisionExample => ({
    features: new Map<string, number>(marked ? [['bias', 1], ['marked', 1]] : [['bias', 1]]),
    answerable,
    kind: answerable ? 'answerable' : 'answer removed',
    shape: 'asked',
  });
  // Unmarked questions: 2 of 10 answerable; marked ones: 9 of 10.
  const data = [...Array.from({ length: 10 }, (_, i) => example(false, i < 2)), ...Array.from({ length: 10 }, (_, i) => example(true, i < 9))];
  const logit = (p: number) => Math.log(p / (1 - p));

  it('reaches the maximum-likelihood weights: the rates of the data', () => {
    const near = trainDecision(data, undefined, undefined, 0);
    expect(Math.abs(near.bias! - logit(0.2))).toBeLessThan(0.02);
    expect(Math.abs(near.bias! + near.marked! - logit(0.9))).toBeLessThan(0.02);
    const converged = trainDecision(data, 2000, undefined, 0);
    expect(converged.bias).toBeCloseTo(logit(0.2), 3);
    expect(converged.bias! + converged.marked!).toBeCloseTo(logit(0.9), 3);
  });

  it('gives the same weights from the same data', () => {
    expect(trainDecision(data)).toEqual(trainDecision(data));
  });
});

describe('the sentence chooser’s fitting', () => {
  // Two sentences per question; the one with the question's words holds the answer in 8 of 10.
  const question = (wordsHold: boolean): Row[] => [
    { features: new Map([['words', 1]]), gold: wordsHold },
    { features: new Map([['length', 1]]), gold: !wordsHold },
  ];
  const data = Array.from({ length: 10 }, (_, i) => question(i < 8));

  it('reaches the maximum-likelihood weights: the sentence with the words first 8 times in 10', () => {
    const w = trainSentences(data, undefined, undefined, 0);
    const p = 1 / (1 + Math.exp(w.length! - w.words!));
    expect(p).toBeCloseTo(0.8, 3);
  });
});
