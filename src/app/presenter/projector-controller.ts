/**
 * The facilitator's side of a projector session. It owns the play session (a rewind replaces it),
 * steps the room through each step's lines one at a time, highlights options for a clicker, keeps
 * the reveal, blank and timer, and the room's votes; every change goes out as one
 * {@link ProjectorState} to the projector view and the presenter window. No DOM here: the view
 * turns keys into {@link ProjectorCommand}s, and runs the highlight's dwell timer.
 */
import type { PlaySession } from '../../core/session/play-session';
import { initialDisplay, logEntriesOf, playViewOf, type DisplayState, type LogEntry } from '../../core/session/play-view';
import { initialPresentation, presentLine } from '../../core/session/presentation';
import type { StoryLine } from '../../core/story/story-player';
import type { Meters } from '../../core/story/meters';
import { TypedEvents } from '../../core/typed-events';
import type { ProjectorCommand } from './projector-keys';
import type { ProjectorPlace, ProjectorState } from './projector-state';

/** How long a highlighted option stands before it is taken, when only a clicker is at hand. */
export const confirmDwellMs = 3000;

export interface ProjectorEvents {
  state: ProjectorState;
  /** A new play session replaced the old one (a rewind): its subscribers must follow it. */
  session: PlaySession;
  /** The facilitator stepped past the ending: show the debrief. */
  finish: PlaySession;
}

export interface ProjectorControllerOptions {
  /** Builds a session from a list of choices (the start, a restore, a rewind). */
  replay(choices: readonly number[]): PlaySession;
  now?: () => number;
}

/** Lines of the step the room is in: those since the last pick (or the start). */
function currentStep(session: PlaySession): { before: StoryLine[]; lines: StoryLine[] } {
  const steps = session.steps;
  let cut = 0;
  steps.forEach((step, i) => {
    if (step.kind === 'decision' && step.decision.chosen !== null) cut = i + 1;
  });
  const linesOf = (from: number, to: number) => steps.slice(from, to).flatMap((step) => (step.kind === 'lines' ? step.lines : []));
  return { before: linesOf(0, cut), lines: linesOf(cut, steps.length) };
}

const isSpoken = (entry: LogEntry) => entry.kind === 'line';

export class ProjectorController {
  readonly events = new TypedEvents<ProjectorEvents>();
  private current: PlaySession;
  private linesShown: number;
  /** The meters before the last pick: the room sees them until the consequence's first line. */
  private metersAtPick: Meters | null = null;
  private highlightedNow: number | null = null;
  private display: DisplayState;
  private votes: Record<string, number[]>;
  private help = false;
  /** The decision whose options the room has seen long enough to take input. */
  private shownDecision: number | null = null;
  private readonly now: () => number;

  constructor(
    private readonly options: ProjectorControllerOptions,
    place: ProjectorPlace | null = null,
  ) {
    this.now = options.now ?? (() => Date.now());
    this.current = options.replay(place?.choices ?? []);
    this.display = place?.display ?? initialDisplay;
    this.votes = place?.votes ?? {};
    this.linesShown = Math.min(place?.linesShown ?? 0, this.segmentLines());
  }

  get session(): PlaySession {
    return this.current;
  }

  get highlighted(): number | null {
    return this.highlightedNow;
  }

  /** What a reload needs to come back to this point. */
  get place(): ProjectorPlace {
    return { choices: this.current.choices, linesShown: this.linesShown, display: this.display, votes: this.votes };
  }

  get state(): ProjectorState {
    const session = this.current;
    const view = playViewOf(session, { display: this.display });
    const { before, lines } = currentStep(session);
    // The stage shows the room's point in the story: a mood the next line brings must not show early.
    const shownLines = lines
      .filter((line) => !line.tagsOnly)
      .slice(0, this.linesShown)
      .at(-1);
    const upTo = shownLines ? [...before, ...lines.slice(0, lines.indexOf(shownLines) + 1)] : before;
    view.presentation = upTo.reduce(presentLine, initialPresentation(session.scenario.meta.channel));
    // Nor may the meters tell the consequence of a pick before its first line is shown.
    if (this.linesShown === 0 && this.metersAtPick) view.meters = { ...this.metersAtPick };
    const segment = view.log.slice(logEntriesOf(before, null, session.scenario.meta.channel).length);
    const spoken = segment.filter(isSpoken);
    const open = session.openDecision;
    const optionsVisible = this.optionsVisible();
    const next = spoken[this.linesShown];
    const lastChosen = view.chosen.at(-1);
    return {
      view,
      segment,
      linesShown: this.linesShown,
      segmentLines: spoken.length,
      highlighted: optionsVisible ? this.highlightedNow : null,
      pickedLabel: this.linesShown === 0 && lastChosen ? lastChosen.label : null,
      optionsVisible,
      help: this.help,
      facilitator: {
        discuss: open?.discuss ?? null,
        options: (open?.options ?? []).map((option, position) => ({
          position,
          label: option.label,
          deltas: { ...(option.tags.score ?? {}) },
          feedback: option.tags.feedback ?? null,
          discuss: option.tags.discuss ?? null,
        })),
        nextLine: next?.kind === 'line' ? next.text : null,
      },
      votes: structuredClone(this.votes),
    };
  }

