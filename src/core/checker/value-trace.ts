/**
 * Follows the integer globals one line of play reads, so that the line cache can replay the line
 * for other values of them: a line that only adds to a meter (`~ standing = standing - 2`) or only
 * compares it with a number to branch (`{ trust < 0: ... }`) plays the same for every value that
 * takes the same branches, and writes the meter as the value it found plus the same amount.
 *
 * While a trace is active, an integer global read before the line wrote it comes back as a tagged
 * copy: a value that knows it is `sign * start + offset`, where `start` is the global's value when
 * the line began. Adding or subtracting a plain integer keeps it tagged; comparing it with a plain
 * integer gives a tagged truth, which ink's branches (`IsTruthy`) record as a condition on `start`.
 * `MIN` and `MAX` with a plain integer record which of the two they gave. Everything else that looks
 * at a tagged integer reads its `value`, and that read marks the global as read exactly (`sunk`): the
 * line then matches only where the global holds the same value. Reading a tagged truth's `value`
 * records its condition instead, since what follows depends only on the truth.
 * The state key of the state a line reaches is written while the trace is active, so a tagged value
 * left in a temporary or on the evaluation stack is read exactly as well.
 */
import { Story } from 'inkjs/engine/Story';
import { NativeFunctionCall } from 'inkjs/engine/NativeFunctionCall';
import { BoolValue, IntValue } from 'inkjs/engine/Value';

/** Integers stay well inside the range where JavaScript adds them exactly, whatever the order. */
const exactLimit = 2 ** 31;

/** A value derived from a global's value at the start of the line: `sign * start + offset`. */
export interface Linear {
  base: string;
  sign: 1 | -1;
  offset: number;
}

type Comparison = '<' | '>' | '<=' | '>=' | '==' | '!=';

/** A branch the line took: `compare(sign * start + offset, constant)` (operands swapped when `swapped`) was `truth`. */
export interface Condition extends Linear {
  comparison: Comparison;
  constant: number;
  swapped: boolean;
  truth: boolean;
}

interface Tag {
  trace: ValueTrace;
  linear: Linear;
  /** For a tagged truth: the comparison that made it. */
  condition: Omit<Condition, keyof Linear | 'truth'> | null;
  concrete: number | boolean;
  /** A truth's condition is in the trace already. */
  recorded: boolean;
}

const tags = new WeakMap<object, Tag>();
let active: ValueTrace | null = null;
/** Above zero while the trace itself computes with tagged values: those reads are not the story's. */
let quiet = 0;

const comparisons = new Set<string>(['<', '>', '<=', '>=', '==', '!=']);

function compare(comparison: Comparison, a: number, b: number): boolean {
  switch (comparison) {
    case '<':
      return a < b;
    case '>':
      return a > b;
    case '<=':
      return a <= b;
    case '>=':
      return a >= b;
    case '==':
      return a === b;
    case '!=':
      return a !== b;
  }
}

function isExact(n: number | null): n is number {
  return Number.isSafeInteger(n) && Math.abs(n!) < exactLimit;
}

/** True when `start` takes every branch the condition records the same way. */
export function conditionHolds(condition: Condition, start: number): boolean {
  const value = condition.sign * start + condition.offset;
  const [a, b] = condition.swapped ? [condition.constant, value] : [value, condition.constant];
  return compare(condition.comparison, a, b) === condition.truth;
}

/** The value a linear write gives for `start`. */
export function linearValue(linear: Linear, start: number): number {
  return linear.sign * start + linear.offset;
}

/** A start value the trace's conclusions hold for: a plain integer in the exact range. */
export function isTraceableStart(value: unknown): value is IntValue & { value: number } {
  return value instanceof Object && value.constructor === IntValue && isExact((value as IntValue).value);
}

/** What one line did with the integer globals it read, for the line cache. */
export class ValueTrace {
  /** Globals whose start values the line looked at directly: they are exact reads. */
  readonly sunk = new Set<string>();
  /** Globals it read as tagged values: each must hold a plain integer for the line to replay. */
  readonly tagged = new Set<string>();
  readonly conditions: Condition[] = [];
  /** Globals the line wrote so far: a later read sees the line's own value, not the start's. */
  readonly written = new Set<string>();

  /** Runs `action` with this trace active. */
  run<T>(action: () => T): T {
    const previous = active;
    active = this;
    try {
      return action();
    } finally {
      active = previous;
    }
  }

  /** How a value the line left in a global follows from a start value, or null when it is plain. */
  linearOf(value: unknown): Linear | null {
    const tag = value instanceof Object ? tags.get(value) : undefined;
    return tag?.trace === this && tag.condition === null ? tag.linear : null;
  }

  /** The value as a plain ink value, for the state to play on with after the line. */
  plain(value: unknown): unknown {
    const tag = value instanceof Object ? tags.get(value) : undefined;
    if (tag?.trace !== this) return value;
    return typeof tag.concrete === 'number' ? new IntValue(tag.concrete) : new BoolValue(tag.concrete);
  }

  /** Records that the state the line reached holds this value (a truth left in a global, say). */
  use(value: unknown): void {
    const tag = value instanceof Object ? tags.get(value) : undefined;
    if (tag?.trace === this) used(tag);
  }
}

/**
 * Whatever the story does with a truth depends only on the truth, so using it records its
 * condition; using an integer reads its global exactly.
 */
