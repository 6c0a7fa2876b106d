/**
 * The game measured in Debian's Chromium beside a bare inkjs page playing the same compiled stories
 * (bench/baseline): first option, JavaScript before it, choice latency, frame rate, memory over many
 * playthroughs, and the checker's time, each as median, min and max of several runs.
 *
 *   npm run bench:web                  every figure, 5 runs each (about 10 to 20 minutes)
 *   npm run bench:web -- --runs 9      more runs
 *   npm run bench:web -- --short       one run of each, smallest sizes (what `npm test` runs)
 *   npm run bench:web -- --only load,choice,fps,memory,check
 *   npm run bench:web -- --heap-diff   what the heap gains from 5 to 25 playthroughs, by constructor
 *   npm run bench:web -- --profile     CPU profiles and traces of the unminified game, summarised
 *
 * Progress goes to stderr, the table to stdout; everything measured is also written to
 * test-artifacts/bench-web/results.json. Exits 1 when a figure could not be measured.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './bench-web/browser.ts';
import { measureChecker } from './bench-web/checker-time.ts';
import { measureFirstOption } from './bench-web/first-option.ts';
import { measureMemory, memoryFigures } from './bench-web/memory.ts';
import { heapDiff } from './bench-web/heap-diff.ts';
import { profileGame } from './bench-web/profile.ts';
import { choiceFigures, frameFigures, playInterleaved, type PairedRuns, type PlaythroughOptions } from './bench-web/playthrough.ts';
import { benchDir, buildAndServe, type ServedBuild } from './bench-web/serve.ts';
import { formatTable, unmeasured, type Figure } from './bench-web/table.ts';

const groups = ['load', 'choice', 'fps', 'memory', 'check'] as const;
type Group = (typeof groups)[number];

interface Plan {
  runs: number;
  short: boolean;
  only: Set<Group>;
  memoryCounts: number[];
  checkStories: string[];
  play: Omit<PlaythroughOptions, 'width' | 'height' | 'cpuSlowdown'>;
}

function planFrom(argv: string[]): Plan {
  const short = argv.includes('--short');
  const runsAt = argv.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : short ? 1 : 5;
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs needs a whole number of at least 1');
  const onlyAt = argv.indexOf('--only');
  const only = new Set<Group>(
    onlyAt >= 0 ? (argv[onlyAt + 1] ?? '').split(',').filter((g): g is Group => (groups as readonly string[]).includes(g)) : groups,
  );
  if (!only.size) throw new Error(`--only takes a comma-separated list of ${groups.join(', ')}`);
  return {
    runs,
    short,
    only,
    memoryCounts: short ? [1, 2] : [1, 10, 50],
    checkStories: short
      ? ['stories/pushy-presenter.ink']
      : fs
          .readdirSync('stories')
          .filter((f) => f.endsWith('.ink'))
          .sort()
          .map((f) => `stories/${f}`),
    play: { pauseMs: short ? 100 : 500, stageTimeoutMs: 20_000, stageSettleMs: short ? 300 : 1500 },
  };
}

function progress(message: string): void {
  process.stderr.write(`[bench:web ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

interface Details {
  jsBeforeFirstOption?: { game: string[]; baseline: string[] };
  /** The game's detached DOM trees by top element, after each memory reading. */
  detached?: string[];
  problems: string[];
}

function collectProblems(details: Details, where: string, runs: Array<{ problems: string[] }>): void {
  for (const problem of new Set(runs.flatMap((r) => r.problems))) details.problems.push(`${where}: ${problem}`);
}

interface PlaySession {
  key: string;
  options: PlaythroughOptions;
  choice: boolean;
  fps: boolean;
}

/** Full: choices at 1280x720, frames at each size. Short: one playthrough at the smallest size for both. */
function playSessions(plan: Plan): PlaySession[] {
  const wanted = (s: PlaySession) => (s.choice && plan.only.has('choice')) || (s.fps && plan.only.has('fps'));
  const at = (width: number, height: number, cpuSlowdown = 1): PlaythroughOptions => ({ ...plan.play, width, height, cpuSlowdown });
  if (plan.short) return [{ key: 'play-1920x1080', options: at(1920, 1080), choice: true, fps: true }].filter(wanted);
  return [
    { key: 'choice-1280x720', options: at(1280, 720), choice: true, fps: false },
    { key: 'choice-1280x720-4x', options: at(1280, 720, 4), choice: true, fps: false },
    { key: 'fps-1920x1080', options: at(1920, 1080), choice: false, fps: true },
    { key: 'fps-3840x2160', options: at(3840, 2160), choice: false, fps: true },
    { key: 'fps-1920x1080-4x', options: at(1920, 1080, 4), choice: false, fps: true },
  ].filter(wanted);
}

