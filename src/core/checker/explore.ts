/**
 * Walks every path of a story by merging identical story states (never one path at a time), and
 * computes the exact lowest and highest totals per competency and overall, the longest run of
 * decisions, the endings reached, and every structural problem on the way.
 */
import type { StoryLine, StoryOption, StoryPlayer } from '../story/story-player';
import { meterNames } from '../story/story-player';
import type { Rubric } from '../scoring/rubric';
import { overallKey, type ScoreRanges } from '../scoring/score-range';
import type { DiagnosticList } from './diagnostic';
import { SimpleJson } from 'inkjs/engine/SimpleJson';
import { trackingReads } from './read-tracking';
import { TellCounter } from './tells';
import { agreeOn, readFingerprint, splitState, type StateCounts } from './story-state-key';

export interface ExploreSettings {
  file: string;
  rubric: Rubric;
  /** Source lines of choices by their Ink path, from the tag scan. */
  choiceLines: ReadonlyMap<string, { file: string; line: number }>;
  /** The story scores its options, so every option must carry `# score:`. */
  scored: boolean;
  usesThoughts: boolean;
  usesDiscuss: boolean;
  turnIsRead: boolean;
  /** Messages the static tag scan already reported, so that play does not report them again. */
  reportedTagProblems: ReadonlySet<string>;
  errors: DiagnosticList;
  warnings: DiagnosticList;
}

export interface Exploration {
  decisions: number;
  /** The fewest choices made on any path from the start to an ending. */
  fewestDecisions: number;
  endings: string[];
  scores: ScoreRanges;
  /** Story states explored after merging: what memory and time grow with. */
  distinctStates: number;
  /** Competencies some option scores. */
  scoredCompetencies: string[];
  /** Every ending some complete path reaches, in the order first met. */
  endingPaths: EndingPaths[];
}

/** The lowest and highest overall total of some set of futures. */
interface TotalRange {
  min: number;
  max: number;
}

/**
 * The futures from a state that reach one ending, split by whether they take a critical option:
 * with the critical flag in the outcome, each ending's pass and fail are exact while memory still
 * grows with states (times endings), not with paths.
 */
interface EndingReach {
  clean: TotalRange | null;
  critical: TotalRange | null;
}

/** Best and worst futures from a state, per dimension (the competencies, then overall). */
interface Outcome {
  complete: boolean;
  min: number[];
  max: number[];
  longest: number;
  shortest: number;
  /** Per ending title reached from here, the overall totals of the futures that reach it. */
  endings: ReadonlyMap<string, EndingReach>;
}

/** Where an ending was first met, and its rating. */
export interface EndingMet {
  title: string;
  stars: number;
  file: string;
  line: number;
}

/** What the exploration found about every path that reaches one ending. */
export interface EndingPaths extends EndingMet {
  /** The lowest and highest overall totals of the paths that reach it. */
  total: TotalRange;
  /** The same for the paths that took no critical option (null: every path took one). */
  cleanTotal: TotalRange | null;
  /** Some path reaching it took a critical option. */
  critical: boolean;
}

interface Frame {
  key: string;
  counts: StateCounts;
  reads: Set<string>;
}

/**
 * Finished states that share a key, grouped by what their futures read: states whose read values
 * match have the same future. Most keys have one group, so a lookup is one fingerprint and one get.
 */
interface MemoGroup {
  reads: string[];
  outcomes: Map<string, Outcome>;
}

interface SegmentSummary {
  ending?: string;
  /** A broken tag or a runaway loop on the way was reported: do not pile a dead end on top of it. */
  alreadyReported: boolean;
  lastLine: number;
  discuss: boolean;
}

export class StoryExplorer {
  private readonly dimensions: number;
  private readonly weights: number[];
  private readonly memo = new Map<string, MemoGroup[]>();
  private readonly stack: Frame[] = [];
  private readonly keysOnStack = new Map<string, number>();
  private readonly endings = new Map<string, EndingMet>();
  private readonly endingOutcomes = new Map<string, Outcome>();
  private readonly scoredCompetencies = new Set<string>();
  private readonly deadEnd: Outcome;
  private readonly tells = new TellCounter();
  private reportedRuntimeErrors = 0;
  private distinctStates = 0;

