import { describe, expect, it } from 'vitest';
import { optionOrder, shuffleSeed } from '../../src/core/session/option-order.ts';

const sorted = (order: number[]) => [...order].sort((a, b) => a - b);

describe('the shown order of a decision’s options', () => {
  it('is a permutation of the authored positions', () => {
    for (let count = 0; count <= 9; count++) {
      expect(sorted(optionOrder(12345, 3, count))).toEqual(Array.from({ length: count }, (_, i) => i));
    }
  });

  it('is the same every time for the same attempt and decision (resume, replay, debrief)', () => {
    const first = [0, 1, 2, 3, 4, 5, 6, 7].map((d) => optionOrder(987654321, d, 4));
    const again = [0, 1, 2, 3, 4, 5, 6, 7].map((d) => optionOrder(987654321, d, 4));
    expect(again).toEqual(first);
  });

  it('pins known orders, so a saved attempt shows the same order after an update', () => {
    expect([optionOrder(1, 0, 4), optionOrder(1, 1, 4), optionOrder(2, 0, 4)]).toEqual(PINNED);
  });

  it('differs between decisions and between attempts', () => {
    const byDecision = new Set(Array.from({ length: 24 }, (_, d) => optionOrder(42, d, 4).join()));
    const byAttempt = new Set(Array.from({ length: 24 }, (_, seed) => optionOrder(seed, 0, 4).join()));
    expect(byDecision.size).toBeGreaterThan(8);
    expect(byAttempt.size).toBeGreaterThan(8);
  });

  it('puts each option first about equally often over many attempts', () => {
    const firsts = [0, 0, 0, 0];
    for (let seed = 0; seed < 4000; seed++) firsts[optionOrder(seed * 2654435761, 5, 4)[0]!]!++;
    for (const count of firsts) expect(count).toBeGreaterThan(850);
    for (const count of firsts) expect(count).toBeLessThan(1150);
  });

  it('makes a 32-bit seed from a random unit number', () => {
    expect(shuffleSeed(() => 0)).toBe(0);
    expect(shuffleSeed(() => 0.999999999)).toBeLessThanOrEqual(0xffffffff);
    expect(Number.isInteger(shuffleSeed(() => 0.5))).toBe(true);
  });
});

const PINNED: number[][] = [
  [2, 3, 0, 1],
  [0, 2, 1, 3],
  [3, 1, 0, 2],
];
