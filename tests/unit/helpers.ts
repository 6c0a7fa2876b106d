import fs from 'node:fs';
import path from 'node:path';
import { checkStory, type CheckedStory } from '../../src/core/checker/check-story';
import { competencyIds, type Rubric } from '../../src/core/scoring/rubric';
import type { Scenario } from '../../src/core/story/scenario';
import type { TagContext } from '../../src/core/story/tags';
import { includeReaderFor, loadRubric, projectRoot } from '../../tools/story-files';

export const rubric: Rubric = loadRubric();
export const tagContext: TagContext = { competencies: new Set(competencyIds(rubric)) };

/** Checks a story file, given relative to the project (as the checker reports it). */
export function checkFile(relative: string, withRubric: Rubric = rubric): CheckedStory {
  const full = path.join(projectRoot, relative);
  return checkStory(relative, fs.readFileSync(full, 'utf8'), withRubric, includeReaderFor(full));
}

/** Checks ink source given inline, under a made-up file name. */
export function checkSource(source: string, file = 'inline.ink'): CheckedStory {
  return checkStory(file, source, rubric);
}

/** A playable scenario from a story file, as the Vite plugin would make it. */
export function scenarioFrom(relative: string): Scenario {
  return scenarioOf(relative, checkFile(relative));
}

/** The playable scenario of a story already checked (to check a story once and play it often). */
export function scenarioOf(relative: string, checked: CheckedStory): Scenario {
  if (!checked.json || !checked.info) throw new Error(`${relative} does not compile: ${JSON.stringify(checked.report.errors)}`);
  const r = checked.report;
  return {
    meta: {
      ...checked.info,
      id: path.basename(relative, '.ink'),
      file: relative,
      decisions: r.decisions,
      endings: r.endings,
      scores: r.scores,
      version: 'test',
    },
    storyJson: checked.json,
  };
}
