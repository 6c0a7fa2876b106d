/**
 * What the futures from one story state add up to: per dimension (the competencies, then overall)
 * the lowest and highest totals, the longest and shortest runs of decisions, and per ending the
 * overall totals of the futures that reach it, split by whether they take a critical option.
 * The explorer remembers one Outcome per merged state, so memory grows with states, not paths.
 */

/** The lowest and highest overall total of some set of futures. */
export interface TotalRange {
  min: number;
  max: number;
}

/** The futures that reach one ending, with and without a critical option on the way. */
interface EndingReach {
  clean: TotalRange | null;
  critical: TotalRange | null;
}

export interface Outcome {
  /** False when no future from here reaches an ending. */
  complete: boolean;
  min: number[];
  max: number[];
  longest: number;
  shortest: number;
  endings: ReadonlyMap<string, EndingReach>;
}

export const deadEnd: Outcome = { complete: false, min: [], max: [], longest: 0, shortest: 0, endings: new Map() };

/** Standing at an ending: no more choices, nothing more to score. */
export function endingOutcome(title: string, dimensions: number): Outcome {
  const zeros = new Array<number>(dimensions).fill(0);
  return {
    complete: true,
    min: zeros,
    max: zeros,
    longest: 0,
    shortest: 0,
    endings: new Map([[title, { clean: { min: 0, max: 0 }, critical: null }]]),
  };
}

export function union(a: TotalRange | null, b: TotalRange | null): TotalRange | null {
  if (!a) return b;
  if (!b) return a;
  return { min: Math.min(a.min, b.min), max: Math.max(a.max, b.max) };
}

function shift(range: TotalRange | null, delta: number): TotalRange | null {
  return range && { min: range.min + delta, max: range.max + delta };
}

/**
 * Puts one option (its deltas, overall last, and whether it is critical) in front of `next`, and
 * merges that with the futures already in `best`.
 */
export function combine(best: Outcome, deltas: readonly number[], critical: boolean, next: Outcome): Outcome {
  if (!next.complete) return best;
  const min = next.min.map((value, i) => value + deltas[i]!);
  const max = next.max.map((value, i) => value + deltas[i]!);
  const overallDelta = deltas[deltas.length - 1]!;
  const endings = new Map(best.complete ? best.endings : []);
  for (const [title, reach] of next.endings) {
    const shifted = critical
      ? { clean: null, critical: shift(union(reach.clean, reach.critical), overallDelta) }
      : { clean: shift(reach.clean, overallDelta), critical: shift(reach.critical, overallDelta) };
    const known = endings.get(title);
    endings.set(title, known ? { clean: union(known.clean, shifted.clean), critical: union(known.critical, shifted.critical) } : shifted);
  }
  if (!best.complete) return { complete: true, min, max, longest: next.longest + 1, shortest: next.shortest + 1, endings };
  return {
    complete: true,
    min: min.map((value, i) => Math.min(value, best.min[i]!)),
    max: max.map((value, i) => Math.max(value, best.max[i]!)),
    longest: Math.max(best.longest, next.longest + 1),
    shortest: Math.min(best.shortest, next.shortest + 1),
    endings,
  };
}
