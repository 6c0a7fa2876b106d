/**
 * Between the learner's input and the session. The number keys and the option buttons both call
 * {@link PlayController.choose}; it takes the choice only when it answers the decision whose options
 * are on screen (so a double click, Enter twice or a held key cannot take a decision the learner
 * never saw), hands it to the session (whose events reach the save and the sound), and sends the
 * new play view to whoever follows it (the play screen and the stage).
 */
import type { ModePolicy } from '../core/session/mode-policy';
import type { ChoiceMade, PlaySession } from '../core/session/play-session';
import { initialDisplay, playViewOf, type DisplayState, type PlayView } from '../core/session/play-view';
import type { StoryOption } from '../core/story/story-player';
import { TypedEvents } from '../core/typed-events';

export interface PlayControllerOptions {
  /** The learner's coaching setting, read at each choice (the store owns it). */
  coachingOn: () => boolean;
  /** The clock of the discussion timer. */
  now?: () => number;
}

/** Inputs where a digit key does nothing of its own, so it may still pick an option. */
const pressOnlyInputs = new Set(['checkbox', 'radio', 'button', 'submit', 'reset']);

/**
 * Fields where a digit is typed or a value is set (a slider, a select, a text field): number keys
 * there must not pick an option. Read by tag name, so the controller also runs in Node tests.
 */
function isEditingField(target: EventTarget | null): boolean {
  const element = target as { tagName?: string; type?: string; isContentEditable?: boolean } | null;
  const tag = element?.tagName?.toLowerCase();
  if (tag === 'input') return !pressOnlyInputs.has(element?.type ?? 'text');
  return tag === 'select' || tag === 'textarea' || element?.isContentEditable === true;
}

export class PlayController {
  readonly events = new TypedEvents<{ view: PlayView }>();
  readonly mode: ModePolicy;
  private display: DisplayState = initialDisplay;
  private coaching: StoryOption | null = null;
  /** The decision whose options the screen has drawn and enabled; input for any other is ignored. */
  private shownDecision: number | null = null;
  private readonly now: () => number;

  constructor(
    readonly session: PlaySession,
    private readonly options: PlayControllerOptions,
  ) {
    this.mode = session.mode;
    this.now = options.now ?? (() => Date.now());
  }

  get view(): PlayView {
    return playViewOf(this.session, { display: this.display, coaching: this.coaching });
  }

  /** The screen has drawn the options of `decisionNumber` and enabled them: input may now take it. */
  optionsShown(decisionNumber: number): void {
    if (this.session.openDecision?.number === decisionNumber) this.shownDecision = decisionNumber;
  }

  /** Whether input for `decisionNumber` would be taken now. */
  accepts(decisionNumber: number): boolean {
    return this.shownDecision === decisionNumber && this.session.openDecision?.number === decisionNumber;
  }

  /**
   * Takes the option SHOWN at `shownPosition` (number key `shownPosition + 1`) of decision
   * `decisionNumber`, or does nothing if that is not the decision on screen. The session records
   * the option's authored position, so the save does not depend on the order it was shown in.
   */
  choose(shownPosition: number, decisionNumber: number): ChoiceMade | null {
    const open = this.session.openDecision;
    const authored = open?.shownOrder[shownPosition];
    const option = authored === undefined ? undefined : open?.options[authored];
    if (!open || authored === undefined || !option || !this.accepts(decisionNumber)) return null;
    this.shownDecision = null;
    try {
      return this.session.choose(authored);
    } finally {
      // Even when a subscriber failed (its error goes on up), the choice is made: show where it led.
      this.coaching = this.mode.coachingAfterChoice && this.options.coachingOn() ? option : null;
      this.display = { ...this.display, revealed: false };
      this.publish();
    }
  }

  /** The learner's coaching setting changed: hide the coaching now, or show it from the next choice. */
  coachingChanged(): void {
    if (!this.options.coachingOn() && this.coaching) {
      this.coaching = null;
      this.publish();
    }
  }

  /**
   * Number keys 1-9 pick an option of the decision on screen; `R`, `B` and `T` do what the mode
   * allows. Returns true when the key was used. Auto-repeat and keys typed into a field are ignored.
   */
  handleKey(event: KeyboardEvent): boolean {
    if (event.repeat || event.altKey || event.ctrlKey || event.metaKey || isEditingField(event.target)) return false;
    if (/^[1-9]$/.test(event.key)) {
      const open = this.session.openDecision;
      return open !== null && this.choose(Number(event.key) - 1, open.number) !== null;
    }
    const key = event.key.toLowerCase();
    if (key === 'r' && this.mode.reveal) return this.setDisplay({ revealed: !this.display.revealed });
    if (key === 'b' && this.mode.blank) return this.setDisplay({ blanked: !this.display.blanked });
    if (key === 't' && this.mode.discussionTimer) return this.toggleTimer();
    return false;
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
    this.publish();
    return true;
  }

  private publish(): void {
    this.events.emit('view', this.view);
  }
}
