/**
 * The debrief's "your path": one fold per decision, its summary the choice and its score, its body
 * what the learner said beside what the counterpart thought, the coaching note, every option's
 * score and a replay from there. A choice that sent no message (a pause, a look at the records)
 * shows as an action taken, and a thought shows only when the story records one.
 */
import type { PlaySession } from '../core/session/play-session';
import { type TranscriptTurn, transcriptOf } from '../core/session/transcript';
import type { Rubric } from '../core/scoring/rubric';
import { criticalMistakeWords } from '../core/session/coaching';
import { el } from '../dom/el';
import { describeDeltas } from './labels';

export interface PathActions {
  /** Replay from a decision; null when the mode does not allow going back. */
  rewind: ((decisionNumber: number) => void) | null;
}

function alternativesTable(turn: TranscriptTurn, rubric: Rubric): HTMLElement {
  const { decision } = turn;
  return el(
    'table',
    { class: 'alternatives' },
    el('caption', {}, `Decision ${decision.number + 1}: every option`),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Option'), el('th', { scope: 'col' }, 'Score'))),
    el(
      'tbody',
      {},
      // In the order the learner saw them, so the table reads like the decision did.
      ...decision.shownOrder
        .map((position) => [decision.options[position]!, position] as const)
        .map(([option, position]) =>
          el(
            'tr',
            { class: position === decision.chosen ? 'chosen' : '' },
            el('td', {}, position === decision.chosen ? `${option.label} (your choice)` : option.label),
            el('td', {}, describeDeltas(option.tags.score, rubric)),
          ),
        ),
    ),
  );
}

/** What the learner sent and what the counterpart made of it, side by side; or the action alone. */
function exchange(turn: TranscriptTurn, chosenLabel: string, counterpart: string): HTMLElement {
  const thought = turn.thoughts.length
    ? el('div', { class: 'turn-thought' }, el('h3', {}, `What ${counterpart} thought`), ...turn.thoughts.map((t) => el('p', {}, t)))
    : null;
  if (!turn.message.length) {
    return el(
      'div',
      { class: thought ? 'turn-pair' : 'turn-single' },
      el(
        'div',
        { class: 'turn-action' },
        el('h3', {}, 'What you did'),
        el('p', {}, chosenLabel),
        el('p', { class: 'turn-aside' }, `No message went to ${counterpart}.`),
      ),
      thought,
    );
  }
  return el(
    'div',
    { class: thought ? 'turn-pair' : 'turn-single' },
    el('div', { class: 'turn-message' }, el('h3', {}, 'What you said'), ...turn.message.map((line) => el('p', {}, line.text))),
    thought,
  );
}

export function debriefPath(session: PlaySession, rubric: Rubric, counterpart: string, actions: PathActions): HTMLElement {
  const list = el('ol', { class: 'transcript' });
  const rewind = actions.rewind;
  for (const turn of transcriptOf(session)) {
    const { decision } = turn;
    const chosen = decision.options[decision.chosen!]!;
    const critical = criticalMistakeWords(chosen);
    list.append(
      el(
        'li',
        { class: critical ? 'turn critical' : 'turn', 'data-critical': critical !== null },
        el(
          'details',
          {},
          el(
            'summary',
            {},
            el('span', { class: 'turn-title' }, `Decision ${decision.number + 1}: ${chosen.label}`),
            el('span', { class: 'turn-score' }, describeDeltas(chosen.tags.score, rubric)),
          ),
          critical ? el('p', { class: 'turn-critical' }, critical) : null,
          exchange(turn, chosen.label, counterpart),
          chosen.tags.feedback ? el('p', { class: 'turn-feedback' }, chosen.tags.feedback) : null,
          session.mode.debriefAlternatives ? alternativesTable(turn, rubric) : null,
          rewind
            ? el(
                'button',
                { type: 'button', class: 'link', onclick: () => rewind(decision.number) },
                `Replay from decision ${decision.number + 1}`,
              )
            : null,
        ),
      ),
    );
  }
  return list;
}
