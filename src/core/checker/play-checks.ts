/**
 * What the explorer checks as it plays: each decision's options (scores, feedback, discussion
 * prompts, tells) and each run of lines (tag problems, thoughts, endings, runaway loops, meters,
 * ink's runtime errors), reported once each with the file and line a trainer can find.
 */
import type { Meters } from '../story/meters.ts';
import { meterNames } from '../story/meters.ts';
import type { RunawayLoop, StoryLine, StoryOption } from '../story/story-player.ts';
import { isPlayerLine } from '../session/presentation.ts';
import type { Rubric } from '../scoring/rubric.ts';
import type { Diagnostic, DiagnosticList } from './diagnostic.ts';
import { TellCounter } from './tells.ts';

export interface CheckSettings {
  file: string;
  rubric: Rubric;
  /** Source lines of choices by their Ink path, from the tag scan. */
  choiceLines: ReadonlyMap<string, { file: string; line: number }>;
  /** The story scores its options, so every option must carry `# score:`. */
  scored: boolean;
  usesThoughts: boolean;
  usesDiscuss: boolean;
  /** Messages the static tag scan already reported, so that play does not report them again. */
  reportedTagProblems: ReadonlySet<string>;
  errors: DiagnosticList;
  warnings: DiagnosticList;
}

/** Where an ending was first met, and its rating. */
export interface EndingMet {
  title: string;
  stars: number;
  file: string;
  line: number;
}

export interface SegmentSummary {
  ending?: string;
  /** A broken tag or a runaway loop on the way was reported: do not pile a dead end on top of it. */
  alreadyReported: boolean;
  lastLine: number;
  discuss: boolean;
}

/** What the story is like where a run of lines stopped (the player's state, or the line cache's). */
export interface PlayFacts {
  isOver: boolean;
  runaway: RunawayLoop | null;
  meters(): Meters;
  /** Every runtime error ink reported so far, in the order met. */
  runtimeErrors: readonly string[];
}

export class PlayChecks {
  /** The last source line played: where a problem without a line of its own is reported. */
  lastLine = 0;
  /** Every ending met, by title, where it was first met. */
  readonly endings = new Map<string, EndingMet>();
  /** Competencies some option scores. */
  readonly scoredCompetencies = new Set<string>();
  private readonly weights: number[];
  private readonly tells = new TellCounter();
  private readonly deltasByOption = new WeakMap<StoryOption, number[]>();
  private reportedRuntimeErrors = 0;

  constructor(private readonly settings: CheckSettings) {
    this.weights = settings.rubric.competencies.map((c) => c.weight);
  }

  /** An option's score changes, one per competency, then the weighted overall. */
  deltas(option: StoryOption): number[] {
    // The explorer asks again for every state an option is taken from.
    let vector = this.deltasByOption.get(option);
    if (!vector) {
      vector = this.scoreDeltas(option);
      this.deltasByOption.set(option, vector);
    }
    return vector;
  }

  private scoreDeltas(option: StoryOption): number[] {
    const score = option.tags.score ?? {};
    const vector = this.settings.rubric.competencies.map((c) => score[c.id] ?? 0);
    for (const id of Object.keys(score)) this.scoredCompetencies.add(id);
    vector.push(vector.reduce((sum, delta, i) => sum + delta * this.weights[i]!, 0));
    return vector;
  }

  choiceLine(option: StoryOption): { file: string; line: number } {
    return this.settings.choiceLines.get(option.sourcePath) ?? { file: this.settings.file, line: 0 };
  }

  /** The tells warnings, once every decision has been seen. */
  tellWarnings(): Diagnostic[] {
    return this.tells.warnings(this.settings.file);
  }

  /** Reports at `line`, or where play last was when the story carries no line here: never line 0. */
  error(line: number, message: string): void {
    this.settings.errors.add({ file: this.settings.file, line: line || this.lastLine || 1, message });
  }

