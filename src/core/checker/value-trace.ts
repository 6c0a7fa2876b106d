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

/** A branch the line took on a global: the line replays where `(lo <= start && start <= hi) === inside`. */
export interface Condition {
  base: string;
  lo: number;
  hi: number;
  inside: boolean;
}

interface Tag {
  trace: ValueTrace;
  linear: Linear;
  /** For a tagged truth: the comparison that made it, `compare(linear, constant)` (or the other way round). */
  comparison: { comparison: Comparison; constant: number; swapped: boolean } | null;
  /** A truth's condition is in the trace already. */
  recorded: boolean;
}

let active: ValueTrace | null = null;
/** Above zero while the trace itself computes with tagged values: those reads are not the story's. */
let quiet = 0;

const comparisons = new Set<string>(['<', '>', '<=', '>=', '==', '!=']);
const swappedComparison: Record<Comparison, Comparison> = { '<': '>', '>': '<', '<=': '>=', '>=': '<=', '==': '==', '!=': '!=' };

function isExact(n: number | null): n is number {
  return Number.isSafeInteger(n) && Math.abs(n!) < exactLimit;
}

/** The starts for which `compare(sign * start + offset, constant)` (the other way round when `swapped`) is `truth`. */
function conditionOn(linear: Linear, comparison: Comparison, constant: number, swapped: boolean, truth: boolean): Condition {
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
  return { base, lo, hi, inside: op === '!=' ? !truth : truth };
}

/** True when `start` takes the branch the condition records the same way. */
export function conditionHolds(condition: Condition, start: number): boolean {
  return (condition.lo <= start && start <= condition.hi) === condition.inside;
}

/** The value a linear write gives for `start`. */
export function linearValue(linear: Linear, start: number): number {
  return linear.sign * start + linear.offset;
}

/** A start value the trace's conclusions hold for: a plain integer in the exact range. */
export function isTraceableStart(value: unknown): value is IntValue & { value: number } {
  return value instanceof Object && value.constructor === IntValue && isExact((value as IntValue).value);
}

/**
 * Tagged values are ink values of their own classes, whose `value` is an accessor on the prototype
 * (so that every tagged value has the same shape, and ink's code stays fast on them).
 */
interface Traced {
  tag: Tag;
  concrete: number | boolean;
}

class TracedInt extends IntValue {
  declare tag: Tag;
  declare concrete: number;
  constructor(value: number, tag: Tag) {
    super(value);
    this.tag = tag;
  }
}

class TracedBool extends BoolValue {
  declare tag: Tag;
  declare concrete: boolean;
  constructor(value: boolean, tag: Tag) {
    super(value);
    this.tag = tag;
  }
}

for (const traced of [TracedInt, TracedBool]) {
  Object.defineProperty(traced.prototype, 'value', {
    get(this: Traced) {
      // The constructors set the value before the tag.
      const { tag } = this;
      if (tag !== undefined && active === tag.trace && quiet === 0) used(tag, this.concrete);
      return this.concrete;
    },
    set(this: Traced, value: number | boolean) {
      this.concrete = value;
    },
  });
}

function tagOf(value: unknown): Tag | undefined {
  return value instanceof TracedInt || value instanceof TracedBool ? value.tag : undefined;
}

/**
 * Whatever the story does with a truth depends only on the truth, so using it records its
 * condition; using an integer reads its global exactly.
 */
function used(tag: Tag, concrete: number | boolean): void {
  if (tag.comparison === null) {
    tag.trace.sunk.add(tag.linear.base);
    return;
  }
  if (tag.recorded) return;
  tag.recorded = true;
  const { comparison, constant, swapped } = tag.comparison;
  tag.trace.conditions.push(conditionOn(tag.linear, comparison, constant, swapped, concrete === true));
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
    const tag = tagOf(value);
    return tag?.trace === this && tag.comparison === null ? tag.linear : null;
  }

  /** The value as a plain ink value, for the state to play on with after the line. */
  plain(value: unknown): unknown {
    if (value instanceof TracedInt) return new IntValue(value.concrete);
    if (value instanceof TracedBool) return new BoolValue(value.concrete);
    return value;
  }

  /** Records that the state the line reached holds this value (a truth left in a global, say). */
  use(value: unknown): void {
    const tag = tagOf(value);
    if (tag?.trace === this) used(tag, (value as Traced).concrete);
  }
}

