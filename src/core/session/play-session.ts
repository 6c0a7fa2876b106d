/**
 * One playthrough of a scenario: lines, decisions, running scores, meters and the ending. The UI
 * and the stage only read it and call `choose`; what happens because of a choice (the save, the
 * sound, a learning platform) hangs off its typed events. A session is its list of choices:
 * replaying them from the start rebuilds it exactly, which is how saves resume and how
 * replay-from-a-decision works.
 *
 * Choices are always AUTHORED positions (where an option sits in the story's own order), never
 * shown positions: a save made under one shown order replays under any other. The shown order is
 * a pure function of the attempt's shuffle seed (see option-order.ts), kept with the save; a
 * session without a seed (the checker's tools, the terminal player, tests) shows authored order.
 */
import { addDeltas, criticalMistakesIn, scoreResult, type ScenarioResult } from '../scoring/result.ts';
import { competencyIds, type Rubric } from '../scoring/rubric.ts';
import type { Scenario } from '../story/scenario.ts';
import type { Meters } from '../story/meters.ts';
import { StoryPlayer, type StoryLine } from '../story/story-player.ts';
import type { ScoreDeltas } from '../story/tags.ts';
import { TypedEvents } from '../typed-events.ts';
import { practicePolicy, type ModePolicy } from './mode-policy.ts';
import { optionOrder } from './option-order.ts';
import { initialPresentation, presentLine, type Presentation } from './presentation.ts';
import type { ChoiceMade, Decision, Ending, SessionEvents } from './session-events.ts';

export type { ChoiceMade, Decision, Ending } from './session-events.ts';

export type Step =
  | { readonly kind: 'lines'; readonly lines: readonly StoryLine[] }
  | { readonly kind: 'decision'; readonly decision: Decision };

export class PlaySession {
  /** Subscribe here; the session emits `opened` from {@link open}, `chose` and `ended` from {@link choose}, `left` from {@link leave}. */
  readonly events = new TypedEvents<SessionEvents>();
  private readonly stepsSoFar: Step[] = [];
  private readonly player: StoryPlayer;
  private totalsNow: ScoreDeltas = {};
  private presentationNow: Presentation;
  private endingNow: { title: string; stars: number; epilogue: StoryLine[] } | null = null;
  private replayedChoices = 0;

  constructor(
    readonly scenario: Scenario,
    private readonly rubric: Rubric,
    readonly mode: ModePolicy = practicePolicy,
    /** The attempt's seed for the shown option order; null shows every decision in authored order. */
    readonly shuffleSeed: number | null = null,
  ) {
    this.player = StoryPlayer.fromJson(scenario.storyJson, { competencies: new Set(competencyIds(rubric)) });
    this.presentationNow = initialPresentation(scenario.meta.channel);
    this.advance();
  }

  /**
   * Rebuilds a session by replaying choices (authored positions), silently; stops early if the
   * story no longer offers one. The same seed gives the earlier decisions the same shown order.
   */
  static replay(
    scenario: Scenario,
    rubric: Rubric,
    choices: readonly number[],
    mode: ModePolicy = practicePolicy,
    shuffleSeed: number | null = null,
  ): PlaySession {
    const session = new PlaySession(scenario, rubric, mode, shuffleSeed);
    for (const choice of choices) {
      if (!session.openDecision?.options[choice]) break;
      session.choose(choice);
    }
    session.replayedChoices = session.choices.length;
    return session;
  }

  /** Announces the session to its subscribers, once they are all attached. */
  open(): void {
    this.events.emit('opened', {
      scenario: this.scenario.meta,
      mode: this.mode.name,
      resumed: this.replayedChoices > 0,
      choices: this.choices,
      shuffleSeed: this.shuffleSeed,
      lines: this.lines,
      presentation: this.presentationNow,
    });
  }

  /** Tells subscribers the learner left this session (to the menu, the debrief, or a new attempt). */
  leave(): void {
    this.events.emit('left', { scenario: this.scenario.meta, choices: this.choices, over: this.isOver });
  }

