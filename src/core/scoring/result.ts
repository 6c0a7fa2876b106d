/**
 * Places a player's totals between the worst and best totals a story allows, per competency and
 * overall, and turns that into stars and a pass or fail against the rubric's pass mark.
 */
import type { Rubric } from './rubric';
import { overallKey, type ScoreRange, type ScoreRanges } from './score-range';
import type { ScoreDeltas } from '../story/tags';

export interface Placement extends ScoreRange {
  total: number;
  /** Where the total lies between min (0) and max (100). A story with no spread counts as 100. */
  percent: number;
}

export interface CompetencyPlacement extends Placement {
  id: string;
  name: string;
}

export interface ScenarioResult {
  competencies: CompetencyPlacement[];
  overall: Placement;
  stars: number;
  passed: boolean;
  passMark: number;
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

/** Scores a finished path. `ranges` are the story's exact ranges, from the checker. */
export function scoreResult(totals: ScoreDeltas, ranges: ScoreRanges, rubric: Rubric): ScenarioResult {
  const competencies = rubric.competencies
    .filter((c) => ranges[c.id] !== undefined)
    .map((c) => ({ id: c.id, name: c.name, ...place(totals[c.id] ?? 0, ranges[c.id]!) }));
  const overall = place(overallTotal(totals, rubric), ranges[overallKey] ?? { min: 0, max: 0 });
  return {
    competencies,
    overall,
    stars: starsFor(overall.percent, rubric),
    passed: overall.percent >= rubric.passMark,
    passMark: rubric.passMark,
  };
}

/** Adds one option's deltas to running totals, returning new totals. */
export function addDeltas(totals: ScoreDeltas, deltas: ScoreDeltas): ScoreDeltas {
  const next: Record<string, number> = { ...totals };
  for (const [id, delta] of Object.entries(deltas)) next[id] = (next[id] ?? 0) + delta;
  return next;
}
