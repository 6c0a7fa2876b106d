/**
 * Scripted playthroughs with the stage running: each choice timed from its key press to its next
 * line painted, and every frame's interval recorded by a requestAnimationFrame loop meanwhile.
 */
import type { Browser } from 'playwright-core';
import { openCold, type OpenOptions } from './browser.ts';
import { lessonPaths, openBriefing, playChoices, startScenario, waitForStage, type ScriptedPlaythrough } from './drive.ts';
import { menuPainted, startFrames, stopFrames, type Reaction } from './probe.ts';
import type { ServedBuild } from './serve.ts';
import { median, type Figure } from './table.ts';

interface PlaythroughRun {
  scenario: string;
  /** Key press to next line painted, per choice (ms). */
  choiceMs: number[];
  /** Key press to the line in the DOM: the interface's own work, per choice (ms). */
  choiceDomMs: number[];
  /** Frame intervals during the playthrough (ms). */
  frameMs: number[];
  stageRunning: boolean;
  problems: string[];
}

export interface PlaythroughOptions extends OpenOptions {
  pauseMs: number;
  /** How long to wait for the stage's canvas before playing anyway. */
  stageTimeoutMs: number;
  stageSettleMs: number;
}

async function playOnce(
  browser: Browser,
  url: string,
  playthrough: ScriptedPlaythrough,
  options: PlaythroughOptions,
): Promise<PlaythroughRun> {
  const opened = await openCold(browser, url, options);
  try {
    const { page } = opened;
    await menuPainted(page);
    const isGame = !url.includes('/baseline/');
    const stageRunning = isGame ? await waitForStage(page, options.stageTimeoutMs, options.stageSettleMs) : false;
    await openBriefing(page, playthrough.scenario);
    await startScenario(page);
    await startFrames(page);
    const reactions: Reaction[] = await playChoices(page, playthrough.choices, options.pauseMs);
    const frameMs = await stopFrames(page);
    if (isGame && !stageRunning) opened.problems.push('the stage never drew a canvas');
    return {
      scenario: playthrough.scenario,
      choiceMs: reactions.map((r) => r.paintedAt - r.inputAt),
      choiceDomMs: reactions.map((r) => r.domAt - r.inputAt),
      frameMs,
      stageRunning,
      problems: opened.problems,
    };
  } finally {
    await opened.close();
  }
}

export interface PairedRuns {
  game: PlaythroughRun[];
  baseline: PlaythroughRun[];
}

/** `runs` playthroughs each of game and baseline, interleaved, rotating through the four scenarios. */
export async function playInterleaved(
  browser: Browser,
  served: ServedBuild,
  runs: number,
  options: PlaythroughOptions,
): Promise<PairedRuns> {
  const paired: PairedRuns = { game: [], baseline: [] };
  for (let run = 0; run < runs; run++) {
    const playthrough = lessonPaths[run % lessonPaths.length]!;
    paired.game.push(await playOnce(browser, served.gameUrl, playthrough, options));
    paired.baseline.push(await playOnce(browser, served.baselineUrl, playthrough, options));
  }
  return paired;
}

function suffix(options: OpenOptions, withSize: boolean): string {
  const parts = [
    withSize ? `${options.width}x${options.height}` : '',
    options.cpuSlowdown && options.cpuSlowdown > 1 ? `${options.cpuSlowdown}x CPU throttling` : '',
  ];
  const text = parts.filter(Boolean).join(', ');
  return text ? `, ${text}` : '';
}

export function choiceFigures(paired: PairedRuns, options: OpenOptions): Figure[] {
  const at = suffix(options, false);
  const max = (values: number[]) => Math.max(...values);
  return [
    {
      name: `a choice to its next line painted, median of a playthrough${at}`,
      unit: 'ms',
      game: paired.game.map((r) => median(r.choiceMs)),
      baseline: paired.baseline.map((r) => median(r.choiceMs)),
    },
    {
      name: `a choice to its next line painted, slowest of a playthrough${at}`,
      unit: 'ms',
      game: paired.game.map((r) => max(r.choiceMs)),
      baseline: paired.baseline.map((r) => max(r.choiceMs)),
    },
    {
      name: `  of which key press to line in the DOM, median${at}`,
      unit: 'ms',
      game: paired.game.map((r) => median(r.choiceDomMs)),
      baseline: paired.baseline.map((r) => median(r.choiceDomMs)),
    },
  ];
}

export function frameFigures(paired: PairedRuns, options: OpenOptions): Figure[] {
  const at = suffix(options, true);
  const fps = (r: PlaythroughRun) => 1000 / median(r.frameMs);
  const worst = (r: PlaythroughRun) => Math.max(...r.frameMs);
  return [
    {
      name: `frame rate during a scripted playthrough, median${at}`,
      unit: 'fps',
      game: paired.game.map(fps),
      baseline: paired.baseline.map(fps),
    },
    {
      name: `worst frame during a scripted playthrough${at}`,
      unit: 'ms',
      game: paired.game.map(worst),
      baseline: paired.baseline.map(worst),
    },
  ];
}
