/**
 * What a value trace (value-trace.ts) concludes a line needs of the globals it followed: each one's
 * type, and the branches the line took on them, as conditions on their values when the line began.
 */
import { BoolValue, IntValue, StringValue } from 'inkjs/engine/Value';

/** Integers stay well inside the range where JavaScript adds them exactly, whatever the order. */
const exactLimit = 2 ** 31;

export function isExact(n: number | null): n is number {
  return Number.isSafeInteger(n) && Math.abs(n!) < exactLimit;
}

/** The kinds of global a trace follows. */
export type TracedType = 'int' | 'bool' | 'string';

/** A value derived from an integer global's value at the start of the line: `sign * start + offset`. */
export interface Linear {
  base: string;
  sign: 1 | -1;
  offset: number;
}

/** The line replays where `(lo <= start && start <= hi) === inside`. */
export interface RangeCondition {
  kind: 'range';
  base: string;
  lo: number;
  hi: number;
  inside: boolean;
}

/** The line replays where `(start equals value) === inside`, `value` written as `plainFingerprint` writes it. */
interface EqualsCondition {
  kind: 'equals';
  base: string;
  value: string;
  inside: boolean;
}

export type Condition = RangeCondition | EqualsCondition;

export type Comparison = '<' | '>' | '<=' | '>=' | '==' | '!=';

const swappedComparison: Record<Comparison, Comparison> = { '<': '>', '>': '<', '<=': '>=', '>=': '<=', '==': '==', '!=': '!=' };

/** A plain integer in the exact range: the integers a trace follows. */
export function isTraceableInt(value: unknown): value is IntValue & { value: number } {
  return value instanceof Object && value.constructor === IntValue && isExact((value as IntValue).value);
}

/** True when a global's value at the start of a line is of the type the trace followed it as. */
export function fits(type: TracedType, value: unknown): boolean {
  if (type === 'int') return isTraceableInt(value);
  return value instanceof Object && value.constructor === (type === 'bool' ? BoolValue : StringValue);
}

/** A plain truth or string as one string (a letter for the type), for equality conditions. */
export function plainFingerprint(value: BoolValue | StringValue): string {
  return value instanceof BoolValue ? `b${value.value}` : `s${JSON.stringify(value.value)}`;
}

/** The starts for which `compare(sign * start + offset, constant)` (the other way round when `swapped`) is `truth`. */
export function rangeCondition(linear: Linear, comparison: Comparison, constant: number, swapped: boolean, truth: boolean): RangeCondition {
  const op = swapped ? swappedComparison[comparison] : comparison;
  // Where the linear value makes the comparison true (integers: `< c` is `<= c - 1`).
  const [low, high] =
    op === '<'
      ? [-Infinity, constant - 1]
      : op === '<='
        ? [-Infinity, constant]
        : op === '>'
          ? [constant + 1, Infinity]
          : op === '>='
            ? [constant, Infinity]
            : [constant, constant];
  const { base, sign, offset } = linear;
  const [lo, hi] = sign === 1 ? [low - offset, high - offset] : [offset - high, offset - low];
  return { kind: 'range', base, lo, hi, inside: op === '!=' ? !truth : truth };
}

/** True when `start` (a value that fits the condition's global) takes the branch the condition records. */
export function conditionHolds(condition: Condition, start: unknown): boolean {
  if (condition.kind === 'range') {
    const n = (start as IntValue).value!;
    return (condition.lo <= n && n <= condition.hi) === condition.inside;
  }
  return (plainFingerprint(start as BoolValue | StringValue) === condition.value) === condition.inside;
}

/** The value a linear write gives for `start`. */
export function linearValue(linear: Linear, start: number): number {
  return linear.sign * start + linear.offset;
}