/** The value a read of global `name` gives the story: tagged when a trace is active and it can follow it. */
export function traceRead(name: string, value: unknown): unknown {
  const trace = active;
  if (!trace || trace.written.has(name) || !isTraceableStart(value)) return value;
  trace.tagged.add(name);
  return new TracedInt(value.value, { trace, linear: { base: name, sign: 1, offset: 0 }, comparison: null, recorded: false });
}

/** Hears a write to a global while a trace is active. */
export function traceWrite(name: string): void {
  active?.written.add(name);
}

function ownTag(value: unknown): Tag | undefined {
  const tag = tagOf(value);
  return tag && tag.trace === active ? tag : undefined;
}

/** A plain integer operand: untagged, exactly an IntValue, in the exact range. */
function plainInt(value: unknown): number | null {
  return isTraceableStart(value) ? value.value : null;
}

/**
 * `tagged op plain` (or `plain op tagged` when `swapped`) for a tagged integer, given the result
 * ink computed: the tagged result, or null when the trace does not follow this operation.
 */
function follow(name: string, tagged: TracedInt, plain: number, swapped: boolean, result: unknown): unknown {
  const { tag } = tagged;
  const { base, sign, offset } = tag.linear;
  const trace = tag.trace;
  if ((name === '+' || name === '-') && isTraceableStart(result)) {
    const linear: Linear =
      name === '+'
        ? { base, sign, offset: offset + plain }
        : swapped
          ? { base, sign: sign === 1 ? -1 : 1, offset: plain - offset }
          : { base, sign, offset: offset - plain };
    if (!isExact(linear.offset)) return null;
    return new TracedInt(result.value, { trace, linear, comparison: null, recorded: false });
  }
  if (comparisons.has(name) && result instanceof Object && result.constructor === BoolValue) {
    const truth = (result as BoolValue).value === true;
    return new TracedBool(truth, {
      trace,
      linear: tag.linear,
      comparison: { comparison: name as Comparison, constant: plain, swapped },
      recorded: false,
    });
  }
  if ((name === 'MIN' || name === 'MAX') && isTraceableStart(result)) {
    // The tagged value when it is below (above) the plain one, else the plain one, whatever the tagged value.
    const comparison = name === 'MIN' ? '<' : '>';
    const taken = comparison === '<' ? tagged.concrete < plain : tagged.concrete > plain;
    trace.conditions.push(conditionOn(tag.linear, comparison, plain, false, taken));
    return taken ? new TracedInt(tagged.concrete, { trace, linear: tag.linear, comparison: null, recorded: false }) : result;
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
  // None or two tagged values, or a truth (which records its condition when the operation reads it).
  if (!tagA === !tagB || (tagA ?? tagB)!.comparison !== null) return call.call(this, parameters);
  const tagged = (tagA ? a : b) as TracedInt;
  const plain = plainInt(tagA ? b : a);
  if (plain === null) return call.call(this, parameters);
  quiet++;
  let result: unknown;
  try {
    result = call.call(this, parameters);
  } finally {
    quiet--;
  }
  const followed = follow(this.name, tagged, plain, !tagA, result);
  if (followed !== null) return followed;
  // Not followed: the story reads the value after all.
  active.sunk.add(tagged.tag.linear.base);
  return result;
};

interface PatchableStory {
  IsTruthy(value: unknown): boolean;
}

const storyProto = Story.prototype as unknown as PatchableStory;
const isTruthy = storyProto.IsTruthy;

// A branch on a tagged integer: it depends only on whether it is zero.
storyProto.IsTruthy = function (this: PatchableStory, value) {
  const tag = ownTag(value);
  if (!tag || tag.comparison !== null) return isTruthy.call(this, value);
  const truth = (value as TracedInt).concrete !== 0;
  tag.trace.conditions.push(conditionOn(tag.linear, '!=', 0, false, truth));
  return truth;
};
