/**
 * The debrief: first the result and the ways on (replay, the next scenario, the menu), then a chart
 * per competency, the ending with what happens next, and the path taken, one fold per decision.
 */
import type { PlaySession } from '../core/session/play-session';
import { explainVerdict } from '../core/session/verdict';
import { needsSpeakerPrefix, whoseLine } from '../core/session/speakers';
import type { Rubric } from '../core/scoring/rubric';
import type { StoryLine } from '../core/story/story-player';
import { el } from '../dom/el';
import { debriefPath } from './debrief-path';
import { counterpartFirstName, numberText, percentText, speakerName, starsText } from './labels';

export interface DebriefActions {
  again(): void;
  /** Replay from a decision; null when the mode does not allow going back. */
  rewind: ((decisionNumber: number) => void) | null;
  menu(): void;
  /** The scenario after this one in the menu, if any. */
  next?: { title: string; open(): void } | null;
  /** The saved attempt's verdict (trainer's pass mark, critical mistakes, ending rule), when known. */
  verdict?: { passed: boolean; passMark: number };
}

function epilogueText(line: StoryLine): string {
  return line.tags.speaker && needsSpeakerPrefix(line) ? `${speakerName(line.tags.speaker, whoseLine(line))}: ${line.text}` : line.text;
}

export function debriefScreen(session: PlaySession, rubric: Rubric, actions: DebriefActions): HTMLElement {
  const meta = session.scenario.meta;
  // A saved attempt's verdict (the trainer's pass mark) overrides the practice default.
  const result = { ...session.result(), ...actions.verdict };
  const verdictWhy = explainVerdict(result);
  const ending = session.ending;
  const counterpart = counterpartFirstName(meta, 'they');
  const next = actions.next ?? null;

  const chart = el('ul', { class: 'competency-chart', 'aria-label': 'Score per competency' });
  for (const c of result.competencies) {
    chart.append(
      el(
        'li',
        { 'data-competency': c.id },
        el('span', { class: 'competency-name' }, c.name),
        el('span', { class: 'bar', 'aria-hidden': 'true' }, el('span', { class: 'bar-fill', style: `width: ${c.percent.toFixed(1)}%` })),
        el(
          'span',
          { class: 'competency-value' },
          `${percentText(c.percent)} (${numberText(c.total)} on a range of ${numberText(c.min)} to ${numberText(c.max)})`,
        ),
      ),
    );
  }

  return el(
    'section',
    { class: 'screen debrief', 'aria-labelledby': 'debrief-title' },
    el('p', { class: 'brand' }, 'Debrief'),
    el('h1', { id: 'debrief-title' }, meta.title),
    el(
      'div',
      { class: 'result-summary' },
      el('p', { class: 'overall' }, el('span', { class: 'overall-percent' }, percentText(result.overall.percent)), ' overall score'),
      el('p', { class: 'stars', 'aria-label': `${result.stars} of 5 stars` }, starsText(result.stars)),
      el(
        'p',
        { class: `verdict ${result.passed ? 'pass' : 'fail'}` },
        result.passed ? `Passed (pass mark ${result.passMark}%)` : `Not passed yet (pass mark ${result.passMark}%)`,
      ),
      // Why, in one sentence, when the percent alone did not decide it (a critical mistake, the ending).
      verdictWhy ? el('p', { class: 'verdict-why' }, verdictWhy) : null,
    ),
    el(
      'nav',
      { class: 'actions debrief-actions', 'aria-label': 'What next' },
      el('button', { type: 'button', class: 'primary', onclick: actions.again }, 'Play again'),
      next ? el('button', { type: 'button', 'data-next': true, onclick: () => next.open() }, `Next scenario: ${next.title}`) : null,
      el('button', { type: 'button', onclick: actions.menu }, 'Back to scenarios'),
    ),
    el('h2', {}, 'By competency'),
    chart,
    ending
      ? el(
          'section',
          { class: 'ending', 'aria-labelledby': 'ending-title' },
          el('h2', { id: 'ending-title' }, `Ending: ${ending.title}`),
          el(
            'p',
            { class: 'ending-rating' },
            'How this ending rates: ',
            el('span', { class: 'stars', 'aria-label': `${ending.stars} of 5 stars` }, starsText(ending.stars)),
          ),
          el('h3', {}, `What ${counterpart} does next`),
          ...ending.epilogue.filter((l) => !l.tagsOnly).map((line) => el('p', { class: 'epilogue' }, epilogueText(line))),
        )
      : null,
    el('h2', {}, 'Your path, and what they thought'),
    el('p', { class: 'path-hint' }, 'Open a decision to see what you said, what it scored and every other option.'),
    debriefPath(session, rubric, counterpart, { rewind: actions.rewind }),
  );
}
