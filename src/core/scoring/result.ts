/**
 * Places a player's totals between the worst and best totals a story allows, per competency and
 * overall, and turns that into stars and a verdict: the percent against the rubric's pass mark,
 * overruled by a critical mistake (always a fail) and by the ending's own rating (1-2 stars never
 * pass, 5 stars never fail), so that the result and the ending never tell opposite stories.
 */
import type { Rubric } from './rubric.ts';
import { overallKey, type ScoreRange, type ScoreRanges } from './score-range.ts';
import type { ScoreDeltas } from '../story/tags.ts';

export interface Placement extends ScoreRange {
  total: number;
  /** Where the total lies between min (0) and max (100). A story with no spread counts as 100. */
  percent: number;
}

interface CompetencyPlacement extends Placement {
  id: string;
  name: string;
}

/** An option marked `# critical:` that the player took. */
export interface CriticalMistake {
  /** 0-based, like `Decision.number`: the debrief shows it as decision `decision + 1`. */
  decision: number;
  label: string;
  /** The author's reason, from `# critical: REASON`. */
  reason: string;
}

/** The ending a path reached, as far as the verdict cares. */
export interface EndingRating {
  title: string;
  stars: number;
}

/**
 * What decided `passed` when it is not the percent alone: a critical mistake, an ending rated 1 or
 * 2 stars reached with a passing percent, or a 5-star ending reached with a failing one.
 */
type VerdictOverrule = 'critical-mistake' | 'low-ending' | 'high-ending';

/** The highest star rating of an ending that can never pass. */
export const failingEndingStars = 2;
/** The star rating of an ending that can never fail. */
export const passingEndingStars = 5;

export interface ScenarioResult {
  competencies: CompetencyPlacement[];
  overall: Placement;
  /** Stars from the percent, kept on the verdict's side of the pass mark (see `scoreResult`). */
  stars: number;
  passed: boolean;
  passMark: number;
  /** What the percent alone says, before critical mistakes and the ending are applied. */
  passedOnPercent: boolean;
  criticalMistakes: CriticalMistake[];
  ending: EndingRating | null;
  /** Null when the verdict is the percent's own. */
  overruledBy: VerdictOverrule | null;
}

/** What a path did besides scoring: the critical options it took and the ending it reached. */
export interface PathFacts {
  criticalMistakes?: readonly CriticalMistake[];
  ending?: EndingRating | null;
}

export function place(total: number, range: ScoreRange): Placement {
  const spread = range.max - range.min;
  const percent = spread === 0 ? 100 : ((total - range.min) / spread) * 100;
  return { ...range, total, percent: Math.min(100, Math.max(0, percent)) };
}

/** The rubric's weighted sum of per-competency totals. */
export function overallTotal(totals: ScoreDeltas, rubric: Rubric): number {
  return rubric.competencies.reduce((sum, c) => sum + (totals[c.id] ?? 0) * c.weight, 0);
}

export function starsFor(percent: number, rubric: Rubric): number {
  return 1 + rubric.starThresholds.filter((threshold) => percent >= threshold).length;
}

/**
 * The verdict of a path, given what its percent says: a critical mistake fails it; otherwise a
 * 1-2 star ending fails it and a 5-star ending passes it. The checker's fairness errors make sure
 * a shipped story never needs the ending rules, and the explorer judges paths by this same function.
 */
function verdictOf(
  passedOnPercent: boolean,
  critical: boolean,
  endingStars: number | null,
): { passed: boolean; overruledBy: VerdictOverrule | null } {
  if (critical) return { passed: false, overruledBy: 'critical-mistake' };
  if (endingStars !== null && endingStars <= failingEndingStars && passedOnPercent) return { passed: false, overruledBy: 'low-ending' };
  if (endingStars !== null && endingStars >= passingEndingStars && !passedOnPercent) return { passed: true, overruledBy: 'high-ending' };
  return { passed: passedOnPercent, overruledBy: null };
}

/**
 * Stars never contradict the verdict: a failed result shows at most the stars of a percent just
 * below the pass mark, a passed one at least the stars of the pass mark itself.
 */
function starsAgreeing(percentStars: number, passed: boolean, rubric: Rubric): number {
  const passingStars = starsFor(rubric.passMark, rubric);
  const failingStars = 1 + rubric.starThresholds.filter((threshold) => threshold < rubric.passMark).length;
  return passed ? Math.max(percentStars, passingStars) : Math.min(percentStars, failingStars);
}

/**
 * Scores a finished path. `ranges` are the story's exact ranges, from the checker; `facts` are the
 * critical options the path took and the ending it reached (without them, the percent decides).
 */
export function scoreResult(totals: ScoreDeltas, ranges: ScoreRanges, rubric: Rubric, facts: PathFacts = {}): ScenarioResult {
  const competencies = rubric.competencies
    .filter((c) => ranges[c.id] !== undefined)
    .map((c) => ({ id: c.id, name: c.name, ...place(totals[c.id] ?? 0, ranges[c.id]!) }));
  const overall = place(overallTotal(totals, rubric), ranges[overallKey] ?? { min: 0, max: 0 });
  const criticalMistakes = [...(facts.criticalMistakes ?? [])];
  const ending = facts.ending ? { title: facts.ending.title, stars: facts.ending.stars } : null;
  const passedOnPercent = overall.percent >= rubric.passMark;
  const { passed, overruledBy } = verdictOf(passedOnPercent, criticalMistakes.length > 0, ending?.stars ?? null);
  return {
    competencies,
    overall,
    stars: starsAgreeing(starsFor(overall.percent, rubric), passed, rubric),
    passed,
    passMark: rubric.passMark,
    passedOnPercent,
    criticalMistakes,
    ending,
    overruledBy,
  };
}

/** The critical options taken in a list of decisions (each with its options and the one chosen). */
export function criticalMistakesIn(
  decisions: ReadonlyArray<{
    number: number;
    chosen: number | null;
    options: ReadonlyArray<{ label: string; tags: { critical?: string } }>;
  }>,
): CriticalMistake[] {
  return decisions.flatMap((decision) => {
    const option = decision.chosen === null ? undefined : decision.options[decision.chosen];
    return option?.tags.critical === undefined ? [] : [{ decision: decision.number, label: option.label, reason: option.tags.critical }];
  });
}

/** Adds one option's deltas to running totals, returning new totals. */
export function addDeltas(totals: ScoreDeltas, deltas: ScoreDeltas): ScoreDeltas {
  const next: Record<string, number> = { ...totals };
  for (const [id, delta] of Object.entries(deltas)) next[id] = (next[id] ?? 0) + delta;
  return next;
}
