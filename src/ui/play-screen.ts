/**
 * The play screen's DOM: the conversation as a live log, the options as buttons, coaching after
 * each choice (practice), running scores and replay. The Phaser stage draws behind it.
 */
import type { PlaySession } from '../core/session/play-session';
import { initialPresentation, isPlayerLine, presentLine, type Presentation } from '../core/session/presentation';
import type { Rubric } from '../core/scoring/rubric';
import type { StoryLine, StoryOption } from '../core/story/story-player';
import type { Channel } from '../core/story/tags';
import { append, el } from './dom';
import { channelNames } from '../core/stage/labels';
import { describeDeltas, speakerName } from './labels';

export interface PlayActions {
  /** Called after every choice, so the caller can save, update the stage and play sounds. */
  chose(option: StoryOption, lines: StoryLine[], channelBefore: Channel): void;
  finish(): void;
  restart(): void;
  rewind(decisionNumber: number): void;
  menu(): void;
  setFeedback(on: boolean): void;
}

export interface PlaySettings {
  feedback: boolean;
}

const moodWords: Record<string, string> = {
  pleased: 'pleased',
  neutral: 'neutral',
  annoyed: 'annoyed',
  angry: 'angry',
  hurt: 'hurt',
  delighted: 'delighted',
};

export class PlayScreen {
  readonly element: HTMLElement;
  private readonly log: HTMLDivElement;
  private readonly optionsGroup: HTMLElement;
  private readonly coaching: HTMLElement;
  private readonly stamp: HTMLElement;
  private readonly metersText: HTMLElement;
  private readonly scoresList: HTMLElement;
  private readonly rewindList: HTMLElement;
  private shown: Presentation | null = null;

  constructor(
    private readonly session: PlaySession,
    private readonly rubric: Rubric,
    private readonly settings: PlaySettings,
    private readonly actions: PlayActions,
  ) {
    const meta = session.scenario.meta;
    this.stamp = el('p', { class: 'stamp', 'aria-live': 'polite' });
    this.metersText = el('p', { class: 'meters-text' });
    this.log = el('div', { class: 'log', role: 'log', 'aria-label': 'Conversation', 'aria-live': 'polite', tabindex: 0 });
    this.optionsGroup = el('div', { class: 'options', role: 'group', 'aria-labelledby': 'options-label' });
    this.coaching = el('div', { class: 'coaching', 'aria-live': 'polite', hidden: true });
    this.scoresList = el('dl', { class: 'running-scores' });
    this.rewindList = el('ol', { class: 'rewind-list' });
    const feedbackToggle = el('input', { type: 'checkbox', id: 'feedback-toggle', checked: settings.feedback });
    feedbackToggle.addEventListener('change', () => {
      settings.feedback = feedbackToggle.checked;
      actions.setFeedback(feedbackToggle.checked);
      if (!feedbackToggle.checked) this.coaching.hidden = true;
    });
    this.element = el(
      'section',
      { class: 'screen play', 'aria-labelledby': 'play-title', 'data-scenario': meta.id },
      el(
        'header',
        { class: 'play-bar' },
        el('h1', { id: 'play-title' }, meta.title),
        this.stamp,
        this.metersText,
        el(
          'nav',
          { class: 'play-controls', 'aria-label': 'Scenario controls' },
          el('label', { class: 'toggle' }, feedbackToggle, ' Coaching after each choice'),
          el('button', { type: 'button', onclick: () => actions.restart() }, 'Restart'),
          el('button', { type: 'button', onclick: () => actions.menu() }, 'Menu'),
        ),
      ),
      this.log,
      this.coaching,
      el('h2', { id: 'options-label', class: 'options-label' }, 'Your move'),
      this.optionsGroup,
      el(
        'details',
        { class: 'practice-panel' },
        el('summary', {}, 'Scores so far and replay'),
        el('h3', {}, 'Scores so far'),
        this.scoresList,
        el('h3', {}, 'Go back to a decision'),
        this.rewindList,
      ),
    );
    for (const step of session.steps) if (step.kind === 'lines') this.appendLines(step.lines);
    // Resumed or rewound sessions start with their past lines in place.
    this.refresh();
  }

  /** Number keys 1-9 pick an option; the rest is native buttons and Tab/Enter. */
  handleKey(event: KeyboardEvent): boolean {
    if (!/^[1-9]$/.test(event.key) || event.altKey || event.ctrlKey || event.metaKey) return false;
    const button = this.optionsGroup.querySelectorAll<HTMLButtonElement>('button[data-option]')[Number(event.key) - 1];
    if (!button || button.disabled) return false;
    button.click();
    return true;
  }