async function playFigures(
  browser: Browser,
  served: ServedBuild,
  plan: Plan,
  details: Details,
  figures: Figure[],
  results: Record<string, PairedRuns>,
): Promise<void> {
  for (const session of playSessions(plan)) {
    progress(`playthroughs ${session.key}, ${plan.runs} each of game and baseline, interleaved`);
    const paired = await playInterleaved(browser, served, plan.runs, session.options);
    results[session.key] = paired;
    collectProblems(details, `${session.key} game`, paired.game);
    collectProblems(details, `${session.key} bare page`, paired.baseline);
    if (session.choice) figures.push(...choiceFigures(paired, session.options));
    if (session.fps) figures.push(...frameFigures(paired, session.options));
  }
}

async function diffHeap(): Promise<number> {
  progress('building the game; then 25 playthroughs in one tab, with heap snapshots after 5 and 25');
  const served = await buildAndServe();
  const browser = await launchBrowser();
  try {
    console.log(await heapDiff(browser, served));
  } finally {
    await browser.close();
    await served.close();
  }
  return 0;
}

async function profile(): Promise<number> {
  progress('building the game unminified, for profiles that name its functions');
  const served = await buildAndServe({ readable: true });
  const browser = await launchBrowser();
  try {
    progress('profiling the first load, a choice at 1280x720 and 3840x2160, and an idle play screen at 3840x2160');
    const report = await profileGame(browser, served);
    console.log(report);
    fs.writeFileSync(path.join(benchDir, 'profiles', 'summary.md'), report);
  } finally {
    await browser.close();
    await served.close();
  }
  return 0;
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--profile')) return profile();
  if (argv.includes('--heap-diff')) return diffHeap();
  const plan = planFrom(argv);
  const started = performance.now();
  progress('building the game and the baseline page');
  const served = await buildAndServe();
  const browser = await launchBrowser();
  const figures: Figure[] = [];
  const details: Details = { problems: [] };
  const raw: Record<string, unknown> = {};
  try {
    if (plan.only.has('load')) {
      for (const cpuSlowdown of [1, 4]) {
        progress(
          `cold loads to the first option${cpuSlowdown > 1 ? ` at ${cpuSlowdown}x CPU throttling` : ''}, ${plan.runs} pairs, interleaved`,
        );
        const loads = await measureFirstOption(browser, served, plan.runs, cpuSlowdown, !plan.short);
        figures.push(...loads.figures);
        raw[`load-${cpuSlowdown}x`] = loads;
        collectProblems(details, `load ${cpuSlowdown}x game`, loads.game);
        collectProblems(details, `load ${cpuSlowdown}x bare page`, loads.baseline);
        if (cpuSlowdown === 1)
          details.jsBeforeFirstOption = { game: loads.game[0]?.jsFiles ?? [], baseline: loads.baseline[0]?.jsFiles ?? [] };
      }
    }
    const playthroughs: Record<string, PairedRuns> = {};
    await playFigures(browser, served, plan, details, figures, playthroughs);
    raw.playthroughs = playthroughs;
    if (plan.only.has('memory')) {
      progress(`memory over ${Math.max(...plan.memoryCounts)} playthroughs in one tab, game then baseline`);
      const game = await measureMemory(browser, served.gameUrl, plan.memoryCounts, 'pushy-presenter');
      const baseline = await measureMemory(browser, served.baselineUrl, plan.memoryCounts, 'pushy-presenter');
      figures.push(...memoryFigures(game.readings, baseline.readings));
      raw.memory = { game: game.readings, baseline: baseline.readings };
      details.detached = game.readings.map((r) => `after ${r.playthroughs}: ${r.detachedByElement || 'none'}`);
      collectProblems(details, 'memory game', [game]);
      collectProblems(details, 'memory bare page', [baseline]);
    }
  } finally {
    await browser.close();
    await served.close();
  }
  if (plan.only.has('check')) {
    progress(`the checker, ${plan.runs} runs per story`);
    figures.push(...(await measureChecker(plan.checkStories, plan.runs)));
  }

  console.log(formatTable(figures));
  if (details.jsBeforeFirstOption) {
    console.log(`\nJS before the first option, game: ${details.jsBeforeFirstOption.game.join(', ')}`);
    console.log(`JS before the first option, bare page: ${details.jsBeforeFirstOption.baseline.join(', ')}`);
  }
  if (details.detached) console.log(`Detached DOM trees in the game, by element: ${details.detached.join('; ')}`);
  for (const problem of details.problems) console.log(`page problem: ${problem}`);
  fs.mkdirSync(benchDir, { recursive: true });
  const resultsFile = path.join(benchDir, 'results.json');
  fs.writeFileSync(
    resultsFile,
    JSON.stringify({ date: new Date().toISOString(), plan: { ...plan, only: [...plan.only] }, figures, details, raw }, null, 2),
  );
  const missing = unmeasured(figures);
  progress(`done in ${((performance.now() - started) / 1000).toFixed(0)} s; raw figures in ${path.relative(process.cwd(), resultsFile)}`);
  if (missing.length) {
    console.error(`not measured: ${missing.join('; ')}`);
    return 1;
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 2;
  },
);
