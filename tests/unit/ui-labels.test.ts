import { describe, expect, it } from 'vitest';
import { describeDeltas, numberText, percentText } from '../../src/ui/labels';
import { rubric } from './helpers';

const minus = '\u2212';

describe('the numbers the screens print', () => {
  it('writes a negative number with the minus sign, not a hyphen', () => {
    expect(numberText(-13)).toBe(`${minus}13`);
    expect(numberText(0)).toBe('0');
    expect(numberText(7)).toBe('7');
  });

  it('never prints a negative zero percent', () => {
    expect(percentText(-0.4)).toBe('0%');
    expect(percentText(-12.6)).toBe(`${minus}13%`);
  });

  it('signs score changes with plus and the minus sign', () => {
    expect(describeDeltas({ empathy: 2, respect: -1 }, rubric)).toBe(`+2 Empathy, ${minus}1 Respect`);
    expect(describeDeltas({}, rubric)).toBe('No score change');
  });
});