function used(tag: Tag): void {
  if (tag.condition === null) {
    tag.trace.sunk.add(tag.linear.base);
    return;
  }
  if (tag.recorded) return;
  tag.recorded = true;
  tag.trace.conditions.push({ ...tag.linear, ...tag.condition, truth: tag.concrete === true });
}

function tagged<T extends IntValue | BoolValue>(value: T, tag: Omit<Tag, 'recorded'>): T {
  const own: Tag = { ...tag, recorded: false };
  tags.set(value, own);
  Object.defineProperty(value, 'value', {
    get() {
      if (active === own.trace && quiet === 0) used(own);
      return own.concrete;
    },
  });
  return value;
}

/** The value a read of global `name` gives the story: tagged when a trace is active and it can follow it. */
export function traceRead(name: string, value: unknown): unknown {
  const trace = active;
  if (!trace || trace.written.has(name) || !isTraceableStart(value)) return value;
  trace.tagged.add(name);
  const concrete = value.value;
  return tagged(new IntValue(concrete), { trace, linear: { base: name, sign: 1, offset: 0 }, condition: null, concrete });
}

/** Hears a write to a global while a trace is active. */
export function traceWrite(name: string): void {
  active?.written.add(name);
}

function ownTag(value: unknown): Tag | undefined {
  const tag = value instanceof Object ? tags.get(value) : undefined;
  return tag && tag.trace === active ? tag : undefined;
}

/** A plain integer operand: untagged, exactly an IntValue, in the exact range. */
function plainInt(value: unknown): number | null {
  if (!(value instanceof Object) || tags.has(value) || value.constructor !== IntValue) return null;
  const n = (value as IntValue).value;
  return isExact(n) ? n : null;
}

/**
 * `tagValue op plain` (or `plain op tagValue` when `swapped`) for a tagged integer: the tagged
 * result, or null when the trace does not follow this operation (the story then reads the value).
 */
function follow(name: string, tag: Tag, plain: number, swapped: boolean, result: unknown): unknown {
  if (tag.condition !== null || typeof tag.concrete !== 'number') return null;
  const { base, sign, offset } = tag.linear;
  if ((name === '+' || name === '-') && result instanceof Object && result.constructor === IntValue) {
    const linear: Linear =
      name === '+'
        ? { base, sign, offset: offset + plain }
        : swapped
          ? { base, sign: sign === 1 ? -1 : 1, offset: plain - offset }
          : { base, sign, offset: offset - plain };
    const concrete = (result as IntValue).value;
    if (!isExact(linear.offset) || !isExact(concrete)) return null;
    return tagged(result as IntValue, { trace: tag.trace, linear, condition: null, concrete });
  }
  const truth = result instanceof Object && result.constructor === BoolValue ? (result as BoolValue).value : null;
  if (comparisons.has(name) && typeof truth === 'boolean') {
    const condition = { comparison: name as Comparison, constant: plain, swapped };
    return tagged(result as BoolValue, { trace: tag.trace, linear: tag.linear, condition, concrete: truth });
  }
  if ((name === 'MIN' || name === 'MAX') && result instanceof Object && result.constructor === IntValue) {
    // The tagged value when it is below (above) the plain one, else the plain one, whatever the tagged value.
    const comparison = name === 'MIN' ? '<' : '>';
    const below = compare(comparison, tag.concrete, plain);
    tag.trace.conditions.push({ ...tag.linear, comparison, constant: plain, swapped: false, truth: below });
    return below ? tagged(result as IntValue, { trace: tag.trace, linear: tag.linear, condition: null, concrete: tag.concrete }) : result;
  }
  return null;
}

interface PatchableCall {
  readonly name: string;
  _prototype: PatchableCall | null;
  Call(parameters: unknown[]): unknown;
}

const callProto = NativeFunctionCall.prototype as unknown as PatchableCall;
const call = callProto.Call;

callProto.Call = function (this: PatchableCall, parameters) {
  if (!active || this._prototype || parameters.length !== 2) return call.call(this, parameters);
  const [a, b] = parameters;
  const tagA = ownTag(a);
  const tagB = ownTag(b);
  // Two tagged values, or a truth (which records its condition when the operation reads it).
  if (!tagA === !tagB || (tagA ?? tagB)!.condition !== null) return call.call(this, parameters);
  const plain = plainInt(tagA ? b : a);
  if (plain === null) return call.call(this, parameters);
  quiet++;
  let result: unknown;
  try {
    result = call.call(this, parameters);
  } finally {
    quiet--;
  }
  const followed = follow(this.name, (tagA ?? tagB)!, plain, !tagA, result);
  if (followed !== null) return followed;
  // Not followed: the story reads the value after all.
  active.sunk.add((tagA ?? tagB)!.linear.base);
  return result;
};

interface PatchableStory {
  IsTruthy(value: unknown): boolean;
}

const storyProto = Story.prototype as unknown as PatchableStory;
const isTruthy = storyProto.IsTruthy;

// A branch on a tagged value: it depends only on which way the comparison went.
storyProto.IsTruthy = function (this: PatchableStory, value) {
  const tag = ownTag(value);
  if (!tag || tag.condition !== null) return isTruthy.call(this, value);
  const truth = tag.concrete !== 0;
  tag.trace.conditions.push({ ...tag.linear, comparison: '!=', constant: 0, swapped: false, truth });
  return truth;
};
