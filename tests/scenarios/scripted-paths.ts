/**
 * The four shipped scenarios with their scripted playthroughs, shared by unit and browser tests.
 * Each story is checked once per test file (the checker explores every path, which takes seconds
 * on a loaded machine); every scripted play after that is a plain PlaySession.
 */
import type { CheckedStory } from '../../src/core/checker/check-story';
import { PlaySession } from '../../src/core/session/play-session';
import type { Scenario } from '../../src/core/story/scenario';
import { checkFile, rubric, scenarioOf } from '../unit/helpers';
import * as noShow from './no-show-prospect.paths';
import * as studio from './overeager-studio.paths';
import * as presenter from './pushy-presenter.paths';
import * as threatening from './threatening-customer.paths';

/** A playthrough by option labels (the text in a choice's brackets), and the ending it reaches. */
export interface ScriptedPath {
  choices: string[];
  ending: string;
}

export interface ShippedScenario {
  id: string;
  title: string;
  order: number;
  lessonPath: ScriptedPath;
  worstPath: ScriptedPath;
}

export const shippedScenarios: ShippedScenario[] = [
  { id: 'pushy-presenter', title: 'The Pushy Presenter', order: 1, ...presenter },
  { id: 'overeager-studio', title: 'The Overeager Studio', order: 2, ...studio },
  { id: 'no-show-prospect', title: 'The No-Show Prospect', order: 3, ...noShow },
  { id: 'threatening-customer', title: 'The Threatening Customer', order: 4, ...threatening },
];

const checkedByFile = new Map<string, { checked: CheckedStory; scenario: Scenario }>();

/** The checker's report on a shipped story and its playable scenario, checked once per test file. */
export function checkedScenario(id: string): { checked: CheckedStory; scenario: Scenario } {
  const file = `stories/${id}.ink`;
  let entry = checkedByFile.get(file);
  if (!entry) {
    const checked = checkFile(file);
    entry = { checked, scenario: scenarioOf(file, checked) };
    checkedByFile.set(file, entry);
  }
  return entry;
}

/**
 * Plays a scripted path in the pure core, by label (so it holds under any shown order); throws
 * naming the options on offer when a label is missing. `shuffleSeed` plays it as the game would.
 */
export function playScripted(id: string, path: ScriptedPath, shuffleSeed: number | null = null): PlaySession {
  const session = new PlaySession(checkedScenario(id).scenario, rubric, undefined, shuffleSeed);
  for (const label of path.choices) {
    const options = session.openDecision?.options ?? [];
    const position = options.findIndex((o) => o.label === label);
    if (position < 0) throw new Error(`“${label}” is not on offer in ${id}; options: ${options.map((o) => o.label).join(' | ')}`);
    session.choose(position);
  }
  return session;
}