  constructor(
    private readonly player: StoryPlayer,
    private readonly settings: ExploreSettings,
  ) {
    const competencies = settings.rubric.competencies;
    this.dimensions = competencies.length + 1;
    this.weights = competencies.map((c) => c.weight);
    this.deadEnd = { complete: false, min: [], max: [], longest: 0, shortest: 0, endings: new Map() };
  }

  explore(): Exploration {
    const opening = this.summarise(this.player.nextSegment(), 0);
    const outcome = this.player.isOver ? this.terminal(opening) : this.visit(this.player.saveState(), opening);
    const scores: ScoreRanges = {};
    this.settings.rubric.competencies.forEach((competency, i) => {
      if (!this.scoredCompetencies.has(competency.id)) return;
      scores[competency.id] = outcome.complete ? { min: outcome.min[i]!, max: outcome.max[i]! } : { min: 0, max: 0 };
    });
    for (const warning of this.tells.warnings(this.settings.file)) this.settings.warnings.add(warning);
    const last = this.dimensions - 1;
    scores[overallKey] = outcome.complete ? { min: outcome.min[last]!, max: outcome.max[last]! } : { min: 0, max: 0 };
    const endingPaths: EndingPaths[] = [];
    for (const met of this.endings.values()) {
      const reach = outcome.endings.get(met.title);
      if (!reach) continue;
      const total = union(reach.clean, reach.critical)!;
      endingPaths.push({ ...met, total, cleanTotal: reach.clean, critical: reach.critical !== null });
    }
    return {
      decisions: outcome.complete ? outcome.longest : 0,
      fewestDecisions: outcome.complete ? outcome.shortest : 0,
      endings: [...this.endings.keys()],
      endingPaths,
      scores,
      distinctStates: this.distinctStates,
      scoredCompetencies: this.settings.rubric.competencies.map((c) => c.id).filter((id) => this.scoredCompetencies.has(id)),
    };
  }

  private visit(stateJson: string, arrival: SegmentSummary): Outcome {
    const { key, counts } = splitState(stateJson, this.settings.turnIsRead);
    if (this.repeatsAnAncestor(key, counts)) {
      this.error(arrival.lastLine, 'this loop can repeat forever: give the player a way out that the story enforces (a once-only choice or a condition)');
      return this.deadEnd;
    }
    const parent = this.stack.at(-1);
    for (const group of this.memo.get(key) ?? []) {
      const remembered = group.outcomes.get(readFingerprint(counts, group.reads));
      if (!remembered) continue;
      if (parent) for (const read of group.reads) parent.reads.add(read);
      return remembered;
    }

    const frame: Frame = { key, counts, reads: new Set() };
    this.push(frame);
    const saved = SimpleJson.TextToDictionary(stateJson) as Record<string, unknown>;
    this.player.loadParsedState(saved);
    const options = this.player.options;
    this.checkDecision(options, arrival);
    let outcome: Outcome = this.deadEnd;
    for (const [i, option] of options.entries()) {
      if (i > 0) this.player.loadParsedState(saved);
      const lines = trackingReads(
        (read) => frame.reads.add(read),
        () => {
          this.player.choose(option.index);
          return this.player.nextSegment();
        },
      );
      const summary = this.summarise(lines, this.choiceLine(option).line);
      const next = this.player.isOver ? this.terminal(summary) : this.visit(this.player.saveState(), summary);
      outcome = this.combine(outcome, this.deltas(option), option.tags.critical !== undefined, next);
    }
    this.pop();
    if (parent) for (const read of frame.reads) parent.reads.add(read);
    this.remember(key, counts, [...frame.reads].sort(), outcome);
    this.distinctStates++;
    return outcome;
  }

