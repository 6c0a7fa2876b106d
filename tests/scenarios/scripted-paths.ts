/** The four shipped scenarios with their scripted playthroughs, shared by unit and browser tests. */
import { PlaySession } from '../../src/core/session/play-session';
import { rubric, scenarioFrom } from '../unit/helpers';
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

/** Plays a scripted path in the pure core; throws naming the options on offer when a label is missing. */
export function playScripted(id: string, path: ScriptedPath): PlaySession {
  const session = new PlaySession(scenarioFrom(`stories/${id}.ink`), rubric);
  for (const label of path.choices) {
    const options = session.openDecision?.options ?? [];
    const position = options.findIndex((o) => o.label === label);
    if (position < 0) throw new Error(`“${label}” is not on offer in ${id}; options: ${options.map((o) => o.label).join(' | ')}`);
    session.choose(position);
  }
  return session;
}
