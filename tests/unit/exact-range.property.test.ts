/**
 * On random small story graphs, the checker's exact ranges (found by merging states) equal what
 * enumerating every path one by one finds: per competency and overall, and per ending (its
 * percent range, whether some path passes and some fails, critical options included).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/core/checker/compile-ink';
import { overallTotal, place } from '../../src/core/scoring/result';
import { StoryPlayer, type InkStory } from '../../src/core/story/story-player';
import { checkSource, rubric, tagContext } from './helpers';

const competencies = ['respect', 'empathy', 'value'] as const;

interface OptionSpec {
  sticky: boolean;
  target: number; // a knot index; > own index goes forward, <= own goes back (once-only only)
  deltas: number[];
  conditionOnKnot: number | null; // offered only if that earlier knot was visited
  bumpsMood: boolean;
  needsMood: boolean;
  critical: boolean;
}

const optionArb = fc.record({
  sticky: fc.boolean(),
  target: fc.integer({ min: 0, max: 5 }),
  deltas: fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 3, maxLength: 3 }),
  conditionOnKnot: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
  bumpsMood: fc.boolean(),
  needsMood: fc.boolean(),
  critical: fc.boolean(),
});

const storyArb = fc.array(fc.array(optionArb, { minLength: 1, maxLength: 3 }), { minLength: 2, maxLength: 4 });

function scoreTag(deltas: number[]): string {
  return competencies.map((c, i) => `${c}${deltas[i]! >= 0 ? '+' : ''}${deltas[i]}`).join(', ');
}

/** Three endings, rated so that the fairness rules have something to find. */
const endingStars = [1, 3, 5];

/** Writes a story whose every path ends: loops go back only through once-only choices. */
function writeStory(knots: OptionSpec[][]): string {
  const lines = ['# title: Random', 'VAR mood = 0', '-> k0'];
  const last = knots.length;
  knots.forEach((options, k) => {
    lines.push(`=== k${k} ===`, `Knot ${k}.`);
    options.forEach((option, i) => {
      const forward = option.target > k;
      const target = forward
        ? option.target >= last
          ? `fin${option.target % endingStars.length}`
          : `k${option.target}`
        : `k${option.target}`;
      const sticky = option.sticky && forward;
      const conditions: string[] = [];
      if (option.conditionOnKnot !== null && option.conditionOnKnot < k) conditions.push(`{k${option.conditionOnKnot}}`);
      if (option.needsMood) conditions.push('{mood > 0}');
      const critical = option.critical ? ' #critical: A signature mistake' : '';
      lines.push(
        `${sticky ? '+' : '*'} ${conditions.join(' ')} [Option ${k}.${i} #score: ${scoreTag(option.deltas)}${critical} #feedback: f]`,
      );
      if (option.bumpsMood) lines.push('  ~ mood = 1 - mood');
      lines.push(`  -> ${target}`);
    });
    // A sticky way forward that is always offered, so no knot runs out of choices.
    lines.push(`+ [Move on ${k} #score: respect+0 #feedback: f] -> ${k + 1 >= last ? 'fin1' : `k${k + 1}`}`);
  });
  // Only the endings some option leads to, so that no ending is unreachable.
  const written = lines.join('\n');
  endingStars.forEach((stars, e) => {
    if (written.includes(`-> fin${e}`)) lines.push(`=== fin${e} ===`, `Done. # ending: End ${e} # stars: ${stars}`, '-> END');
  });
  return lines.join('\n');
}

/** What enumeration finds about the paths that reach one ending. */
interface EndingTotals {
  stars: number;
  /** Overall totals of every path reaching it, and whether that path took a critical option. */
  paths: Array<{ total: number; critical: boolean }>;
}

/** Every path, one by one: the reference the merged exploration must match. */
function enumerate(source: string): {
  min: Record<string, number>;
  max: Record<string, number>;
  longest: number;
  scored: Set<string>;
  endings: Map<string, EndingTotals>;
} {
  const story = compileInk('random.ink', source).story!;
  const player = new StoryPlayer(story as unknown as InkStory, tagContext);
  const min: Record<string, number> = {};
  const max: Record<string, number> = {};
  let longest = 0;
  const scored = new Set<string>();
  const endings = new Map<string, EndingTotals>();
  const walk = (state: string, totals: Record<string, number>, depth: number, critical: boolean): void => {
    player.loadState(state);
    const options = player.options;
    for (const option of options) {
      for (const id of Object.keys(option.tags.score ?? {})) scored.add(id);
      player.loadState(state);
      player.choose(option.index);
      const lines = player.nextSegment();
      const tookCritical = critical || option.tags.critical !== undefined;
      const next: Record<string, number> = { ...totals };
      for (const [id, d] of Object.entries(option.tags.score ?? {})) next[id] = (next[id] ?? 0) + d;
      if (player.isOver) {
        next.overall = overallTotal(next, rubric);
        for (const id of [...competencies, 'overall']) {
          min[id] = Math.min(min[id] ?? Infinity, next[id] ?? 0);
          max[id] = Math.max(max[id] ?? -Infinity, next[id] ?? 0);
        }
        longest = Math.max(longest, depth + 1);
        const ending = lines.find((line) => line.tags.ending)!.tags.ending!;
        const reached = endings.get(ending.title) ?? { stars: ending.stars, paths: [] };
        reached.paths.push({ total: next.overall, critical: tookCritical });
        endings.set(ending.title, reached);
      } else {
        walk(player.saveState(), next, depth + 1, tookCritical);
      }
    }
  };
  player.nextSegment();
  walk(player.saveState(), {}, 0, false);
  return { min, max, longest, scored, endings };
}

