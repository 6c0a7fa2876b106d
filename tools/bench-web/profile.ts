/**
 * `npm run bench:web -- --profile`: the game unminified (so profiles name functions and files),
 * profiled and traced through the DevTools protocol in three moments: the first load to the first
 * option, one choice to its next line painted with the stage running, and an idle play screen at
 * 3840x2160. Writes .cpuprofile and trace files (open them in Chromium's DevTools Performance panel)
 * and prints where the time goes.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { openCold, type OpenedPage } from './browser.ts';
import { profileChecker } from './checker-profile.ts';
import { lessonPaths, openBriefing, playChoices, selectors, startScenario, waitForStage } from './drive.ts';
import { longFrames, menuPainted, startFrames, stopFrames, timeReaction, type LongFrame } from './probe.ts';
import { formatRows, ModuleMap, summariseProfile, summariseTrace, type CpuProfile, type TraceSummary } from './profile-summary.ts';
import { benchDir, type ServedBuild } from './serve.ts';
import { median } from './table.ts';

const traceCategories = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'toplevel',
  'blink.user_timing',
  'v8.execute',
  'gpu',
  'viz',
];

async function startProfiler(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
}

async function stopProfiler(cdp: CDPSession): Promise<CpuProfile> {
  const { profile } = await cdp.send('Profiler.stop');
  return profile;
}

interface Captured {
  name: string;
  profile: CpuProfile;
  trace: string;
  notes: string[];
  longFrames: LongFrame[];
}

/** Runs `during` with the CPU profiler and tracing on, and keeps both. */
async function capture(browser: Browser, opened: OpenedPage, name: string, during: () => Promise<string[]>): Promise<Captured> {
  const before = (await longFrames(opened.page)).length;
  await browser.startTracing(opened.page, { categories: traceCategories, screenshots: false });
  await startProfiler(opened.cdp);
  const notes = await during();
  const profile = await stopProfiler(opened.cdp);
  const trace = (await browser.stopTracing()).toString('utf8');
  return { name, profile, trace, notes, longFrames: (await longFrames(opened.page)).slice(before) };
}

/** The first load: profiler and tracing on before navigation, off once the first option is painted. */
async function firstLoad(browser: Browser, served: ServedBuild): Promise<Captured> {
  let traced = false;
  const opened = await openCold(browser, served.gameUrl, {
    beforeNavigate: async (page: Page, cdp: CDPSession) => {
      await browser.startTracing(page, { categories: traceCategories, screenshots: false });
      await startProfiler(cdp);
      traced = true;
    },
  });
  try {
    const menu = await menuPainted(opened.page);
    await openBriefing(opened.page, lessonPaths[0]!.scenario);
    const reaction = await startScenario(opened.page);
    const profile = await stopProfiler(opened.cdp);
    const trace = traced ? (await browser.stopTracing()).toString('utf8') : '';
    const notes = [
      `menu painted at ${menu.toFixed(0)} ms; Start to first option painted ${(reaction.paintedAt - reaction.inputAt).toFixed(0)} ms (Start to DOM ${(reaction.domAt - reaction.inputAt).toFixed(0)} ms)`,
    ];
    return { name: 'first-load-1280x720', profile, trace, notes, longFrames: await longFrames(opened.page) };
  } finally {
    await opened.close();
  }
}

/** One choice with the stage up and settled: key press to line painted, and a second after it. */
async function oneChoice(browser: Browser, served: ServedBuild, width: number, height: number): Promise<Captured> {
  const opened = await openCold(browser, served.gameUrl, { width, height });
  try {
    const { page } = opened;
    await menuPainted(page);
    const stage = await waitForStage(page, 30_000, 1500);
    const path = lessonPaths[0]!;
    await openBriefing(page, path.scenario);
    await startScenario(page);
    await playChoices(page, path.choices.slice(0, 1), 2500);
    return await capture(browser, opened, `choice-${width}x${height}`, async () => {
      const keyPosition = await page.evaluate(
        ({ selector, wanted }) =>
          [...document.querySelectorAll(selector)].findIndex((b) => (b.textContent ?? '').trim().endsWith(wanted)) + 1,
        { selector: selectors.option, wanted: path.choices[1]! },
      );
      const reaction = await timeReaction(page, selectors.logEntry, () => page.keyboard.press(String(keyPosition)));
      await page.waitForTimeout(1000);
      return [
        `stage running: ${stage}`,
        `key press to line in the DOM ${(reaction.domAt - reaction.inputAt).toFixed(0)} ms, to line painted ${(reaction.paintedAt - reaction.inputAt).toFixed(0)} ms`,
      ];
    });
  } finally {
    await opened.close();
  }
}

