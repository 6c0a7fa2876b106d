/**
 * Playthroughs one after another in one tab (menu, Start, the lesson path, debrief, back to the
 * menu), with the heap, live DOM nodes and listeners read after a full GC at given counts.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { openCold } from './browser.ts';
import { finishToMenu, openBriefing, playChoices, playthroughOf, startScenario, waitForStage } from './drive.ts';
import { bytesOutsideCode, collectGarbage, heapTotals } from './heap-snapshot.ts';
import { menuPainted } from './probe.ts';
import type { Figure } from './table.ts';

export interface MemoryReading {
  playthroughs: number;
  heapMb: number;
  /** The heap without V8's compiled code (from a heap snapshot): what a leak of the page's objects grows. */
  outsideCodeMb: number;
  nodes: number;
  listeners: number;
  /** Detached DOM trees still reachable from JS (DOM.getDetachedDomNodes), null where Chromium lacks it. */
  detachedTrees: number | null;
  /** The detached trees by their top element ("CANVAS 30, DIV 4"), to tell pools from leaks. */
  detachedByElement: string;
  /**
   * What the page keeps in localStorage, in KB of text: the game keeps every finished attempt (and
   * holds them in memory), so part of its heap growth is records, not a leak.
   */
  savedKb: number;
}

async function readMemory(page: Page, cdp: CDPSession, playthroughs: number): Promise<MemoryReading> {
  await collectGarbage(cdp);
  const heap = await cdp.send('Runtime.getHeapUsage');
  const outsideCode = bytesOutsideCode(await heapTotals(cdp));
  const counters = await cdp.send('Memory.getDOMCounters');
  let detachedTrees: number | null = null;
  let detachedByElement = '';
  try {
    const trees = (await cdp.send('DOM.getDetachedDomNodes')).detachedNodes;
    detachedTrees = trees.length;
    const byName = new Map<string, number>();
    for (const tree of trees) byName.set(tree.treeNode.nodeName, (byName.get(tree.treeNode.nodeName) ?? 0) + 1);
    detachedByElement = [...byName]
      .sort((a, b) => b[1] - a[1])
      .map(([name, n]) => `${name} ${n}`)
      .join(', ');
  } catch {
    detachedTrees = null;
  }
  const savedChars = await page.evaluate(() =>
    Object.keys(localStorage).reduce((sum, key) => sum + key.length + (localStorage.getItem(key)?.length ?? 0), 0),
  );
  return {
    playthroughs,
    savedKb: savedChars / 1024,
    heapMb: heap.usedSize / 1024 / 1024,
    outsideCodeMb: outsideCode / 1024 / 1024,
    nodes: counters.nodes,
    listeners: counters.jsEventListeners,
    detachedTrees,
    detachedByElement,
  };
}

export async function measureMemory(
  browser: Browser,
  url: string,
  counts: number[],
  scenario: string,
): Promise<{ readings: MemoryReading[]; problems: string[] }> {
  const opened = await openCold(browser, url);
  const { page, cdp } = opened;
  try {
    await cdp.send('DOM.enable');
    await menuPainted(page);
    if (!url.includes('/baseline/')) await waitForStage(page, 20_000, 1000);
    const playthrough = playthroughOf(scenario);
    const readings: MemoryReading[] = [];
    const last = Math.max(...counts);
    for (let played = 1; played <= last; played++) {
      await openBriefing(page, scenario);
      await startScenario(page);
      await playChoices(page, playthrough.choices, 0);
      await finishToMenu(page);
      if (counts.includes(played)) readings.push(await readMemory(page, cdp, played));
    }
    return { readings, problems: opened.problems };
  } finally {
    await opened.close();
  }
}

export function memoryFigures(game: MemoryReading[], baseline: MemoryReading[]): Figure[] {
  const figures: Figure[] = [];
  for (const [i, reading] of game.entries()) {
    const base = baseline[i];
    const n = reading.playthroughs;
    figures.push(
      {
        name: `heap after ${n} playthrough${n > 1 ? 's' : ''} in one tab, after GC`,
        unit: 'MB',
        game: [reading.heapMb],
        baseline: base ? [base.heapMb] : [Number.NaN],
      },
      {
        name: `  of it outside V8's compiled code`,
        unit: 'MB',
        game: [reading.outsideCodeMb],
        baseline: base ? [base.outsideCodeMb] : [Number.NaN],
      },
      { name: `  live DOM nodes after ${n}`, unit: 'nodes', game: [reading.nodes], baseline: base ? [base.nodes] : [Number.NaN] },
      {
        name: `  JS event listeners after ${n}`,
        unit: 'listeners',
        game: [reading.listeners],
        baseline: base ? [base.listeners] : [Number.NaN],
      },
      {
        name: `  detached DOM trees after ${n}`,
        unit: 'trees',
        game: [reading.detachedTrees ?? Number.NaN],
        baseline: [base?.detachedTrees ?? Number.NaN],
      },
      {
        name: `  records kept in localStorage after ${n}`,
        unit: 'KB',
        game: [reading.savedKb],
        baseline: [base?.savedKb ?? Number.NaN],
      },
    );
  }
  // From the first reading, and from the second: the JIT's code for the game's functions grows
  // while they warm up, so growth that goes on after warm-up is what a leak looks like. The heap
  // without compiled code tells the same apart in another way: it is what the page's objects hold.
  const final = game.length - 1;
  const growth = (readings: MemoryReading[], from: number, size: (r: MemoryReading) => number, percent: boolean): number[] => {
    const start = readings[from];
    const end = readings[final];
    if (!start || !end) return [Number.NaN];
    const grown = size(end) - size(start);
    return [percent ? (100 * grown) / size(start) : grown];
  };
  for (const from of [0, 1]) {
    const start = game[from];
    const end = game[final];
    if (!start || !end || from >= final) continue;
    const span = `from ${start.playthroughs} to ${end.playthroughs} playthroughs`;
    const heap = (r: MemoryReading) => r.heapMb;
    figures.push(
      { name: `heap growth ${span}`, unit: 'MB', game: growth(game, from, heap, false), baseline: growth(baseline, from, heap, false) },
      {
        name: `  the same, of the heap at ${start.playthroughs}`,
        unit: '%',
        game: growth(game, from, heap, true),
        baseline: growth(baseline, from, heap, true),
      },
    );
  }
  const outside = (r: MemoryReading) => r.outsideCodeMb;
  if (final > 0) {
    figures.push({
      name: `heap without V8's compiled code, growth from ${game[0]!.playthroughs} to ${game[final]!.playthroughs}`,
      unit: '%',
      game: growth(game, 0, outside, true),
      baseline: growth(baseline, 0, outside, true),
    });
  }
  return figures;
}
