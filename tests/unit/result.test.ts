import { describe, expect, it } from 'vitest';
import { addDeltas, place, scoreResult, starsFor } from '../../src/core/scoring/result';
import { parseRubric } from '../../src/core/scoring/rubric';
import { rubric } from './helpers';

describe('a scenario result', () => {
  it('places a total between the worst and best totals', () => {
    expect(place(5, { min: -5, max: 15 }).percent).toBe(50);
    expect(place(-5, { min: -5, max: 15 }).percent).toBe(0);
    expect(place(15, { min: -5, max: 15 }).percent).toBe(100);
  });

  it('counts a story with no spread as full marks', () => {
    expect(place(0, { min: 0, max: 0 }).percent).toBe(100);
  });

  it('gives stars at 30, 50, 70 and 90 percent', () => {
    expect([0, 29.9, 30, 50, 69.9, 70, 90, 100].map((p) => starsFor(p, rubric))).toEqual([1, 1, 2, 3, 3, 4, 5, 5]);
  });

  it('passes at the pass mark and fails just below it', () => {
    const ranges = { respect: { min: 0, max: 10 }, overall: { min: 0, max: 10 } };
    expect(scoreResult({ respect: 7 }, ranges, rubric).passed).toBe(true);
    expect(scoreResult({ respect: 6 }, ranges, rubric).passed).toBe(false);
  });

  it('weighs competencies as the rubric says', () => {
    const weighted = parseRubric({
      version: 1,
      passMark: 70,
      starThresholds: [30, 50, 70, 90],
      competencies: [
        { id: 'respect', name: 'Respect', weight: 2, rewards: 'x' },
        { id: 'value', name: 'Value', weight: 1, rewards: 'x' },
      ],
    });
    if (!weighted.ok) throw new Error(weighted.error);
    const result = scoreResult({ respect: 1, value: 3 }, { respect: { min: 0, max: 2 }, value: { min: 0, max: 4 }, overall: { min: 0, max: 8 } }, weighted.value);
    expect(result.overall.total).toBe(5);
    expect(result.competencies.map((c) => [c.id, c.percent])).toEqual([['respect', 50], ['value', 75]]);
  });

  it('adds deltas without changing the totals it was given', () => {
    const before = { respect: 1 };
    expect(addDeltas(before, { respect: 2, value: -1 })).toEqual({ respect: 3, value: -1 });
    expect(before).toEqual({ respect: 1 });
  });
});
