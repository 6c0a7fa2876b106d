/**
 * One playthrough of a scenario: lines, decisions, running scores, meters and the ending. The UI
 * and the stage only read it and call `choose`. A session is its list of choices: replaying them
 * from the start rebuilds it exactly, which is how saves resume and how replay-from-a-decision works.
 */
import { addDeltas, criticalMistakesIn, scoreResult, type ScenarioResult } from '../scoring/result';
import { competencyIds, type Rubric } from '../scoring/rubric';
import type { Scenario } from '../story/scenario';
import { StoryPlayer, type Meters, type StoryLine, type StoryOption } from '../story/story-player';
import type { ScoreDeltas } from '../story/tags';
import { initialPresentation, presentLine, type Presentation } from './presentation';

export interface Decision {
  /** 0-based number of this decision in the playthrough. */
  number: number;
  options: StoryOption[];
  /** The facilitator's prompt for this decision (the last `# discuss:` before it, or the options'). */
  discuss: string | null;
  /** Where the option chosen sits in `options`; null while the decision is open. */
  chosen: number | null;
  totalsBefore: ScoreDeltas;
  metersBefore: Meters;
}

export interface Ending {
  title: string;
  stars: number;
  /** The line that reached the ending and every line after it: what the counterpart does next. */
  epilogue: StoryLine[];
}

export type Step = { kind: 'lines'; lines: StoryLine[] } | { kind: 'decision'; decision: Decision };

export class PlaySession {
  readonly steps: Step[] = [];
  private readonly player: StoryPlayer;
  private totalsNow: ScoreDeltas = {};
  private presentationNow: Presentation;
  private endingNow: Ending | null = null;

  constructor(
    readonly scenario: Scenario,
    private readonly rubric: Rubric,
  ) {
    this.player = StoryPlayer.fromJson(scenario.storyJson, { competencies: new Set(competencyIds(rubric)) });
    this.presentationNow = initialPresentation(scenario.meta.channel);
    this.advance();
  }

  /** Rebuilds a session by replaying choices; stops early if the story no longer offers one. */
  static replay(scenario: Scenario, rubric: Rubric, choices: readonly number[]): PlaySession {
    const session = new PlaySession(scenario, rubric);
    for (const choice of choices) {
      if (!session.openDecision || !session.openDecision.options[choice]) break;
      session.choose(choice);
    }
    return session;
  }

  get openDecision(): Decision | null {
    const last = this.steps.at(-1);
    return last?.kind === 'decision' && last.decision.chosen === null ? last.decision : null;
  }

  get decisions(): Decision[] {
    return this.steps.flatMap((step) => (step.kind === 'decision' ? [step.decision] : []));
  }

  /** Option positions chosen so far, in order: the whole session in a few bytes. */
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
    return this.steps.flatMap((step) => (step.kind === 'lines' ? step.lines : []));
  }

  /** Takes the option at `position` of the open decision and plays on to the next one. */
  choose(position: number): { option: StoryOption; lines: StoryLine[] } {
    const decision = this.openDecision;
    const option = decision?.options[position];
    if (!decision || !option) throw new Error(`There is no option ${position + 1} to choose now.`);
    decision.chosen = position;
    this.totalsNow = addDeltas(this.totalsNow, option.tags.score ?? {});
    this.player.choose(option.index);
    return { option, lines: this.advance() };
  }

  result(): ScenarioResult {
    return scoreResult(this.totalsNow, this.scenario.meta.scores, this.rubric, { criticalMistakes: criticalMistakesIn(this.decisions), ending: this.endingNow });
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
    if (lines.length) this.steps.push({ kind: 'lines', lines });
    if (!this.player.isOver) {
      const options = this.player.options;
      this.steps.push({
        kind: 'decision',
        decision: {
          number: this.decisions.length,
          options,
          discuss: discuss ?? options.find((o) => o.tags.discuss)?.tags.discuss ?? null,
          chosen: null,
          totalsBefore: this.totalsNow,
          metersBefore: this.player.meters(),
        },
      });
    }
    return lines;
  }
}