describe('exact score ranges', () => {
  it('equal brute-force enumeration on random story graphs', { timeout: 120_000 }, () => {
    // The runs must meet the cases that matter, not only agree on easy ones.
    const met = { criticalPaths: 0, unfairEndings: 0, endingsWithPassAndFail: 0 };
    fc.assert(
      fc.property(storyArb, (knots) => {
        const source = writeStory(knots);
        const { report } = checkSource(source, 'random.ink');
        const fairness = report.errors.filter((e) => /-star ending '.*' can (pass|fail)/.test(e.message));
        // An option behind a condition that never holds can leave an ending unreached: enumeration must agree.
        const unreached = report.errors.filter((e) => e.message.startsWith('no path reaches the ending'));
        expect(report.errors.filter((e) => !fairness.includes(e) && !unreached.includes(e))).toEqual([]);
        const reference = enumerate(source);
        const written = [0, 1, 2].map((e) => `End ${e}`).filter((title) => source.includes(`ending: ${title}`));
        expect(unreached.map((e) => /'(.*)'/.exec(e.message)![1])).toEqual(written.filter((title) => !reference.endings.has(title)));
        const ids = [...competencies.filter((id) => reference.scored.has(id)), 'overall'];
        expect(Object.keys(report.scores).sort()).toEqual([...ids].sort());
        for (const id of ids) {
          expect(report.scores[id], `${id} in\n${source}`).toEqual({ min: reference.min[id], max: reference.max[id] });
        }
        expect(report.decisions).toBe(reference.longest);

        const overall = { min: reference.min.overall!, max: reference.max.overall! };
        const percent = (total: number) => place(total, overall).percent;
        const expected = [...reference.endings].map(([title, { stars, paths }]) => {
          const percents = paths.map((p) => percent(p.total));
          const passing = (p: { total: number; critical: boolean }) => !p.critical && percent(p.total) >= rubric.passMark;
          return {
            title,
            stars,
            percent: { min: Math.round(Math.min(...percents) * 100) / 100, max: Math.round(Math.max(...percents) * 100) / 100 },
            somePathPasses: paths.some(passing),
            somePathFails: paths.some((p) => !passing(p)),
            criticalPaths: paths.some((p) => p.critical),
          };
        });
        const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title);
        expect([...report.endingsDetail].sort(byTitle), source).toEqual(expected.sort(byTitle));
        const unfair = expected.filter((e) => (e.stars <= 2 && e.somePathPasses) || (e.stars === 5 && e.somePathFails));
        expect(fairness.map((e) => /ending '([^']*)'/.exec(e.message)![1]).sort()).toEqual(unfair.map((e) => e.title).sort());
        met.criticalPaths += expected.filter((e) => e.criticalPaths).length;
        met.unfairEndings += unfair.length;
        met.endingsWithPassAndFail += expected.filter((e) => e.somePathPasses && e.somePathFails).length;
      }),
      { numRuns: 60, seed: 20261125 },
    );
    expect(met.criticalPaths).toBeGreaterThan(5);
    expect(met.unfairEndings).toBeGreaterThan(5);
    expect(met.endingsWithPassAndFail).toBeGreaterThan(5);
  });

  it('merge states at a knot that paths reach by different once-only choices', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.array(fc.array(optionArb, { minLength: 1, maxLength: 3 }), { minLength: 2, maxLength: 6 }), (knots) => {
        // Forward only, no conditions or variables: each knot is one state, however many paths lead there.
        const forward = knots.map((options, k) =>
          options.map((o) => ({ ...o, target: Math.max(o.target, k + 1), conditionOnKnot: null, bumpsMood: false, needsMood: false })),
        );
        const checked = checkSource(writeStory(forward), 'forward.ink');
        expect(checked.report.errors.filter((e) => !/-star ending/.test(e.message))).toEqual([]);
        expect(checked.distinctStates).toBeLessThanOrEqual(knots.length);
      }),
      { numRuns: 60, seed: 7 },
    );
  });
});
