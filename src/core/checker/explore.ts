/**
 * Walks every path of a story by merging identical story states (never one path at a time), and
 * computes the exact lowest and highest totals per competency and overall, the longest run of
 * decisions, the endings reached, and every structural problem on the way.
 *
 * What it checks on the way (options, lines, meters, runaway loops) is in play-checks.ts; the line
 * cache (line-cache.ts) plays the story, replaying what it has played before.
 */
import type { StateSnapshot } from '../story/state-snapshot.ts';
import type { StoryOption, StoryPlayer } from '../story/story-player.ts';
import { overallKey, type ScoreRanges } from '../scoring/score-range.ts';
import { LineCache, type CachedPosition, type SegmentPlayed } from './line-cache.ts';
import type { EndingPaths, Exploration, ExploreSettings } from './exploration.ts';
import { PlayChecks, type PlayFacts, type SegmentSummary } from './play-checks.ts';
import { agreeOn, readFingerprint, splitState, stateCounts, type StateCounts } from './story-state-key.ts';
import { combine, deadEnd, endingOutcome, union, type Outcome } from './outcome.ts';

/** Ten times the largest shipped story (under 1,000 states) and the 20-decision benchmark story. */
const defaultStateLimit = 10_000;

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

export class StoryExplorer {
  private readonly dimensions: number;
  private readonly checks: PlayChecks;
  private readonly memo = new Map<string, MemoGroup[]>();
  private readonly lines: LineCache;
  private readonly stack: Frame[] = [];
  private readonly keysOnStack = new Map<string, number>();
  private readonly endingOutcomes = new Map<string, Outcome>();
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
    this.checks = new PlayChecks(settings);
    this.stateLimit = settings.stateLimit ?? defaultStateLimit;
    this.lines = new LineCache(settings.turnIsRead);
  }

  /** The last source line played: where a problem without a line of its own is reported. */
  get lastLine(): number {
    return this.checks.lastLine;
  }

  explore(): Exploration {
    const opening = this.checks.summarise(this.player.nextSegment(), 0, this.facts(null));
    const outcome = this.player.isOver ? this.terminal(opening) : this.exploreFrom(opening);
    const scores: ScoreRanges = {};
    this.settings.rubric.competencies.forEach((competency, i) => {
      if (!this.checks.scoredCompetencies.has(competency.id)) return;
      scores[competency.id] = outcome.complete ? { min: outcome.min[i]!, max: outcome.max[i]! } : { min: 0, max: 0 };
    });
    for (const warning of this.checks.tellWarnings()) this.settings.warnings.add(warning);
    const last = this.dimensions - 1;
    scores[overallKey] = outcome.complete ? { min: outcome.min[last]!, max: outcome.max[last]! } : { min: 0, max: 0 };
    const endingPaths: EndingPaths[] = [];
    for (const met of this.checks.endings.values()) {
      const reach = outcome.endings.get(met.title);
      if (!reach) continue;
      const total = union(reach.clean, reach.critical)!;
      endingPaths.push({ ...met, total, cleanTotal: reach.clean, critical: reach.critical !== null });
    }
    return {
      decisions: outcome.complete ? outcome.longest : 0,
      fewestDecisions: outcome.complete ? outcome.shortest : 0,
      endings: [...this.checks.endings.keys()],
      endingPaths,
      scores,
      distinctStates: this.distinctStates,
      scoredCompetencies: this.settings.rubric.competencies.map((c) => c.id).filter((id) => this.checks.scoredCompetencies.has(id)),
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
      const summary = this.checks.summarise(played.lines, this.checks.choiceLine(option).line, this.facts(played.position));
      frame.pending = { deltas: this.checks.deltas(option), critical: option.tags.critical !== undefined, option };
      const over = played.position ? played.position.options.length === 0 : this.player.isOver;
      const next = over ? this.terminal(summary) : this.enter(summary, played);
      if (next) deliver(next);
    }
    return result;
  }

  /** What the story is like where a play stopped: at `position`, or (null) in the player. */
  private facts(position: CachedPosition | null): PlayFacts {
    const { player } = this;
    if (!position)
      return { isOver: player.isOver, runaway: player.runaway, meters: () => player.meters(), runtimeErrors: player.runtimeErrors };
    // Only inkjs stops a runaway: a replayed segment never is one.
    return { isOver: position.options.length === 0, runaway: null, meters: position.meters, runtimeErrors: player.runtimeErrors };
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
      this.checks.error(
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
    this.checks.checkDecision(options, arrival);
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
    const where = loop ? this.checks.choiceLine(loop.option) : { file: this.settings.file, line: 1 };
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
      this.checks.error(summary.lastLine, "this path stops without an ending: add '# ending: TITLE # stars: N' to its last line");
    return deadEnd;
  }
}