  focusFirstOption(): void {
    this.optionsGroup.querySelector<HTMLButtonElement>('button')?.focus();
  }

  private choose(position: number): void {
    for (const button of this.optionsGroup.querySelectorAll('button')) button.disabled = true;
    const channelBefore = this.session.presentation.channel;
    const { option, lines } = this.session.choose(position);
    this.showCoaching(option);
    this.appendLines(lines);
    this.actions.chose(option, lines, channelBefore);
    this.refresh();
    this.focusFirstOption();
  }

  private showCoaching(option: StoryOption): void {
    if (!this.settings.feedback) return;
    this.coaching.replaceChildren();
    append(
      this.coaching,
      el('h2', {}, 'Coaching'),
      el('p', { class: 'coaching-choice' }, `You chose: ${option.label}`),
      el('p', { class: 'coaching-deltas' }, describeDeltas(option.tags.score, this.rubric)),
      option.tags.feedback ? el('p', { class: 'coaching-note' }, option.tags.feedback) : null,
    );
    this.coaching.hidden = false;
  }

  private appendLines(lines: StoryLine[]): void {
    let presentation = this.shown;
    for (const line of lines) {
      const next = presentLine(presentation ?? initialPresentation(this.session.scenario.meta.channel), line);
      if (!presentation || next.channel !== presentation.channel || next.time !== presentation.time) {
        this.log.append(el('p', { class: 'line divider' }, [next.time, channelNames[next.channel]].filter(Boolean).join(' · ')));
      }
      if (presentation && line.tags.mood && line.tags.mood !== presentation.mood) {
        const who = this.session.scenario.meta.counterpart?.firstName ?? 'They';
        this.log.append(el('p', { class: 'line mood-note' }, `${who} seems ${moodWords[line.tags.mood]}.`));
      }
      presentation = next;
      if (line.tagsOnly) continue;
      const who = isPlayerLine(line) ? 'you' : line.tags.speaker ? 'them' : 'narration';
      this.log.append(
        el(
          'p',
          { class: `line line-${who}`, 'data-channel': next.channel },
          line.tags.speaker ? el('span', { class: 'speaker' }, `${speakerName(line.tags.speaker)}: `) : null,
          el('span', { class: 'text' }, line.text),
        ),
      );
    }
    this.shown = presentation;
    this.log.lastElementChild?.scrollIntoView({ block: 'end' });
  }

  private refresh(): void {
    const presentation = this.session.presentation;
    this.stamp.textContent = [presentation.time, channelNames[presentation.channel]].filter(Boolean).join(' · ');
    const meters = this.session.meters;
    this.metersText.textContent = Object.entries(meters)
      .map(([name, value]) => `${name === 'trust' ? 'Trust' : 'Reputation'} ${value} of 10`)
      .join(' · ');
    this.renderOptions();
    this.renderPracticePanel();
  }

  private renderOptions(): void {
    const decision = this.session.openDecision;
    if (!decision) {
      const ending = this.session.ending;
      this.optionsGroup.replaceChildren(
        el('p', { class: 'ending-line' }, ending ? `Ending reached: ${ending.title}` : 'The conversation is over.'),
        el('button', { type: 'button', class: 'primary', 'data-finish': true, onclick: () => this.actions.finish() }, 'See your debrief'),
      );
      return;
    }
    this.optionsGroup.replaceChildren(
      ...decision.options.map((option, position) =>
        el(
          'button',
          { type: 'button', class: 'option', 'data-option': position + 1, onclick: () => this.choose(position) },
          el('span', { class: 'key', 'aria-hidden': 'true' }, String(position + 1)),
          el('span', { class: 'label' }, option.label),
        ),
      ),
    );
  }

  private renderPracticePanel(): void {
    const totals = this.session.totals;
    const scored = this.rubric.competencies.filter((c) => this.session.scenario.meta.scores[c.id]);
    this.scoresList.replaceChildren(...scored.flatMap((c) => [el('dt', {}, c.name), el('dd', {}, String(totals[c.id] ?? 0))]));
    const decisions = this.session.decisions.filter((d) => d.chosen !== null);
    this.rewindList.replaceChildren(
      ...decisions.map((d) =>
        el(
          'li',
          {},
          el('button', { type: 'button', onclick: () => this.actions.rewind(d.number) }, `Decision ${d.number + 1}: ${d.options[d.chosen!]?.label ?? ''}`),
        ),
      ),
    );
  }
}
