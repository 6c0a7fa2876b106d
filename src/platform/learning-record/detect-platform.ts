/**
 * Which learning platform launched the game, found without loading any platform code: a SCORM
 * API (`API_1484_11` or `API`) on this window, its parents or its opener, per the standards'
 * discovery. (cmi5 launch parameters and an LRS in config.json are not connected yet.)
 */
import { findScormApi, type FoundApi, type WindowLike } from '../scorm/scorm-api';

export type DetectedPlatform = { kind: 'scorm'; found: FoundApi };

export function detectLearningPlatform(win: WindowLike): DetectedPlatform | null {
  const found = findScormApi(win);
  return found ? { kind: 'scorm', found } : null;
}
