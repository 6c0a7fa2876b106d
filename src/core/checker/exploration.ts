/**
 * What the explorer (explore.ts) is given and what it reports: the settings of one exploration,
 * and the exact figures it found over every path (decisions, endings, score ranges, the paths to
 * each ending).
 */
import type { ScoreRanges } from '../scoring/score-range.ts';
import type { TotalRange } from './outcome.ts';
import type { CheckSettings, EndingMet } from './play-checks.ts';

export interface ExploreSettings extends CheckSettings {
  /**
   * Distinct story states to explore at most. A story whose loop makes a new state every time
   * round (a counter or TURNS() that nothing bounds) would otherwise run until memory runs out.
   */
  stateLimit?: number;
  turnIsRead: boolean;
}

export interface Exploration {
  decisions: number;
  /** The fewest choices made on any path from the start to an ending. */
  fewestDecisions: number;
  endings: string[];
  scores: ScoreRanges;
  /** Story states explored after merging: what memory and time grow with. */
  distinctStates: number;
  /** Competencies some option scores. */
  scoredCompetencies: string[];
  /** Every ending some complete path reaches, in the order first met. */
  endingPaths: EndingPaths[];
}

/** What the exploration found about every path that reaches one ending. */
export interface EndingPaths extends EndingMet {
  /** The lowest and highest overall totals of the paths that reach it. */
  total: TotalRange;
  /** The same for the paths that took no critical option (null: every path took one). */
  cleanTotal: TotalRange | null;
  /** Some path reaching it took a critical option. */
  critical: boolean;
}
