/**
 * `npm run bench:web -- --heap-diff`: what the heap gains between two points of one tab's life,
 * by kind and constructor, from two heap snapshots (after a full GC each) taken after 5 and after
 * 25 playthroughs. It tells a leak (JS objects or DOM that keep growing) from what only looks like
 * one: V8's optimised code growing as functions warm up, and the finished attempts the game keeps.
 */
import type { Browser } from 'playwright-core';
import { openCold } from './browser.ts';
import { finishToMenu, openBriefing, playChoices, playthroughOf, startScenario, waitForStage } from './drive.ts';
import { heapTotals } from './heap-snapshot.ts';
import { menuPainted } from './probe.ts';
import type { ServedBuild } from './serve.ts';

export async function heapDiff(browser: Browser, served: ServedBuild, scenario = 'pushy-presenter'): Promise<string> {
  const opened = await openCold(browser, served.gameUrl);
  const { page, cdp } = opened;
  try {
    await menuPainted(page);
    await waitForStage(page, 20_000, 1000);
    const { choices } = playthroughOf(scenario);
    const play = async (times: number) => {
      for (let i = 0; i < times; i++) {
        await openBriefing(page, scenario);
        await startScenario(page);
        await playChoices(page, choices, 0);
        await finishToMenu(page);
      }
    };
    await play(5);
    const before = (await heapTotals(cdp)).byName;
    await play(20);
    const after = (await heapTotals(cdp)).byName;
    const grown = [...after]
      .map(([name, { count, bytes }]) => ({
        name,
        count: count - (before.get(name)?.count ?? 0),
        bytes: bytes - (before.get(name)?.bytes ?? 0),
      }))
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, 25);
    const total = grown.reduce((sum, row) => sum + row.bytes, 0);
    return [
      `## heap gained from 5 to 25 playthroughs of ${scenario} in one tab (after GC), the 25 largest kinds`,
      ...grown.map((row) => `${(row.bytes / 1024).toFixed(1).padStart(9)} KB  ${String(row.count).padStart(6)}  ${row.name}`),
      `${(total / 1024).toFixed(1).padStart(9)} KB  in these rows ("code:" is V8's compiled code; "object:" the game's own objects)`,
    ].join('\n');
  } finally {
    await opened.close();
  }
}
