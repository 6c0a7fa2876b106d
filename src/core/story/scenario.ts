import type { ScoreRanges } from '../scoring/score-range.ts';
import type { ScenarioInfo } from './tags.ts';

/** What the game knows of a scenario before loading it: menu, briefing and exact score ranges. */
export interface ScenarioMeta extends ScenarioInfo {
  /** The file stem, such as "pushy-presenter": stable, used in URLs and saves. */
  id: string;
  file: string;
  decisions: number;
  endings: string[];
  scores: ScoreRanges;
  /** A fingerprint of the compiled story, so a save made on another version is noticed. */
  version: string;
}

/** A scenario ready to play: its metadata and the compiled Ink JSON. */
export interface Scenario {
  meta: ScenarioMeta;
  storyJson: string;
}

export function sortScenarios(metas: ScenarioMeta[]): ScenarioMeta[] {
  return [...metas].sort((a, b) => (a.order ?? 1e9) - (b.order ?? 1e9) || a.title.localeCompare(b.title));
}
