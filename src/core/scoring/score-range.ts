/** The lowest and highest total any complete path of a story can reach. */
export interface ScoreRange {
  min: number;
  max: number;
}

/** Ranges per scored competency, plus `overall` for the rubric's weighted sum. */
export type ScoreRanges = Record<string, ScoreRange>;

export const overallKey = 'overall';