/** The play screen with nothing happening, after the stage has settled: what a still frame costs. */
async function idlePlay(browser: Browser, served: ServedBuild, width: number, height: number): Promise<Captured> {
  const opened = await openCold(browser, served.gameUrl, { width, height });
  try {
    const { page } = opened;
    await menuPainted(page);
    const stage = await waitForStage(page, 30_000, 1500);
    await openBriefing(page, lessonPaths[0]!.scenario);
    await startScenario(page);
    await page.waitForTimeout(3000);
    return await capture(browser, opened, `idle-play-${width}x${height}`, async () => {
      await startFrames(page);
      await page.waitForTimeout(3000);
      const frames = await stopFrames(page);
      const canvases = await page.evaluate(() => [...document.querySelectorAll('canvas')].map((c) => `${c.width}x${c.height}`));
      return [
        `stage running: ${stage}; canvases ${canvases.join(', ') || 'none'}`,
        `${frames.length} frames in 3 s idle: median ${median(frames).toFixed(1)} ms, worst ${Math.max(...frames).toFixed(0)} ms`,
      ];
    });
  } finally {
    await opened.close();
  }
}

function traceLines(trace: TraceSummary): string[] {
  const commits = trace.commitsMs;
  const big = commits.filter((ms) => ms > 16);
  return [
    `  trace: ${trace.windowMs.toFixed(0)} ms window; ${commits.length} main-thread commits, ${big.length} over 16 ms (median of those ${median(big).toFixed(1)} ms, worst ${Math.max(0, ...commits).toFixed(0)} ms)`,
    formatRows('page main thread, inclusive by event', trace.mainThread),
    ...trace.selfByThread.map((t) => formatRows(`${t.thread}, self time by event`, t.rows)),
  ];
}

function longFrameLines(frames: LongFrame[]): string[] {
  const scripts = new Map<string, number>();
  for (const frame of frames)
    for (const s of frame.scripts) {
      const key = `${s.invoker} ${s.sourceFunctionName ? `${s.sourceFunctionName} ` : ''}${s.sourceURL.split('/').pop() ?? ''}`;
      scripts.set(key, (scripts.get(key) ?? 0) + s.duration);
    }
  const render = frames.reduce((sum, f) => sum + (f.startTime + f.duration - f.renderStart), 0);
  return [
    `  long animation frames: ${frames.length}, ${frames.reduce((s, f) => s + f.duration, 0).toFixed(0)} ms in all, ${render.toFixed(0)} ms of it rendering (rAF callbacks, style, layout, paint)`,
    ...[...scripts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([key, ms]) => `    ${ms.toFixed(1).padStart(8)} ms  script: ${key}`),
  ];
}

/** What the browser charges per frame for one full-window canvas redrawn every frame, by kind and size. */
async function canvasCost(browser: Browser, served: ServedBuild): Promise<string[]> {
  const lines = ['\n## one canvas redrawn every frame, nothing else (bench/canvas-cost): median frame interval'];
  for (const kind of ['webgl', '2d']) {
    for (const [width, height] of [
      [1280, 720],
      [1920, 1080],
      [3840, 2160],
    ] as const) {
      const opened = await openCold(browser, `${served.canvasCostUrl}?kind=${kind}`, { width, height });
      try {
        // openCold returns at commit: the page's own script may not have run yet.
        await opened.page.waitForFunction(() => 'frameIntervals' in window);
        const intervals = await opened.page.evaluate(() => (window as unknown as { frameIntervals(): Promise<number[]> }).frameIntervals());
        lines.push(
          `  ${kind.padEnd(5)} ${`${width}x${height}`.padEnd(9)}  median ${median(intervals).toFixed(1).padStart(6)} ms, worst ${Math.max(
            ...intervals,
          )
            .toFixed(0)
            .padStart(4)} ms`,
        );
      } finally {
        await opened.close();
      }
    }
  }
  return lines;
}

/** Profiles the three moments and returns the report; files go to test-artifacts/bench-web/profiles. */
export async function profileGame(browser: Browser, served: ServedBuild): Promise<string> {
  const dir = path.join(benchDir, 'profiles');
  fs.mkdirSync(dir, { recursive: true });
  const modules = new ModuleMap(served.outDir);
  const captured = [
    await firstLoad(browser, served),
    await oneChoice(browser, served, 1280, 720),
    await oneChoice(browser, served, 3840, 2160),
    await idlePlay(browser, served, 3840, 2160),
  ];
  const report: string[] = [];
  for (const c of captured) {
    fs.writeFileSync(path.join(dir, `${c.name}.cpuprofile`), JSON.stringify(c.profile));
    if (c.trace) fs.writeFileSync(path.join(dir, `${c.name}.trace.json`), c.trace);
    const cpu = summariseProfile(c.profile, modules);
    const trace = c.trace ? summariseTrace(c.trace) : null;
    report.push(
      `\n## ${c.name}`,
      ...c.notes.map((n) => `  ${n}`),
      `  CPU profile: ${cpu.totalMs.toFixed(0)} ms sampled`,
      formatRows('self time by file or package', cpu.selfByFile),
      formatRows('self time by function', cpu.selfByFunction),
      formatRows('total time by function (on the stack)', cpu.totalByFunction),
      ...(trace ? traceLines(trace) : []),
      ...longFrameLines(c.longFrames),
    );
  }
  report.push(...(await canvasCost(browser, served)));
  report.push(...(await profileChecker('stories/overeager-studio.ink', dir)));
  report.push(`\nProfiles and traces: ${path.relative(process.cwd(), dir)}/ (open in DevTools, Performance panel)`);
  return report.join('\n');
}
