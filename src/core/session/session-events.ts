/**
 * What a play session tells the rest of the game. The save (a record sink), the sound and, later,
 * learning platforms subscribe to these instead of being called by hand from the screens.
 */
import type { ScenarioResult } from '../scoring/result.ts';
import type { ScenarioMeta } from '../story/scenario.ts';
import type { Meters } from '../story/meters.ts';
import type { StoryLine, StoryOption } from '../story/story-player.ts';
import type { ModeName } from './mode-policy.ts';
import type { Presentation } from './presentation.ts';

/** A decision of the playthrough; frozen, so no subscriber can rewrite what was chosen. */
export interface Decision {
  /** 0-based number of this decision in the playthrough. */
  readonly number: number;
  /** In authored order: `chosen` and the saved choices index into this. */
  readonly options: readonly StoryOption[];
  /** Authored positions in the order shown: `shownOrder[k]` is the option shown k-th (number key k + 1). */
  readonly shownOrder: readonly number[];
  /** The facilitator's prompt for this decision (the last `# discuss:` before it, or the options'). */
  readonly discuss: string | null;
  /** Where the option chosen sits in `options` (its authored position); null while the decision is open. */
  readonly chosen: number | null;
  readonly totalsBefore: Readonly<Record<string, number>>;
  readonly metersBefore: Readonly<Meters>;
}

export interface Ending {
  readonly title: string;
  readonly stars: number;
  /** The line that reached the ending and every line after it: what the counterpart does next. */
  readonly epilogue: readonly StoryLine[];
}

interface SessionOpened {
  readonly scenario: ScenarioMeta;
  readonly mode: ModeName;
  /** True when the session was rebuilt from earlier choices (a resume or a replay from a decision). */
  readonly resumed: boolean;
  readonly choices: readonly number[];
  /** The attempt's shown-order seed (null: authored order), kept with the save. */
  readonly shuffleSeed: number | null;
  /** Every line so far (on a fresh start, the opening lines). */
  readonly lines: readonly StoryLine[];
  readonly presentation: Presentation;
}

export interface ChoiceMade {
  readonly scenario: ScenarioMeta;
  /** The decision as it now stands, with `chosen` set. */
  readonly decision: Decision;
  readonly option: StoryOption;
  /** The lines the choice brought, up to the next decision or the end. */
  readonly lines: readonly StoryLine[];
  readonly presentationBefore: Presentation;
  readonly presentationAfter: Presentation;
  readonly meters: Readonly<Meters>;
  /** Every authored option position chosen so far, this one included: what a save keeps. */
  readonly choices: readonly number[];
  /** The attempt's shown-order seed (null: authored order): a save keeps it beside the choices. */
  readonly shuffleSeed: number | null;
}

interface SessionEnded {
  readonly scenario: ScenarioMeta;
  readonly result: ScenarioResult;
  readonly ending: Ending | null;
  readonly choices: readonly number[];
}

interface SessionLeft {
  readonly scenario: ScenarioMeta;
  readonly choices: readonly number[];
  readonly over: boolean;
}

export interface SessionEvents {
  opened: SessionOpened;
  chose: ChoiceMade;
  ended: SessionEnded;
  left: SessionLeft;
}