  checkDecision(options: StoryOption[], arrival: SegmentSummary): void {
    for (const option of options) {
      const where = this.choiceLine(option);
      for (const problem of option.problems) this.tagProblem(where, problem);
      if (this.settings.scored && option.tags.score === undefined && option.problems.length === 0) {
        this.settings.errors.add({
          ...where,
          message: `option '${option.label}' has no '# score:': a scored story scores every option, such as [${option.label} #score: respect+1]`,
        });
      }
      if (this.settings.scored && option.tags.feedback === undefined) {
        this.settings.warnings.add({
          ...where,
          message: `option '${option.label}' has no '# feedback:': the player will not learn why it scored as it did`,
        });
      }
    }
    const first = options[0];
    if (first && this.settings.scored) {
      const identity = options.map((o) => o.sourcePath).join('\n');
      this.tells.observe(
        identity,
        options.map((o) => ({ label: o.label, overall: this.deltas(o).at(-1)! })),
        this.choiceLine(first).line,
      );
    }
    if (first && this.settings.usesDiscuss && !arrival.discuss && !options.some((o) => o.tags.discuss)) {
      this.settings.warnings.add({ ...this.choiceLine(first), message: "this decision has no '# discuss:' prompt for the facilitator" });
    }
  }

  /** Checks what a run of lines says and does, and remembers the endings it reaches. */
  summarise(lines: StoryLine[], choiceLine: number, facts: PlayFacts): SegmentSummary {
    const summary: SegmentSummary = { lastLine: choiceLine || this.lastLine, discuss: false, alreadyReported: false };
    let unansweredMessage: StoryLine | null = null;
    for (const line of lines) {
      const where = { file: this.settings.file, line: line.sourceLine };
      if (line.sourceLine) summary.lastLine = line.sourceLine;
      for (const problem of line.problems) this.tagProblem(where, problem);
      if (line.problems.length) summary.alreadyReported = true;
      if (isPlayerLine(line)) unansweredMessage = line;
      if (line.tags.thought !== undefined) unansweredMessage = null;
      if (line.tags.discuss !== undefined) summary.discuss = true;
      if (line.tags.ending && summary.ending === undefined) {
        const { title, stars } = line.tags.ending;
        summary.ending = title;
        if (!this.endings.has(title)) this.endings.set(title, { title, stars, ...where });
      }
    }
    if (unansweredMessage && this.settings.usesThoughts) {
      this.settings.warnings.add({
        file: this.settings.file,
        line: unansweredMessage.sourceLine,
        message: "the player's message has no '# thought:' after it: the debrief will show nothing beside it",
      });
    }
    if (summary.ending !== undefined && !facts.isOver) {
      this.settings.warnings.add({
        file: this.settings.file,
        line: summary.lastLine,
        message: `the ending '${summary.ending}' is followed by more choices`,
      });
    }
    const { runaway } = facts;
    if (runaway) {
      summary.alreadyReported = true;
      this.error(
        runaway.line || summary.lastLine,
        `the story runs on for ${runaway.steps.toLocaleString('en-US')} steps here without offering a choice or reaching its end: ` +
          'a loop with no choice in it (such as a knot that diverts back to itself). Put a choice in the loop, or a condition that leaves it',
      );
    }
    this.lastLine = summary.lastLine;
    this.checkMeters(summary.lastLine, facts.meters());
    this.reportRuntimeErrors(summary.lastLine, facts.runtimeErrors);
    return summary;
  }

  private checkMeters(line: number, meters: Meters): void {
    for (const name of meterNames) {
      const value = meters[name];
      if (value !== undefined && (value < 0 || value > 10 || !Number.isInteger(value))) {
        this.error(line, `${name} is ${value} here: a meter is a whole number from 0 to 10`);
      }
    }
  }

  private reportRuntimeErrors(line: number, all: readonly string[]): void {
    for (; this.reportedRuntimeErrors < all.length; this.reportedRuntimeErrors++) this.error(line, all[this.reportedRuntimeErrors]!);
  }

  private tagProblem(where: { file: string; line: number }, problem: string): void {
    if (!this.settings.reportedTagProblems.has(problem))
      this.settings.errors.add({ ...where, line: where.line || this.lastLine || 1, message: problem });
  }
}
