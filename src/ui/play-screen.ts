/**
 * The play screen's DOM, drawn from the play view: the conversation as a live log, the options as
 * buttons, coaching after each choice, running scores and replay, as far as the mode allows. It
 * never decides anything: a click or a key goes to the play controller, and the screen redraws
 * from the view the controller sends back. The Phaser stage draws behind it.
 */
import type { PlayController } from '../app/play-controller';
import type { PlayView } from '../core/session/play-view';
import type { Rubric } from '../core/scoring/rubric';
import { append, el } from '../dom/el';
import { ConversationLog } from './conversation-log';
import { counterpartFirstName, describeDeltas, numberText } from './labels';

export interface PlayActions {
  finish(): void;
  restart(): void;
  rewind(decisionNumber: number): void;
  menu(): void;
  setCoaching(on: boolean): void;
}

/**
 * How long new options stay disabled after they are drawn. Longer than Enter pressed twice or a
 * double click's second press (about 100-250 ms apart), shorter than anyone reads a new decision.
 */
export const optionSettleMs = 300;

/** Within this many pixels of the end, the log counts as following the newest line. */
const pinnedSlackPx = 4;

export class PlayScreen {
  readonly element: HTMLElement;
  private readonly log: HTMLDivElement;
  private readonly optionsGroup: HTMLElement;
  private readonly coaching: HTMLElement;
  private readonly conversation: ConversationLog;
  private readonly metersText: HTMLElement;
  private readonly scoresList: HTMLElement;
  private readonly rewindList: HTMLElement;
  private readonly stopFollowing: () => void;
  private readonly resizes: ResizeObserver;
  private renderedEntries = 0;
  /** Which decision's options are drawn (undefined before the first render, null once over). */
  private renderedDecision: number | null | undefined = undefined;
  private renderedReveal = false;
  /** Whether the log follows its newest line; false once the learner scrolls up to reread. */
  private pinned = true;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly controller: PlayController,
    private readonly rubric: Rubric,
    private readonly actions: PlayActions,
    coachingOn: boolean,
  ) {
    const meta = controller.session.scenario.meta;
    const mode = controller.mode;
    this.metersText = el('p', { class: 'meters-text' });
    this.log = el('div', { class: 'log', role: 'log', 'aria-label': 'Conversation', 'aria-live': 'polite', tabindex: 0 });
    this.conversation = new ConversationLog(this.log, counterpartFirstName(meta, 'They'));
    this.optionsGroup = el('div', { class: 'options', role: 'group', 'aria-labelledby': 'options-label' });
    this.coaching = el('div', { class: 'coaching', 'aria-live': 'polite', hidden: true });
    this.scoresList = el('dl', { class: 'running-scores' });
    this.rewindList = el('ol', { class: 'rewind-list' });
    const coachingToggle = el('input', { type: 'checkbox', id: 'feedback-toggle', checked: coachingOn });
    coachingToggle.addEventListener('change', () => actions.setCoaching(coachingToggle.checked));
    this.log.addEventListener('scroll', () => {
      this.pinned = this.log.scrollHeight - this.log.scrollTop - this.log.clientHeight <= pinnedSlackPx;
    });
    // A resize, coaching appearing or a panel opening changes the log's height: keep the newest
    // line in sight, unless the learner has scrolled up to reread (then the page must not jump).
    this.resizes = new ResizeObserver(() => {
      if (this.pinned) this.scrollLogToEnd();
    });
    this.resizes.observe(this.log);
    this.element = el(
      'section',
      { class: 'screen play', 'aria-labelledby': 'play-title', 'data-scenario': meta.id, 'data-mode': mode.name },
      el(
        'header',
        { class: 'play-bar' },
        el('h1', { id: 'play-title' }, meta.title),
        this.metersText,
        el(
          'nav',
          { class: 'play-controls', 'aria-label': 'Scenario controls' },
          mode.coachingAfterChoice && mode.coachingToggle
            ? el('label', { class: 'toggle' }, coachingToggle, ' Coaching after each choice')
            : null,
          mode.restart ? el('button', { type: 'button', onclick: () => actions.restart() }, 'Restart') : null,
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
        el('summary', {}, mode.rewind ? 'Scores so far and replay' : mode.runningScores ? 'Scores so far' : 'Settings'),
        mode.runningScores ? el('h3', {}, 'Scores so far') : null,
        mode.runningScores ? this.scoresList : null,
        mode.rewind ? el('h3', {}, 'Go back to a decision') : null,
        mode.rewind ? this.rewindList : null,
      ),
    );
    this.render(controller.view);
    this.stopFollowing = controller.events.on('view', (view) => this.render(view));
  }

  /** The panel where the app adds the sound settings. */
  get settingsSlot(): HTMLElement {
    return this.element.querySelector('.practice-panel')!;
  }

  /** Stops following the controller (the learner left the screen). */
  detach(): void {
    this.stopFollowing();
    this.resizes.disconnect();
    clearTimeout(this.settleTimer);
  }

  private render(view: PlayView): void {
    // The time and channel show once, in the log's dividers (and on the stage), not in this bar too.
    this.metersText.textContent = Object.entries(view.meters)
      .map(([name, value]) => `${name === 'trust' ? 'Trust' : 'Reputation'} ${value} of 10`)
      .join(' · ');
    this.renderCoaching(view);
    this.renderOptions(view);
    this.renderPracticePanel(view);
    this.element.classList.toggle('blanked', view.display.blanked);
    // New lines go last so the scroll sees the final heights of the coaching and the options.
    const added = this.appendEntries(view);
    if (added) this.pinned = true;
    if (this.pinned) this.scrollLogToEnd();
  }

  private appendEntries(view: PlayView): boolean {
    const fresh = view.log.slice(this.renderedEntries);
    this.renderedEntries = view.log.length;
    this.conversation.append(fresh, view.presentation);
    return fresh.length > 0;
  }

  /** Only the log scrolls, never the page: the learner's place elsewhere stays put. */
  private scrollLogToEnd(): void {
    this.log.scrollTop = this.log.scrollHeight;
    // The screen is built before it is attached; once it is laid out, look again.
    if (!this.log.isConnected || this.log.clientHeight === 0) requestAnimationFrame(() => (this.log.scrollTop = this.log.scrollHeight));
  }

  private renderCoaching(view: PlayView): void {
    const coaching = view.coaching;
    if (!coaching) {
      this.coaching.hidden = true;
      return;
    }
    this.coaching.replaceChildren();
    append(
      this.coaching,
      el('h2', {}, 'Coaching'),
      // A critical mistake is said first and in words: it decides the attempt whatever follows.
      coaching.critical ? el('p', { class: 'coaching-critical', role: 'alert' }, coaching.critical) : null,
      el('p', { class: 'coaching-choice' }, `You chose: ${coaching.label}`),
      el('p', { class: 'coaching-deltas' }, describeDeltas(coaching.deltas, this.rubric)),
      coaching.note ? el('p', { class: 'coaching-note' }, coaching.note) : null,
    );
    this.coaching.hidden = false;
  }

  private renderOptions(view: PlayView): void {
    if (view.decisionNumber === this.renderedDecision && view.display.revealed === this.renderedReveal) return;
    const sameDecision = view.decisionNumber === this.renderedDecision;
    this.renderedDecision = view.decisionNumber;
    this.renderedReveal = view.display.revealed;
    const decisionNumber = view.decisionNumber;
    if (decisionNumber === null) {
      this.optionsGroup.replaceChildren(
        el('p', { class: 'ending-line' }, view.ending ? `Ending reached: ${view.ending.title}` : 'The conversation is over.'),
        el('button', { type: 'button', class: 'primary', 'data-finish': true, onclick: () => this.actions.finish() }, 'See your debrief'),
      );
      return;
    }
    const ready = sameDecision && this.controller.accepts(decisionNumber);
    const buttons = view.options.map((option) =>
      el(
        'button',
        {
          type: 'button',
          class: 'option',
          'data-option': option.position + 1,
          disabled: !ready,
          onclick: (event: Event) => {
            // The second click of a double click belongs to the first decision, not this one.
            if (event instanceof MouseEvent && event.detail > 1) return;
            this.controller.choose(option.position, decisionNumber);
          },
        },
        el('span', { class: 'key', 'aria-hidden': 'true' }, String(option.position + 1)),
        el('span', { class: 'label' }, option.label),
        option.revealed ? el('span', { class: 'revealed' }, describeDeltas(option.revealed, this.rubric)) : null,
      ),
    );
    this.optionsGroup.replaceChildren(...buttons);
    if (!ready) this.enableWhenSeen(decisionNumber, buttons);
  }

  /**
   * Enables new options once they have been drawn (the next frame) and have stood long enough to be
   * seen; until then the controller ignores input for them too.
   */
  private enableWhenSeen(decisionNumber: number, buttons: HTMLButtonElement[]): void {
    clearTimeout(this.settleTimer);
    requestAnimationFrame(() => {
      this.settleTimer = setTimeout(() => {
        if (this.renderedDecision !== decisionNumber) return;
        for (const button of buttons) button.disabled = false;
        this.controller.optionsShown(decisionNumber);
        // Keyboard play continues on the first option, unless the learner has moved focus elsewhere.
        const focused = document.activeElement;
        if (!focused || focused === document.body || this.optionsGroup.contains(focused)) buttons[0]?.focus({ preventScroll: true });
      }, optionSettleMs);
    });
  }

  private renderPracticePanel(view: PlayView): void {
    const scored = this.rubric.competencies.filter((c) => this.controller.session.scenario.meta.scores[c.id]);
    this.scoresList.replaceChildren(...scored.flatMap((c) => [el('dt', {}, c.name), el('dd', {}, numberText(view.totals[c.id] ?? 0))]));
    this.rewindList.replaceChildren(
      ...view.chosen.map((d) =>
        el(
          'li',
          {},
          el('button', { type: 'button', onclick: () => this.actions.rewind(d.number) }, `Decision ${d.number + 1}: ${d.label}`),
        ),
      ),
    );
  }
}
