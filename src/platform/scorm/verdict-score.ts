/**
 * The score to report so that an LMS which decides the status from the score agrees with the
 * game's verdict. SCORM 1.2 LMSs may recompute `lesson_status` from `adlcp:masteryscore`
 * (scorm-again does by default), and a SCORM 2004 LMS judges `success_status` from
 * `cmi.scaled_passing_score` whenever it has one. The game's verdict is not the score alone: a
 * critical mistake, or an ending of one or two stars, fails any percent, and a five-star ending
 * passes any. When the verdict and the threshold disagree, the verdict wins and the reported score
 * moves just across the threshold: a failed attempt reports 0.01 below it, a passed one exactly it.
 * The true percent stays in the game's own records and exports, and every competency's percent is
 * still reported as an objective.
 */

export interface ReportedScore {
  percent: number;
  /** True when the reported percent differs from the attempt's. */
  adjusted: boolean;
}

export function scoreAgreeingWithVerdict(percent: number, passed: boolean, thresholdPercent: number | null): ReportedScore {
  if (thresholdPercent === null) return { percent, adjusted: false };
  if (!passed && percent >= thresholdPercent && thresholdPercent > 0) {
    return { percent: Math.max(0, Math.round((thresholdPercent - 0.01) * 100) / 100), adjusted: true };
  }
  if (passed && percent < thresholdPercent && thresholdPercent <= 100) return { percent: thresholdPercent, adjusted: true };
  return { percent, adjusted: false };
}
