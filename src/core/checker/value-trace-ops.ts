/**
 * What ink's operations make of the values a trace tagged (value-trace.ts), while one is active:
 *
 * - a tagged integer plus or minus a plain integer stays tagged (`sign * start + offset`);
 * - comparing it with a plain integer, or a tagged string with a plain string (`==`, `!=`), gives a
 *   truth decided by one condition on the start value; `MIN` and `MAX` with a plain integer record
 *   which of the two they gave;
 * - `not` keeps a truth's conditions, and `and` / `or` keep only those of the operands that decided
 *   the result (`false and x` is false whatever `x` is: ink evaluates `x`, but its value is unused);
 * - a branch on a tagged integer records whether it was zero.
 *
 * Every other operation computes as ink does and, reading the values, reads them exactly.
 */
import { NativeFunctionCall } from 'inkjs/engine/NativeFunctionCall';
import { Story } from 'inkjs/engine/Story';
import { BoolValue, StringValue } from 'inkjs/engine/Value';
import {
  isExact,
  isTraceableInt,
  plainFingerprint,
  rangeCondition,
  type Comparison,
  type Condition,
  type Linear,
} from './trace-conditions.ts';
import { ownTagged, quietly, TracedBool, TracedInt, TracedString, tracing, type Traced } from './value-trace.ts';

const comparisons = new Set<string>(['<', '>', '<=', '>=', '==', '!=']);

function isPlainBool(value: unknown): value is BoolValue & { value: boolean } {
  return value instanceof Object && value.constructor === BoolValue;
}

function isPlainString(value: unknown): value is StringValue {
  return value instanceof Object && value.constructor === StringValue;
}

/** `tagged op plain` (`plain op tagged` when `swapped`) for a tagged integer, given ink's result; null when not followed. */
function followInt(name: string, tagged: TracedInt, plain: number, swapped: boolean, result: unknown): unknown {
  const { trace } = tagged;
  const { base, sign, offset } = tagged.linear;
  if ((name === '+' || name === '-') && isTraceableInt(result)) {
    const linear: Linear =
      name === '+'
        ? { base, sign, offset: offset + plain }
        : swapped
          ? { base, sign: sign === 1 ? -1 : 1, offset: plain - offset }
          : { base, sign, offset: offset - plain };
    return isExact(linear.offset) ? new TracedInt(result.value, trace, linear) : null;
  }
  if (comparisons.has(name) && isPlainBool(result)) {
    const condition = rangeCondition(tagged.linear, name as Comparison, plain, swapped, result.value);
    return new TracedBool(result.value, trace, [condition]);
  }
  if ((name === 'MIN' || name === 'MAX') && isTraceableInt(result)) {
    // The tagged value when it is below (above) the plain one, else the plain one, whatever the tagged value.
    const comparison = name === 'MIN' ? '<' : '>';
    const taken = comparison === '<' ? tagged.concrete < plain : tagged.concrete > plain;
    trace.conditions.push(rangeCondition(tagged.linear, comparison, plain, false, taken));
    return taken ? new TracedInt(tagged.concrete, trace, tagged.linear) : result;
  }
  return null;
}

/** `tagged == plain` or `!=` for a tagged string, given ink's result; null when not followed. */
function followString(name: string, tagged: TracedString, plain: StringValue, result: unknown): unknown {
  if ((name !== '==' && name !== '!=') || !isPlainBool(result)) return null;
  const equal = name === '==' ? result.value : !result.value;
  return new TracedBool(result.value, tagged.trace, [{ kind: 'equals', base: tagged.base, value: plainFingerprint(plain), inside: equal }]);
}

/** An operand of `and` / `or`: its truth and the conditions that decide it (none: a plain value). */
function truthOf(value: unknown): { truth: boolean; conditions: readonly Condition[] } | null {
  const tagged = ownTagged(value);
  if (tagged instanceof TracedBool) return { truth: tagged.concrete, conditions: tagged.conditions };
  if (tagged instanceof TracedInt) {
    const truth = tagged.concrete !== 0;
    return { truth, conditions: [rangeCondition(tagged.linear, '!=', 0, false, truth)] };
  }
  if (tagged) return null;
  if (isPlainBool(value)) return { truth: value.value, conditions: [] };
  if (isTraceableInt(value)) return { truth: value.value !== 0, conditions: [] };
  return null;
}

/** `a and b` / `a or b` on truths and integers, given ink's result; null when not followed. */
function followLogic(name: string, a: unknown, b: unknown, result: unknown): unknown {
  const left = truthOf(a);
  const right = truthOf(b);
  if (!left || !right || !isPlainBool(result)) return null;
  if (result.value !== (name === '&&' ? left.truth && right.truth : left.truth || right.truth)) return null;
  const both = [...left.conditions, ...right.conditions];
  // The operand that decides alone: false for `and`, true for `or` (a plain one needs no condition).
  const decisive = name !== '&&';
  let conditions: readonly Condition[] = both;
  if (result.value === decisive) {
    const deciding = [left, right].filter((operand) => operand.truth === decisive);
    conditions = deciding.find((operand) => operand.conditions.length === 0)?.conditions ?? deciding[0]!.conditions;
  }
  const trace = (ownTagged(a) ?? ownTagged(b))!.trace;
  return conditions.length ? new TracedBool(result.value, trace, conditions) : result;
}

interface PatchableCall {
  readonly name: string;
  _prototype: PatchableCall | null;
  Call(parameters: unknown[]): unknown;
}

const callProto = NativeFunctionCall.prototype as unknown as PatchableCall;
const call = callProto.Call;

function followed(name: string, parameters: unknown[], result: unknown): unknown {
  if (parameters.length === 1) {
    const [only] = parameters;
    return name === '!' && only instanceof TracedBool && isPlainBool(result)
      ? new TracedBool(result.value, only.trace, only.conditions)
      : null;
  }
  const [a, b] = parameters;
  if (name === '&&' || name === '||') return followLogic(name, a, b, result);
  const tagA = ownTagged(a);
  const tagB = ownTagged(b);
  // One tagged value and one plain one.
  if (!tagA === !tagB) return null;
  const tagged = (tagA ?? tagB)!;
  const plain = tagA ? b : a;
  if (tagged instanceof TracedInt && isTraceableInt(plain)) return followInt(name, tagged, plain.value, !tagA, result);
  if (tagged instanceof TracedString && isPlainString(plain)) return followString(name, tagged, plain, result);
  return null;
}

callProto.Call = function (this: PatchableCall, parameters) {
  if (!tracing() || this._prototype || !parameters.some((parameter) => ownTagged(parameter) !== null)) return call.call(this, parameters);
  // Computed as ink computes it; the trace then says what the result depends on.
  const result = quietly(() => call.call(this, parameters));
  const traced = followed(this.name, parameters, result);
  if (traced !== null) return traced;
  // Not followed: the operation read its operands after all.
  for (const parameter of parameters) (ownTagged(parameter) as Traced | null)?.used();
  return result;
};

interface PatchableStory {
  IsTruthy(value: unknown): boolean;
}

const storyProto = Story.prototype as unknown as PatchableStory;
const isTruthy = storyProto.IsTruthy;

// A branch on a tagged integer: it depends only on whether it is zero.
storyProto.IsTruthy = function (this: PatchableStory, value) {
  const tagged = tracing() ? ownTagged(value) : null;
  if (!(tagged instanceof TracedInt)) return isTruthy.call(this, value);
  const truth = tagged.concrete !== 0;
  tagged.trace.conditions.push(rangeCondition(tagged.linear, '!=', 0, false, truth));
  return truth;
};
