/**
 * The debrief: the result, a chart per competency, the path taken beside the counterpart's hidden
 * thoughts, what every other option would have scored, and the ending with what happens next.
 */
import type { PlaySession } from '../core/session/play-session';
import { needsSpeakerPrefix, whoseLine } from '../core/session/speakers';
import { transcriptOf } from '../core/session/transcript';
import type { Rubric } from '../core/scoring/rubric';
import type { StoryLine } from '../core/story/story-player';
import { el } from '../dom/el';
import { counterpartFirstName, describeDeltas, percentText, speakerName, starsText } from './labels';

export interface DebriefActions {
  again(): void;
  /** Replay from a decision; null when the mode does not allow going back. */
  rewind: ((decisionNumber: number) => void) | null;
  menu(): void;
  /** The saved attempt's verdict (trainer's pass mark, critical mistakes, ending rule), when known. */
  verdict?: { passed: boolean; passMark: number };
}

function epilogueText(line: StoryLine): string {
  return line.tags.speaker && needsSpeakerPrefix(line) ? `${speakerName(line.tags.speaker, whoseLine(line))}: ${line.text}` : line.text;
}

export function debriefScreen(session: PlaySession, rubric: Rubric, actions: DebriefActions): HTMLElement {
  const meta = session.scenario.meta;
  const scored = session.result();
  const result = { ...scored, ...actions.verdict };
  const ending = session.ending;
  const counterpart = counterpartFirstName(meta, 'they');
  const rewind = actions.rewind;

  const chart = el('ul', { class: 'competency-chart', 'aria-label': 'Score per competency' });
  for (const c of result.competencies) {
    chart.append(
      el(
        'li',
        { 'data-competency': c.id },
        el('span', { class: 'competency-name' }, c.name),
        el('span', { class: 'bar', 'aria-hidden': 'true' }, el('span', { class: 'bar-fill', style: `width: ${c.percent.toFixed(1)}%` })),
        el('span', { class: 'competency-value' }, `${percentText(c.percent)} (${c.total} on a range of ${c.min} to ${c.max})`),
      ),
    );
  }

  const transcript = el('ol', { class: 'transcript' });
  for (const turn of transcriptOf(session)) {
    const { decision } = turn;
    const chosen = decision.options[decision.chosen!]!;
    const alternatives = !session.mode.debriefAlternatives ? null : el(
      'table',
      { class: 'alternatives' },
      el('caption', {}, `Decision ${decision.number + 1}: every option`),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Option'), el('th', { scope: 'col' }, 'Score'))),
      el(
        'tbody',
        {},
        ...decision.options.map((option, position) =>
          el(
            'tr',
            { class: position === decision.chosen ? 'chosen' : '' },
            el('td', {}, position === decision.chosen ? `${option.label} (your choice)` : option.label),
            el('td', {}, describeDeltas(option.tags.score, rubric)),
          ),
        ),
      ),
    );
    transcript.append(
      el(
        'li',
        { class: 'turn' },
        el('h3', {}, `Decision ${decision.number + 1}: ${chosen.label}`),
        el(
          'div',
          { class: 'turn-pair' },
          el(
            'div',
            { class: 'turn-message' },
            el('h4', {}, 'What you said'),
            ...(turn.message.length ? turn.message.map((line) => el('p', {}, line.text)) : [el('p', {}, chosen.label)]),
          ),
          el(
            'div',
            { class: 'turn-thought' },
            el('h4', {}, `What ${counterpart} thought`),
            ...(turn.thoughts.length ? turn.thoughts.map((thought) => el('p', {}, thought)) : [el('p', {}, '(no thought recorded)')]),
          ),
        ),
        chosen.tags.feedback ? el('p', { class: 'turn-feedback' }, chosen.tags.feedback) : null,
        alternatives,
        rewind ? el('button', { type: 'button', class: 'link', onclick: () => rewind(decision.number) }, `Replay from decision ${decision.number + 1}`) : null,
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
      el('p', { class: `verdict ${result.passed ? 'pass' : 'fail'}` }, result.passed ? `Passed (pass mark ${result.passMark}%)` : `Not passed yet (pass mark ${result.passMark}%)`),
    ),
    el('h2', {}, 'By competency'),
    chart,
    ending
      ? el(
          'section',
          { class: 'ending', 'aria-labelledby': 'ending-title' },
          el('h2', { id: 'ending-title' }, `Ending: ${ending.title}`),
          el('p', { class: 'ending-rating' }, 'How this ending rates: ', el('span', { class: 'stars', 'aria-label': `${ending.stars} of 5 stars` }, starsText(ending.stars))),
          el('h3', {}, `What ${counterpart} does next`),
          ...ending.epilogue.filter((l) => !l.tagsOnly).map((line) => el('p', { class: 'epilogue' }, epilogueText(line))),
        )
      : null,
    el('h2', {}, 'Your path, and what they thought'),
    transcript,
    el(
      'div',
      { class: 'actions' },
      el('button', { type: 'button', class: 'primary', onclick: actions.again }, 'Play again'),
      el('button', { type: 'button', onclick: actions.menu }, 'Back to scenarios'),
    ),
  );
}
