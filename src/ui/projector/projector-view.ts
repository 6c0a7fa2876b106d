/**
 * The room's screen in projector mode: the stage large behind, the step's current lines and the
 * options in type readable from the back, the facilitator's prompt of what the next key does, and
 * the blank and key-help overlays. It draws from the {@link ProjectorState}; keys and buttons go
 * to the projector controller as commands. Nothing here is hover-only and no pointer is needed.
 */
import { confirmDwellMs, type ProjectorController } from '../../app/presenter/projector-controller';
import { projectorCommandFor, projectorKeyHelp, type ProjectorCommand } from '../../app/presenter/projector-keys';
import type { ProjectorState } from '../../app/presenter/projector-state';
import type { LogEntry } from '../../core/session/play-view';
import type { Rubric } from '../../core/scoring/rubric';
import { el } from '../../dom/el';
import { channelNames } from '../../core/stage/labels';
import { counterpartFirstName, describeDeltas, moodWords, speakerName } from '../labels';
import { optionSettleMs } from '../play-screen';
import { timerText } from './timer-text';

export interface ProjectorViewActions {
  /** Opens the presenter window (from a key press or a click: a user gesture). */
  openPresenter(): void;
  menu(): void;
}

/** The room reads the newest lines; older ones of the step scroll off the top. */
const linesOnScreen = 3;

export class ProjectorView {
  readonly element: HTMLElement;
  private readonly lines: HTMLElement;
  private readonly prompt: HTMLElement;
  private readonly optionsGroup: HTMLElement;
  private readonly stamp: HTMLElement;
  private readonly timer: HTMLElement;
  private readonly blank: HTMLElement;
  private readonly help: HTMLElement;
  private readonly stopFollowing: () => void;
  private readonly onKey = (event: KeyboardEvent) => this.handleKey(event);
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private dwellTimer: ReturnType<typeof setTimeout> | undefined;
  private tick: ReturnType<typeof setInterval> | undefined;
  private settling: number | null = null;
  private dwellFor: string | null = null;
  private latest: ProjectorState;

  constructor(
    private readonly controller: ProjectorController,
    private readonly rubric: Rubric,
    private readonly actions: ProjectorViewActions,
  ) {
    const meta = controller.session.scenario.meta;
    this.stamp = el('p', { class: 'projector-stamp' });
    this.timer = el('p', { class: 'projector-timer', 'aria-live': 'off', hidden: true });
    this.lines = el('div', { class: 'projector-lines', role: 'log', 'aria-label': 'Conversation', 'aria-live': 'polite' });
    this.prompt = el('p', { class: 'projector-prompt', 'aria-live': 'polite' });
    this.optionsGroup = el('div', { class: 'options projector-options', role: 'group', 'aria-label': 'Options' });
    this.blank = el('div', { class: 'projector-blank', hidden: true }, el('p', {}, 'Screen blanked for discussion · press B to return'));
    this.help = el(
      'div',
      { class: 'projector-help', role: 'dialog', 'aria-label': 'Projector keys', hidden: true },
      el('h2', {}, 'Projector keys'),
      el('dl', {}, ...projectorKeyHelp.flatMap(([keys, meaning]) => [el('dt', {}, keys), el('dd', {}, meaning)])),
      el('p', {}, 'Press ? again to close.'),
    );
    this.element = el(
      'section',
      { class: 'screen projector', 'aria-labelledby': 'projector-title', 'data-scenario': meta.id, 'data-mode': 'projector' },
      el(
        'header',
        { class: 'projector-bar' },
        el('h1', { id: 'projector-title' }, meta.title),
        this.stamp,
        this.timer,
        el(
          'nav',
          { class: 'projector-controls', 'aria-label': 'Projector controls' },
          el('button', { type: 'button', 'data-presenter': true, onclick: () => this.actions.openPresenter() }, 'Presenter window (P)'),
          el('button', { type: 'button', onclick: () => this.send({ kind: 'help' }) }, 'Keys (?)'),
          el('button', { type: 'button', onclick: () => this.actions.menu() }, 'Menu'),
        ),
      ),
      this.lines,
      this.prompt,
      this.optionsGroup,
      this.blank,
      this.help,
    );
    this.latest = controller.state;
    this.render(this.latest);
    this.stopFollowing = controller.events.on('state', (state) => this.render(state));
    document.addEventListener('keydown', this.onKey);
  }

  /** Stops following the controller and the keyboard (the facilitator left the scenario). */
  detach(): void {
    this.stopFollowing();
    document.removeEventListener('keydown', this.onKey);
    clearTimeout(this.settleTimer);
    clearTimeout(this.dwellTimer);
    clearInterval(this.tick);
  }

  /** A command from this window's keys or buttons, or from the presenter window. */
  send(command: ProjectorCommand): void {
    if (command.kind === 'fullscreen') this.toggleFullscreen();
    else if (command.kind === 'presenter') this.actions.openPresenter();
    else this.controller.apply(command);
  }

  private handleKey(event: KeyboardEvent): void {
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, select, textarea')) return;
    // Some clickers send F5 for "start the show": a reload would only come back to the same point, so skip it.
    if (event.key === 'F5') {
      event.preventDefault();
      return;
    }
    const command = projectorCommandFor(event);
    if (!command) return;
    event.preventDefault();
    this.send(command);
  }

  private toggleFullscreen(): void {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  }