  /** The room's screen has drawn decision `decisionNumber`'s options and they stood long enough: picks may take it. */
  optionsShown(decisionNumber: number): void {
    if (this.optionsVisible() && this.current.openDecision?.number === decisionNumber) this.shownDecision = decisionNumber;
  }

  /** Whether a pick would be taken now. */
  get acceptsPick(): boolean {
    const open = this.current.openDecision;
    return open !== null && this.optionsVisible() && this.shownDecision === open.number;
  }

  /** Applies a command from a key, a button or the presenter window; returns whether it did anything. */
  apply(command: ProjectorCommand): boolean {
    switch (command.kind) {
      case 'advance':
        return this.advance();
      case 'back':
        return this.back();
      case 'pick':
        return this.pick(command.position);
      case 'reveal':
        return this.current.openDecision !== null && this.setDisplay({ revealed: !this.display.revealed });
      case 'blank':
        return this.setDisplay({ blanked: !this.display.blanked });
      case 'timer':
        return this.toggleTimer();
      case 'help':
        this.help = !this.help;
        return this.publish();
      case 'vote':
        return this.vote(command.decision, command.position, command.count);
      case 'fullscreen':
      case 'presenter':
        // Window matters (they need a user gesture in the window that has it): the view does them.
        return false;
    }
  }

  private segmentLines(): number {
    const { before, lines } = currentStep(this.current);
    const all = logEntriesOf([...before, ...lines], null, this.current.scenario.meta.channel);
    return all.slice(logEntriesOf(before, null, this.current.scenario.meta.channel).length).filter(isSpoken).length;
  }

  private optionsVisible(): boolean {
    return this.current.openDecision !== null && this.linesShown >= this.segmentLines();
  }

  private advance(): boolean {
    if (this.linesShown < this.segmentLines()) {
      this.linesShown += 1;
      return this.publish();
    }
    const open = this.current.openDecision;
    if (open) {
      const count = open.options.length;
      this.highlightedNow = this.highlightedNow === null ? 0 : (this.highlightedNow + 1) % count;
      return this.publish();
    }
    this.events.emit('finish', this.current);
    return true;
  }

  private back(): boolean {
    if (this.highlightedNow !== null && this.optionsVisible()) {
      this.highlightedNow = null;
      return this.publish();
    }
    if (this.linesShown > 0) {
      this.linesShown -= 1;
      this.highlightedNow = null;
      return this.publish();
    }
    const choices = this.current.choices;
    if (choices.length === 0 || !this.current.mode.rewind) return false;
    this.replace(choices.slice(0, -1));
    // Back at the decision just undone: its lines were read already, so its options show at once.
    this.linesShown = this.segmentLines();
    return this.publish();
  }

  private pick(position: number): boolean {
    const open = this.current.openDecision;
    if (!open?.options[position] || !this.acceptsPick) return false;
    this.shownDecision = null;
    this.highlightedNow = null;
    this.linesShown = 0;
    this.display = { ...this.display, revealed: false };
    this.metersAtPick = { ...this.current.meters };
    try {
      this.current.choose(position);
    } finally {
      this.publish();
    }
    return true;
  }

  private vote(decision: number, position: number, count: number): boolean {
    const open = this.current.openDecision;
    if (!open || open.number !== decision || !open.options[position] || !Number.isInteger(count) || count < 0) return false;
    const counts = this.votes[String(decision)] ?? open.options.map(() => 0);
    counts[position] = count;
    this.votes = { ...this.votes, [String(decision)]: [...counts] };
    return this.publish();
  }

  private replace(choices: readonly number[]): void {
    this.metersAtPick = null;
    this.current.leave();
    this.current = this.options.replay(choices);
    this.shownDecision = null;
    this.highlightedNow = null;
    this.display = { ...this.display, revealed: false };
    this.events.emit('session', this.current);
  }

  private toggleTimer(): boolean {
    const timer = this.display.timer ?? { startedAt: null, elapsedMs: 0 };
    const now = this.now();
    const next =
      timer.startedAt === null
        ? { startedAt: now, elapsedMs: timer.elapsedMs }
        : { startedAt: null, elapsedMs: timer.elapsedMs + (now - timer.startedAt) };
    return this.setDisplay({ timer: next });
  }

  private setDisplay(change: Partial<DisplayState>): true {
    this.display = { ...this.display, ...change };
    return this.publish();
  }

  private publish(): true {
    this.events.emit('state', this.state);
    return true;
  }
}
