/**
 * Follows the globals one line of play reads, so that the line cache can replay the line for other
 * values of them: a line that only adds to a meter (`~ standing = standing - 2`) or only branches on
 * it (`{ trust < 0: ... }`, `{ offer == "parts": ... }`, `{ thanked and said_glad: ... }`) plays the
 * same for every value that takes the same branches, and writes the meter as the value it found plus
 * the same amount.
 *
 * While a trace is active, an integer, truth or string global read before the line wrote it comes
 * back as a tagged copy (value-trace-ops.ts says what ink's operations make of those). Whatever else
 * looks at a tagged integer or string reads its `value`, and that read marks the global as read
 * exactly (`sunk`): the line then matches only where the global holds the same value. Reading a
 * tagged truth's `value` records the conditions that decided it instead, since what follows depends
 * only on the truth. The state key of the state a line reaches is written while the trace is active,
 * so a tagged value left in a temporary or on the evaluation stack is read exactly as well.
 */
import { BoolValue, IntValue, StringValue } from 'inkjs/engine/Value';
import { fits, isTraceableInt, plainFingerprint, type Condition, type Linear, type TracedType } from './trace-conditions.ts';

let active: ValueTrace | null = null;
/** Above zero while the trace itself computes with tagged values: those reads are not the story's. */
let quiet = 0;

/** Runs `action` without its reads of tagged values counting as the story's. */
export function quietly<T>(action: () => T): T {
  quiet++;
  try {
    return action();
  } finally {
    quiet--;
  }
}

/** What one line did with the globals it read, for the line cache. */
export class ValueTrace {
  /** Globals whose start values the line looked at directly: they are exact reads. */
  readonly sunk = new Set<string>();
  /** Globals it read as tagged values, and the type each must hold for the line to replay. */
  readonly tagged = new Map<string, TracedType>();
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

  /** How a value the line left in a global follows from a start value, or null when it does not. */
  linearOf(value: unknown): Linear | null {
    return value instanceof TracedInt && value.trace === this ? value.linear : null;
  }

  /** The value as a plain ink value, for the state to play on with after the line. */
  plain(value: unknown): unknown {
    if (value instanceof TracedInt) return new IntValue(value.concrete);
    if (value instanceof TracedBool) return new BoolValue(value.concrete);
    if (value instanceof TracedString) return new StringValue(value.concrete);
    return value;
  }

  /** Records that the state the line reached holds this value (a truth left in a global, say). */
  use(value: unknown): void {
    if (isTraced(value) && value.trace === this) value.used();
  }
}

/**
 * Tagged values are ink values of classes of their own, whose `value` is an accessor on the
 * prototype (so that every tagged value of a class has one shape, and ink's code stays fast on them).
 */
export type Traced = TracedInt | TracedBool | TracedString;

function isTraced(value: unknown): value is Traced {
  return value instanceof TracedInt || value instanceof TracedBool || value instanceof TracedString;
}

/** True while a trace is active (outside one, ink's operations run untouched). */
export function tracing(): boolean {
  return active !== null;
}

/** The value, when it is tagged by the active trace. */
export function ownTagged(value: unknown): Traced | null {
  return isTraced(value) && value.trace === active ? value : null;
}

/** An integer `sign * start + offset` of a global's start value. */
export class TracedInt extends IntValue {
  declare trace: ValueTrace;
  declare linear: Linear;
  declare concrete: number;
  constructor(value: number, trace: ValueTrace, linear: Linear) {
    super(value);
    this.trace = trace;
    this.linear = linear;
  }

  used(): void {
    this.trace.sunk.add(this.linear.base);
  }
}

/** A truth that the conditions decide (none: it is a constant). */
export class TracedBool extends BoolValue {
  declare trace: ValueTrace;
  declare conditions: readonly Condition[];
  declare recorded: boolean;
  declare concrete: boolean;
  constructor(value: boolean, trace: ValueTrace, conditions: readonly Condition[]) {
    super(value);
    this.trace = trace;
    this.conditions = conditions;
    this.recorded = false;
  }

  used(): void {
    if (this.recorded) return;
    this.recorded = true;
    for (const condition of this.conditions) {
      // A truth global equal to what it held is just its value: an exact read, found by fingerprint.
      if (condition.kind === 'equals' && condition.value[0] === 'b') this.trace.sunk.add(condition.base);
      else this.trace.conditions.push(condition);
    }
  }
}

/** A string global's start value. */
export class TracedString extends StringValue {
  declare trace: ValueTrace;
  declare base: string;
  declare concrete: string;
  constructor(value: string, trace: ValueTrace, base: string) {
    super(value);
    this.trace = trace;
    this.base = base;
  }

  used(): void {
    this.trace.sunk.add(this.base);
  }
}

function accessor(read: (value: Traced) => unknown, write = false): PropertyDescriptor {
  return {
    get(this: Traced) {
      // The constructors set the value before the trace.
      if (this.trace !== undefined && active === this.trace && quiet === 0) this.used();
      return read(this);
    },
    ...(write
      ? {
          set(this: { concrete: unknown }, value: unknown) {
            this.concrete = value;
          },
        }
      : {}),
  };
}

for (const traced of [TracedInt, TracedBool, TracedString]) {
  Object.defineProperty(
    traced.prototype,
    'value',
    accessor((value) => value.concrete, true),
  );
}
// What a string's constructor works out from its text is its text too.
const stringProto = Object.getPrototypeOf(TracedString.prototype) as object;
for (const name of ['isNewline', 'isInlineWhitespace']) {
  const inherited = Object.getOwnPropertyDescriptor(stringProto, name)!.get!;
  Object.defineProperty(
    TracedString.prototype,
    name,
    accessor((value) => inherited.call(value)),
  );
}

/** The value a read of global `name` gives the story: tagged when a trace is active and it can follow it. */
export function traceRead(name: string, value: unknown): unknown {
  const trace = active;
  if (!trace || trace.written.has(name) || !(value instanceof Object)) return value;
  if (isTraceableInt(value)) {
    trace.tagged.set(name, 'int');
    return new TracedInt(value.value, trace, { base: name, sign: 1, offset: 0 });
  }
  if (fits('bool', value) || fits('string', value)) {
    const plain = value as BoolValue | StringValue;
    if (plain instanceof StringValue) {
      trace.tagged.set(name, 'string');
      return new TracedString(plain.value ?? '', trace, name);
    }
    trace.tagged.set(name, 'bool');
    return new TracedBool(plain.value === true, trace, [{ kind: 'equals', base: name, value: plainFingerprint(plain), inside: true }]);
  }
  return value;
}

/** Hears a write to a global while a trace is active. */
export function traceWrite(name: string): void {
  active?.written.add(name);
}