  private render(state: ProjectorState): void {
    this.latest = state;
    const view = state.view;
    this.stamp.textContent = [view.presentation.time, channelNames[view.presentation.channel]].filter(Boolean).join(' · ');
    this.renderLines(state);
    this.renderOptions(state);
    this.renderPrompt(state);
    this.renderTimer();
    this.blank.hidden = !view.display.blanked;
    this.element.classList.toggle('blanked', view.display.blanked);
    this.help.hidden = !state.help;
    this.element.dataset.linesShown = String(state.linesShown);
    this.element.dataset.decision = view.decisionNumber === null ? 'end' : String(view.decisionNumber);
    this.element.dataset.highlighted = state.highlighted === null ? '' : String(state.highlighted + 1);
  }

  private renderLines(state: ProjectorState): void {
    const shown: LogEntry[] = [];
    let spoken = 0;
    for (const entry of state.segment) {
      if (entry.kind === 'line') {
        if (spoken >= state.linesShown) break;
        spoken += 1;
      }
      shown.push(entry);
    }
    const counterpart = counterpartFirstName(this.controller.session.scenario.meta, 'They');
    const lastLines = shown.filter((entry) => entry.kind === 'line').slice(-linesOnScreen);
    const from = lastLines.length ? shown.indexOf(lastLines[0]!) : shown.length;
    this.lines.replaceChildren(
      ...shown.slice(Math.max(0, from - 1)).map((entry) => {
        if (entry.kind === 'divider')
          return el('p', { class: 'line divider' }, [entry.time, channelNames[entry.channel]].filter(Boolean).join(' · '));
        if (entry.kind === 'mood') return el('p', { class: 'line mood-note' }, `${counterpart} seems ${moodWords[entry.mood]}.`);
        return el(
          'p',
          { class: `line line-${entry.whose}`, 'data-channel': entry.channel },
          entry.speaker && entry.prefixSpeaker ? el('span', { class: 'speaker' }, `${speakerName(entry.speaker, entry.whose)}: `) : null,
          el('span', { class: 'text' }, entry.text),
        );
      }),
    );
  }

  private renderPrompt(state: ProjectorState): void {
    const view = state.view;
    let text: string;
    if (state.pickedLabel !== null) text = `The room chose: “${state.pickedLabel}”. PageDown shows what happens.`;
    else if (state.linesShown === 0 && state.segmentLines > 0) text = 'PageDown to begin.';
    else if (state.linesShown < state.segmentLines) text = 'PageDown: next line.';
    else if (view.decisionNumber === null)
      text = view.ending
        ? `Ending: ${view.ending.title}. PageDown for the debrief.`
        : 'The conversation is over. PageDown for the debrief.';
    else if (state.highlighted !== null)
      text = `Option ${state.highlighted + 1} is taken in ${confirmDwellMs / 1000} s · PageDown: next option · PageUp: cancel`;
    else text = 'Discuss, then press the option’s number, or PageDown to highlight one.';
    this.prompt.textContent = text;
  }

  private renderOptions(state: ProjectorState): void {
    const view = state.view;
    const decision = view.decisionNumber;
    if (!state.optionsVisible || decision === null) {
      this.optionsGroup.replaceChildren();
      this.optionsGroup.hidden = true;
      this.stopDwell();
      this.settling = null;
      return;
    }
    this.optionsGroup.hidden = false;
    const ready = this.controller.acceptsPick;
    const buttons = view.options.map((option) =>
      el(
        'button',
        {
          type: 'button',
          class: `option${state.highlighted === option.position ? ' highlighted' : ''}`,
          'data-option': option.position + 1,
          'aria-pressed': state.highlighted === option.position ? 'true' : undefined,
          disabled: !ready,
          onclick: (event: Event) => {
            if (event instanceof MouseEvent && event.detail > 1) return;
            this.send({ kind: 'pick', position: option.position });
          },
        },
        el('span', { class: 'key', 'aria-hidden': 'true' }, String(option.position + 1)),
        el('span', { class: 'label' }, option.label),
        option.revealed ? el('span', { class: 'revealed' }, describeDeltas(option.revealed, this.rubric)) : null,
      ),
    );
    this.optionsGroup.replaceChildren(...buttons);
    if (!ready && this.settling !== decision) this.settle(decision);
    this.dwell(state);
  }

  /** New options take input a moment after they are drawn, so a key meant for the lines cannot pick one. */
  private settle(decision: number): void {
    this.settling = decision;
    clearTimeout(this.settleTimer);
    requestAnimationFrame(() => {
      this.settleTimer = setTimeout(() => {
        if (this.settling !== decision) return;
        this.controller.optionsShown(decision);
        for (const button of this.optionsGroup.querySelectorAll('button')) button.disabled = false;
        this.settling = null;
        this.dwell(this.latest);
      }, optionSettleMs);
    });
  }

  /** A highlighted option standing still for {@link confirmDwellMs} is taken: the clicker's "confirm". */
  private dwell(state: ProjectorState): void {
    const key = state.highlighted === null ? null : `${state.view.decisionNumber}:${state.highlighted}`;
    if (key === this.dwellFor) return;
    this.stopDwell();
    if (state.highlighted === null || !this.controller.acceptsPick) return;
    const position = state.highlighted;
    this.dwellFor = key;
    this.dwellTimer = setTimeout(() => {
      this.dwellFor = null;
      this.controller.apply({ kind: 'pick', position });
    }, confirmDwellMs);
  }

  private stopDwell(): void {
    clearTimeout(this.dwellTimer);
    this.dwellFor = null;
  }

  private renderTimer(): void {
    const timer = this.latest.view.display.timer;
    clearInterval(this.tick);
    this.timer.hidden = timer === null;
    if (!timer) return;
    const draw = () =>
      (this.timer.textContent = `Discussion ${timerText(timer, Date.now())}${timer.startedAt === null ? ' (paused)' : ''}`);
    draw();
    if (timer.startedAt !== null) this.tick = setInterval(draw, 250);
  }
}
