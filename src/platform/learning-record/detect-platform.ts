/**
 * Which learning platform launched the game, found without loading any platform code: a SCORM
 * API (`API_1484_11` or `API`) on this window, its parents or its opener, per the standards'
 * discovery; else cmi5 launch parameters in the URL. Without either, the adapter reads
 * config.json beside the page for an LRS (see learning-platform.ts), which needs a fetch.
 */
import { cmi5LaunchFrom, type Cmi5Launch } from '../cmi5/cmi5-launch';
import { findScormApi, type FoundApi, type WindowLike } from '../scorm/scorm-api';

export type DetectedPlatform =
  | { kind: 'scorm'; found: FoundApi }
  | { kind: 'cmi5'; launch: Cmi5Launch }
  | { kind: 'invalid-launch'; notice: string };

export function detectLearningPlatform(win: WindowLike, query = new URLSearchParams()): DetectedPlatform | null {
  const found = findScormApi(win);
  if (found) return { kind: 'scorm', found };
  const cmi5 = cmi5LaunchFrom(query);
  if (cmi5.kind === 'cmi5') return { kind: 'cmi5', launch: cmi5.launch };
  if (cmi5.kind === 'invalid') return { kind: 'invalid-launch', notice: cmi5.notice };
  return null;
}