  /** Every step so far, in order; the decisions in it are frozen records. */
  get steps(): readonly Step[] {
    return this.stepsSoFar;
  }

  get openDecision(): Decision | null {
    const last = this.stepsSoFar.at(-1);
    return last?.kind === 'decision' && last.decision.chosen === null ? last.decision : null;
  }

  get decisions(): Decision[] {
    return this.stepsSoFar.flatMap((step) => (step.kind === 'decision' ? [step.decision] : []));
  }

  /** Authored option positions chosen so far, in order: the whole session in a few bytes (with the seed). */
  get choices(): number[] {
    return this.decisions.flatMap((d) => (d.chosen === null ? [] : [d.chosen]));
  }

  get totals(): ScoreDeltas {
    return this.totalsNow;
  }

  get meters(): Meters {
    return this.player.meters();
  }

  get presentation(): Presentation {
    return this.presentationNow;
  }

  get ending(): Ending | null {
    return this.endingNow;
  }

  get isOver(): boolean {
    return this.player.isOver;
  }

  /** Every line so far, in order. */
  get lines(): StoryLine[] {
    return this.stepsSoFar.flatMap((step) => (step.kind === 'lines' ? step.lines : []));
  }

  /**
   * Takes the option at AUTHORED `position` of the open decision (`decision.shownOrder` maps a
   * shown place to it), plays on to the next one, and tells the subscribers (`chose`, then
   * `ended` when the story is over). Returns what it told them.
   */
  choose(position: number): ChoiceMade {
    const open = this.openDecision;
    const option = open?.options[position];
    if (!open || !option) throw new Error(`There is no option ${position + 1} to choose now.`);
    const decision: Decision = Object.freeze({ ...open, chosen: position });
    this.stepsSoFar[this.stepsSoFar.length - 1] = Object.freeze({ kind: 'decision', decision });
    const presentationBefore = this.presentationNow;
    this.totalsNow = addDeltas(this.totalsNow, option.tags.score ?? {});
    this.player.choose(option.index);
    const lines = this.advance();
    const choice: ChoiceMade = {
      scenario: this.scenario.meta,
      decision,
      option,
      lines,
      presentationBefore,
      presentationAfter: this.presentationNow,
      meters: this.player.meters(),
      choices: this.choices,
      shuffleSeed: this.shuffleSeed,
    };
    this.events.emit('chose', choice);
    if (this.isOver)
      this.events.emit('ended', { scenario: this.scenario.meta, result: this.result(), ending: this.endingNow, choices: choice.choices });
    return choice;
  }

  result(): ScenarioResult {
    return scoreResult(this.totalsNow, this.scenario.meta.scores, this.rubric, {
      criticalMistakes: criticalMistakesIn(this.decisions),
      ending: this.endingNow,
    });
  }

  private advance(): StoryLine[] {
    const lines = this.player.nextSegment();
    let discuss: string | null = null;
    for (const line of lines) {
      this.presentationNow = presentLine(this.presentationNow, line);
      if (line.tags.discuss) discuss = line.tags.discuss;
      if (line.tags.ending && !this.endingNow) this.endingNow = { ...line.tags.ending, epilogue: [] };
      if (this.endingNow) this.endingNow.epilogue.push(line);
    }
    if (lines.length) this.stepsSoFar.push(Object.freeze({ kind: 'lines', lines: Object.freeze([...lines]) }));
    if (!this.player.isOver) {
      const options = this.player.options;
      const number = this.decisions.length;
      const decision: Decision = Object.freeze({
        number,
        options: Object.freeze(options),
        shownOrder: Object.freeze(
          this.shuffleSeed === null ? options.map((_, i) => i) : optionOrder(this.shuffleSeed, number, options.length),
        ),
        discuss: discuss ?? options.find((o) => o.tags.discuss)?.tags.discuss ?? null,
        chosen: null,
        totalsBefore: this.totalsNow,
        metersBefore: this.player.meters(),
      });
      this.stepsSoFar.push(Object.freeze({ kind: 'decision', decision }));
    }
    return lines;
  }
}
