/**
 * On random small story graphs, the checker's exact ranges (found by merging states) equal what
 * enumerating every path one by one finds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/core/checker/compile-ink';
import { overallTotal } from '../../src/core/scoring/result';
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
}

const optionArb = fc.record({
  sticky: fc.boolean(),
  target: fc.integer({ min: 0, max: 5 }),
  deltas: fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 3, maxLength: 3 }),
  conditionOnKnot: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
  bumpsMood: fc.boolean(),
  needsMood: fc.boolean(),
});

const storyArb = fc.array(fc.array(optionArb, { minLength: 1, maxLength: 3 }), { minLength: 2, maxLength: 4 });

function scoreTag(deltas: number[]): string {
  return competencies.map((c, i) => `${c}${deltas[i]! >= 0 ? '+' : ''}${deltas[i]}`).join(', ');
}

/** Writes a story whose every path ends: loops go back only through once-only choices. */
function writeStory(knots: OptionSpec[][]): string {
  const lines = ['# title: Random', 'VAR mood = 0', '-> k0'];
  const last = knots.length;
  knots.forEach((options, k) => {
    lines.push(`=== k${k} ===`, `Knot ${k}.`);
    options.forEach((option, i) => {
      const forward = option.target > k;
      const target = forward ? (option.target >= last ? 'fin' : `k${option.target}`) : `k${option.target}`;
      const sticky = option.sticky && forward;
      const conditions: string[] = [];
      if (option.conditionOnKnot !== null && option.conditionOnKnot < k) conditions.push(`{k${option.conditionOnKnot}}`);
      if (option.needsMood) conditions.push('{mood > 0}');
      lines.push(`${sticky ? '+' : '*'} ${conditions.join(' ')} [Option ${k}.${i} #score: ${scoreTag(option.deltas)} #feedback: f]`);
      if (option.bumpsMood) lines.push('  ~ mood = 1 - mood');
      lines.push(`  -> ${target}`);
    });
    // A sticky way forward that is always offered, so no knot runs out of choices.
    lines.push(`+ [Move on ${k} #score: respect+0 #feedback: f] -> ${k + 1 >= last ? 'fin' : `k${k + 1}`}`);
  });
  lines.push('=== fin ===', 'Done. # ending: Done # stars: 3', '-> END');
  return lines.join('\n');
}

/** Every path, one by one: the reference the merged exploration must match. */
function enumerate(source: string): { min: Record<string, number>; max: Record<string, number>; longest: number; scored: Set<string> } {
  const story = compileInk('random.ink', source).story!;
  const player = new StoryPlayer(story as unknown as InkStory, tagContext);
  const min: Record<string, number> = {};
  const max: Record<string, number> = {};
  let longest = 0;
  const scored = new Set<string>();
  const walk = (state: string, totals: Record<string, number>, depth: number): void => {
    player.loadState(state);
    const options = player.options;
    for (const option of options) {
      for (const id of Object.keys(option.tags.score ?? {})) scored.add(id);
      player.loadState(state);
      player.choose(option.index);
      player.nextSegment();
      const next: Record<string, number> = { ...totals };
      for (const [id, d] of Object.entries(option.tags.score ?? {})) next[id] = (next[id] ?? 0) + d;
      if (player.isOver) {
        next.overall = overallTotal(next, rubric);
        for (const id of [...competencies, 'overall']) {
          min[id] = Math.min(min[id] ?? Infinity, next[id] ?? 0);
          max[id] = Math.max(max[id] ?? -Infinity, next[id] ?? 0);
        }
        longest = Math.max(longest, depth + 1);
      } else {
        walk(player.saveState(), next, depth + 1);
      }
    }
  };
  player.nextSegment();
  walk(player.saveState(), {}, 0);
  return { min, max, longest, scored };
}

describe('exact score ranges', () => {
  it('equal brute-force enumeration on random story graphs', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(storyArb, (knots) => {
        const source = writeStory(knots);
        const { report } = checkSource(source, 'random.ink');
        expect(report.errors).toEqual([]);
        const reference = enumerate(source);
        const ids = [...competencies.filter((id) => reference.scored.has(id)), 'overall'];
        expect(Object.keys(report.scores).sort()).toEqual([...ids].sort());
        for (const id of ids) {
          expect(report.scores[id], `${id} in\n${source}`).toEqual({ min: reference.min[id], max: reference.max[id] });
        }
        expect(report.decisions).toBe(reference.longest);
      }),
      { numRuns: 60, seed: 20261125 },
    );
  });

  it('merge states at a knot that paths reach by different once-only choices', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.array(fc.array(optionArb, { minLength: 1, maxLength: 3 }), { minLength: 2, maxLength: 6 }), (knots) => {
        // Forward only, no conditions or variables: each knot is one state, however many paths lead there.
        const forward = knots.map((options, k) =>
          options.map((o) => ({ ...o, target: Math.max(o.target, k + 1), conditionOnKnot: null, bumpsMood: false, needsMood: false })),
        );
        const checked = checkSource(writeStory(forward), 'forward.ink');
        expect(checked.report.ok).toBe(true);
        expect(checked.distinctStates).toBeLessThanOrEqual(knots.length);
      }),
      { numRuns: 60, seed: 7 },
    );
  });
});