  private remember(key: string, counts: StateCounts, reads: string[], outcome: Outcome): void {
    const groups = this.memo.get(key) ?? [];
    const signature = reads.join('\n');
    let group = groups.find((g) => g.reads.join('\n') === signature);
    if (!group) {
      group = { reads, outcomes: new Map() };
      groups.push(group);
      this.memo.set(key, groups);
    }
    group.outcomes.set(readFingerprint(counts, reads), outcome);
  }

  /**
   * A state that matches an unfinished ancestor on everything the story read in between can take
   * the same turns again, and again: a loop without end.
   */
  private repeatsAnAncestor(key: string, counts: StateCounts): boolean {
    if (!this.keysOnStack.has(key)) return false;
    const readSince = new Set<string>();
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const frame = this.stack[i]!;
      for (const read of frame.reads) readSince.add(read);
      if (frame.key === key && agreeOn(frame.counts, counts, readSince)) return true;
    }
    return false;
  }

  private push(frame: Frame): void {
    this.stack.push(frame);
    this.keysOnStack.set(frame.key, (this.keysOnStack.get(frame.key) ?? 0) + 1);
  }

  private pop(): void {
    const frame = this.stack.pop()!;
    const left = this.keysOnStack.get(frame.key)! - 1;
    if (left === 0) this.keysOnStack.delete(frame.key);
    else this.keysOnStack.set(frame.key, left);
  }

  private terminal(summary: SegmentSummary): Outcome {
    if (summary.ending !== undefined) return this.endingOutcome(summary.ending);
    if (!summary.alreadyReported) this.error(summary.lastLine, "this path stops without an ending: add '# ending: TITLE # stars: N' to its last line");
    return this.deadEnd;
  }

  /** The outcome of standing at an ending: no more choices, nothing more to score. */
  private endingOutcome(title: string): Outcome {
    let outcome = this.endingOutcomes.get(title);
    if (!outcome) {
      const zeros = new Array<number>(this.dimensions).fill(0);
      outcome = { complete: true, min: zeros, max: zeros, longest: 0, shortest: 0, endings: new Map([[title, { clean: { min: 0, max: 0 }, critical: null }]]) };
      this.endingOutcomes.set(title, outcome);
    }
    return outcome;
  }

  /** Adds one option (its deltas, and whether it is critical) in front of `next`, and keeps the better of that and `best`. */
  private combine(best: Outcome, deltas: number[], critical: boolean, next: Outcome): Outcome {
    if (!next.complete) return best;
    const min = next.min.map((value, i) => value + deltas[i]!);
    const max = next.max.map((value, i) => value + deltas[i]!);
    const overallDelta = deltas[this.dimensions - 1]!;
    const endings = new Map(best.complete ? best.endings : []);
    for (const [title, reach] of next.endings) {
      const shifted = critical
        ? { clean: null, critical: shift(union(reach.clean, reach.critical), overallDelta) }
        : { clean: shift(reach.clean, overallDelta), critical: shift(reach.critical, overallDelta) };
      const known = endings.get(title);
      endings.set(title, known ? { clean: union(known.clean, shifted.clean), critical: union(known.critical, shifted.critical) } : shifted);
    }
    if (!best.complete) return { complete: true, min, max, longest: next.longest + 1, shortest: next.shortest + 1, endings };
    return {
      complete: true,
      min: min.map((value, i) => Math.min(value, best.min[i]!)),
      max: max.map((value, i) => Math.max(value, best.max[i]!)),
      longest: Math.max(best.longest, next.longest + 1),
      shortest: Math.min(best.shortest, next.shortest + 1),
      endings,
    };
  }

  private deltas(option: StoryOption): number[] {
    const score = option.tags.score ?? {};
    const vector = this.settings.rubric.competencies.map((c) => score[c.id] ?? 0);
    for (const id of Object.keys(score)) this.scoredCompetencies.add(id);
    vector.push(vector.reduce((sum, delta, i) => sum + delta * this.weights[i]!, 0));
    return vector;
  }

  private choiceLine(option: StoryOption): { file: string; line: number } {
    return this.settings.choiceLines.get(option.sourcePath) ?? { file: this.settings.file, line: 0 };
  }

  private checkDecision(options: StoryOption[], arrival: SegmentSummary): void {
    for (const option of options) {
      const where = this.choiceLine(option);
      for (const problem of option.problems) this.tagProblem(where, problem);
      if (this.settings.scored && option.tags.score === undefined && option.problems.length === 0) {
        this.settings.errors.add({ ...where, message: `option '${option.label}' has no '# score:': a scored story scores every option, such as [${option.label} #score: respect+1]` });
      }
      if (this.settings.scored && option.tags.feedback === undefined) {
        this.settings.warnings.add({ ...where, message: `option '${option.label}' has no '# feedback:': the player will not learn why it scored as it did` });
      }
    }
    const first = options[0];
    if (first && this.settings.scored) {
      const identity = options.map((o) => o.sourcePath).join('\n');
      this.tells.observe(identity, options.map((o) => ({ label: o.label, overall: this.deltas(o).at(-1)! })), this.choiceLine(first).line);
    }
    if (first && this.settings.usesDiscuss && !arrival.discuss && !options.some((o) => o.tags.discuss)) {
      this.settings.warnings.add({ ...this.choiceLine(first), message: "this decision has no '# discuss:' prompt for the facilitator" });
    }
  }

  /** Checks what a run of lines says and does, and remembers the endings it reaches. */
  private summarise(lines: StoryLine[], choiceLine: number): SegmentSummary {
    const summary: SegmentSummary = { lastLine: choiceLine, discuss: false, alreadyReported: false };
    let unansweredMessage: StoryLine | null = null;
    for (const line of lines) {
      const where = { file: this.settings.file, line: line.sourceLine };
      if (line.sourceLine) summary.lastLine = line.sourceLine;
      for (const problem of line.problems) this.tagProblem(where, problem);
      if (line.problems.length) summary.alreadyReported = true;
      if (line.tags.speaker?.toLowerCase() === 'you') unansweredMessage = line;
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
    if (summary.ending !== undefined && !this.player.isOver) {
      this.settings.warnings.add({ file: this.settings.file, line: summary.lastLine, message: `the ending '${summary.ending}' is followed by more choices` });
    }
    const runaway = this.player.runaway;
    if (runaway) {
      summary.alreadyReported = true;
      this.error(
        runaway.line || summary.lastLine,
        `the story runs on for ${runaway.steps.toLocaleString('en-US')} steps here without offering a choice or reaching its end: ` +
          'a loop with no choice in it (such as a knot that diverts back to itself). Put a choice in the loop, or a condition that leaves it',
      );
    }
    this.checkMeters(summary.lastLine);
    this.reportRuntimeErrors(summary.lastLine);
    return summary;
  }

  private checkMeters(line: number): void {
    const meters = this.player.meters();
    for (const name of meterNames) {
      const value = meters[name];
      if (value !== undefined && (value < 0 || value > 10 || !Number.isInteger(value))) {
        this.error(line, `${name} is ${value} here: a meter is a whole number from 0 to 10`);
      }
    }
  }

  private reportRuntimeErrors(line: number): void {
    const all = this.player.runtimeErrors;
    for (; this.reportedRuntimeErrors < all.length; this.reportedRuntimeErrors++) this.error(line, all[this.reportedRuntimeErrors]!);
  }

  private tagProblem(where: { file: string; line: number }, problem: string): void {
    if (!this.settings.reportedTagProblems.has(problem)) this.settings.errors.add({ ...where, message: problem });
  }

  private error(line: number, message: string): void {
    this.settings.errors.add({ file: this.settings.file, line, message });
  }
}

function union(a: TotalRange | null, b: TotalRange | null): TotalRange | null {
  if (!a) return b;
  if (!b) return a;
  return { min: Math.min(a.min, b.min), max: Math.max(a.max, b.max) };
}

function shift(range: TotalRange | null, delta: number): TotalRange | null {
  return range && { min: range.min + delta, max: range.max + delta };
}
