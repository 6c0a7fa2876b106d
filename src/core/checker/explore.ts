/**
 * Walks every path of a story by merging identical story states (never one path at a time), and
 * computes the exact lowest and highest totals per competency and overall, the longest run of
 * decisions, the endings reached, and every structural problem on the way.
 *
 * Over 300 lines because the explicit-stack walk, the state merging and the per-ending outcomes
 * share one loop; the next split is the problem reporting (dead ends, loops, runaways) into its own file.
 */
import type { StateSnapshot } from '../story/state-snapshot.ts';
import type { StoryLine, StoryOption, StoryPlayer } from '../story/story-player.ts';
import { meterNames, type Meters } from '../story/meters.ts';
import { isPlayerLine } from '../session/presentation.ts';
import type { Rubric } from '../scoring/rubric.ts';
import { overallKey, type ScoreRanges } from '../scoring/score-range.ts';
import type { DiagnosticList } from './diagnostic.ts';
import { LineCache, type CachedPosition, type SegmentPlayed } from './line-cache.ts';
import { TellCounter } from './tells.ts';
import { agreeOn, readFingerprint, splitState, stateCounts, type StateCounts } from './story-state-key.ts';
import { combine, deadEnd, endingOutcome, union, type Outcome, type TotalRange } from './outcome.ts';

/** Ten times the largest shipped story (under 1,000 states) and the 20-decision benchmark story. */
const defaultStateLimit = 10_000;

export interface ExploreSettings {
  file: string;
  rubric: Rubric;
  /**
   * Distinct story states to explore at most. A story whose loop makes a new state every time
   * round (a counter or TURNS() that nothing bounds) would otherwise run until memory runs out.
   */
  stateLimit?: number;
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

/** The option a frame took whose future is being explored above it on the stack. */
interface PendingOption {
  deltas: number[];
  critical: boolean;
  option: StoryOption;
}

/**
 * One story state being explored: the explorer keeps its own stack of these rather than recursing,
 * so a story whose every state is new cannot overflow the JavaScript stack.
 */
interface Frame {
  key: string;
  counts: StateCounts;
  /** What the story read while playing on from this state (its futures included). */
  reads: Set<string>;
  /**
   * A state with this key, restored (with `counts` put in) before an option is played with inkjs.
   * On a live arrival it is the state itself; where the line cache arrived without the player, it
   * is the cache's snapshot of another state with this key.
   */
  saved: StateSnapshot;
  options: StoryOption[];
  /** The next option to play. */
  next: number;
  /** True while the player still holds this state untouched (just arrived). */
  loaded: boolean;
  outcome: Outcome;
  pending: PendingOption | null;
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
  private readonly lines: LineCache;
  private readonly stack: Frame[] = [];
  private readonly keysOnStack = new Map<string, number>();
  private readonly endings = new Map<string, EndingMet>();
  private readonly endingOutcomes = new Map<string, Outcome>();
  private readonly scoredCompetencies = new Set<string>();
  private readonly tells = new TellCounter();
  /** The last source line played: where a problem without a line of its own is reported. */
  lastLine = 0;
  private reportedRuntimeErrors = 0;
  private distinctStates = 0;
  private statesBegun = 0;
  private stateLimitReported = false;
  private readonly stateLimit: number;

  constructor(
    private readonly player: StoryPlayer,
    private readonly settings: ExploreSettings,
  ) {
    const competencies = settings.rubric.competencies;
    this.dimensions = competencies.length + 1;
    this.weights = competencies.map((c) => c.weight);
    this.stateLimit = settings.stateLimit ?? defaultStateLimit;
    this.lines = new LineCache(settings.turnIsRead);
  }

  explore(): Exploration {
    const opening = this.summarise(this.player.nextSegment(), 0);
    const outcome = this.player.isOver ? this.terminal(opening) : this.exploreFrom(opening);
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

  /**
   * Explores every future of a state, depth first, with an explicit stack. Each finished state's
   * outcome is remembered under its key and the values its futures read.
   */
  private exploreFrom(arrival: SegmentSummary): Outcome {
    let result: Outcome = deadEnd;
    const deliver = (outcome: Outcome): void => {
      const parent = this.stack.at(-1);
      if (!parent) {
        result = outcome;
        return;
      }
      const { deltas, critical } = parent.pending!;
      parent.outcome = combine(parent.outcome, deltas, critical, outcome);
      parent.pending = null;
    };
    const immediate = this.enter(arrival);
    if (immediate) return immediate;
    while (this.stack.length) {
      const frame = this.stack.at(-1)!;
      const option = frame.options[frame.next];
      if (!option) {
        this.pop();
        const parent = this.stack.at(-1);
        if (parent) for (const read of frame.reads) parent.reads.add(read);
        this.remember(frame.key, frame.counts, [...frame.reads].sort(), frame.outcome);
        this.distinctStates++;
        deliver(frame.outcome);
        continue;
      }
      frame.next++;
      const played = this.lines.play(this.player, frame, option.index, frame.loaded);
      frame.loaded = false;
      const summary = this.summarise(played.lines, this.choiceLine(option).line, played.position);
      frame.pending = { deltas: this.deltas(option), critical: option.tags.critical !== undefined, option };
      const next = this.isOver(played.position) ? this.terminal(summary) : this.enter(summary, played);
      if (next) deliver(next);
    }
    return result;
  }

  /** True when the story is over where the play stopped: at `position`, or (null) in the player. */
  private isOver(position: CachedPosition | null): boolean {
    return position ? position.options.length === 0 : this.player.isOver;
  }

  /**
   * Starts on the state a play reached (the state the player holds, unless `played` says where the
   * line cache stopped without it): returns its outcome at once when it is known (remembered, a
   * loop, or past the state limit), or pushes a frame to explore it and returns null.
   */
  private enter(arrival: SegmentSummary, played: SegmentPlayed | null = null): Outcome | null {
    const position = played?.position ?? null;
    // The live state's counts, read before anything plays on.
    const live = position ? null : this.player.inkState;
    const key = position?.key ?? played?.key ?? splitState(live!, this.settings.turnIsRead).key;
    const counts = position?.counts ?? stateCounts(live!);
    if (this.repeatsAnAncestor(key, counts)) {
      this.error(
        arrival.lastLine,
        'this loop can repeat forever: give the player a way out that the story enforces (a once-only choice or a condition)',
      );
      return deadEnd;
    }
    const parent = this.stack.at(-1);
    for (const group of this.memo.get(key) ?? []) {
      const remembered = group.outcomes.get(readFingerprint(counts, group.reads));
      if (!remembered) continue;
      if (parent) for (const read of group.reads) parent.reads.add(read);
      return remembered;
    }
    if (this.statesBegun >= this.stateLimit) {
      this.reportStateLimit();
      return deadEnd;
    }
    this.statesBegun++;
    // A snapshot already taken (by the line cache) serves as well as a new one.
    const saved = position?.snapshot ?? played?.after ?? this.player.snapshotState();
    const options = position?.options ?? this.player.options;
    this.checkDecision(options, arrival);
    // A live frame keeps the snapshot's counts: the live ones change as the first option plays.
    const frameCounts = position ? counts : stateCounts(saved);
    this.push({ key, counts: frameCounts, reads: new Set(), saved, options, next: 0, loaded: !position, outcome: deadEnd, pending: null });
    return null;
  }

  /** Names the choice that comes back most often on the current path: the loop that keeps making new states. */
  private reportStateLimit(): void {
    if (this.stateLimitReported) return;
    this.stateLimitReported = true;
    const taken = new Map<string, { option: StoryOption; times: number }>();
    for (const frame of this.stack) {
      if (!frame.pending) continue;
      const known = taken.get(frame.pending.option.sourcePath);
      taken.set(frame.pending.option.sourcePath, { option: frame.pending.option, times: (known?.times ?? 0) + 1 });
    }
    const loop = [...taken.values()].sort((a, b) => b.times - a.times)[0];
    const where = loop ? this.choiceLine(loop.option) : { file: this.settings.file, line: 1 };
    const limit = this.stateLimit.toLocaleString('en-US');
    const through = loop ? `the loop through '${loop.option.label}', taken ${loop.times} times on one path, ` : 'the story ';
    this.settings.errors.add({
      ...where,
      line: where.line || 1,
      message:
        `${through}keeps making new story states: the checker stopped after ${limit} of them, so its ranges are incomplete. ` +
        'Something changes every time round (a counter, or TURNS()) that nothing bounds: cap it, or give the loop an exit the story enforces',
    });
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

  private endingOutcome(title: string): Outcome {
    let outcome = this.endingOutcomes.get(title);
    if (!outcome) {
      outcome = endingOutcome(title, this.dimensions);
      this.endingOutcomes.set(title, outcome);
    }
    return outcome;
  }

  private terminal(summary: SegmentSummary): Outcome {
    if (summary.ending !== undefined) return this.endingOutcome(summary.ending);
    if (!summary.alreadyReported)
      this.error(summary.lastLine, "this path stops without an ending: add '# ending: TITLE # stars: N' to its last line");
    return deadEnd;
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

  /**
   * Checks what a run of lines says and does, and remembers the endings it reaches. `position`:
   * where the line cache stopped without the player holding it (null: the player holds it).
   */
  private summarise(lines: StoryLine[], choiceLine: number, position: CachedPosition | null = null): SegmentSummary {
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
    if (summary.ending !== undefined && !this.isOver(position)) {
      this.settings.warnings.add({
        file: this.settings.file,
        line: summary.lastLine,
        message: `the ending '${summary.ending}' is followed by more choices`,
      });
    }
    // Only inkjs stops a runaway: a replayed segment never is one.
    const runaway = position ? null : this.player.runaway;
    if (runaway) {
      summary.alreadyReported = true;
      this.error(
        runaway.line || summary.lastLine,
        `the story runs on for ${runaway.steps.toLocaleString('en-US')} steps here without offering a choice or reaching its end: ` +
          'a loop with no choice in it (such as a knot that diverts back to itself). Put a choice in the loop, or a condition that leaves it',
      );
    }
    this.lastLine = summary.lastLine;
    this.checkMeters(summary.lastLine, position ? position.meters() : this.player.meters());
    this.reportRuntimeErrors(summary.lastLine);
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

  private reportRuntimeErrors(line: number): void {
    const all = this.player.runtimeErrors;
    for (; this.reportedRuntimeErrors < all.length; this.reportedRuntimeErrors++) this.error(line, all[this.reportedRuntimeErrors]!);
  }

  private tagProblem(where: { file: string; line: number }, problem: string): void {
    if (!this.settings.reportedTagProblems.has(problem))
      this.settings.errors.add({ ...where, line: where.line || this.lastLine || 1, message: problem });
  }

  /** Reports at `line`, or where play last was when the story carries no line here: never line 0. */
  private error(line: number, message: string): void {
    this.settings.errors.add({ file: this.settings.file, line: line || this.lastLine || 1, message });
  }
}
