/**
 * Cold loads to the first option, game and baseline interleaved (game, baseline, game, ...) in one
 * run so machine noise falls on both: menu painted (from navigation) plus Start to first option
 * painted, and the JavaScript fetched before that frame.
 */
import type { Browser } from 'playwright-core';
import { openCold } from './browser.ts';
import { openBriefing, startScenario } from './drive.ts';
import { fetchedResources, menuPainted } from './probe.ts';
import { gzipSizeOf, type ServedBuild } from './serve.ts';
import type { Figure } from './table.ts';

interface FirstOptionLoad {
  menuPaintedMs: number;
  startToOptionMs: number;
  /** Gzip bytes of every script whose response ended before the first option was painted. */
  jsGzipBytes: number;
  jsFiles: string[];
  problems: string[];
}

const scenario = 'pushy-presenter';

async function loadToFirstOption(browser: Browser, served: ServedBuild, url: string, cpuSlowdown = 1): Promise<FirstOptionLoad> {
  const opened = await openCold(browser, url, { cpuSlowdown });
  try {
    const { page } = opened;
    const menuPaintedMs = await menuPainted(page);
    await openBriefing(page, scenario);
    const reaction = await startScenario(page);
    const scripts = (await fetchedResources(page)).filter(
      (r) => /\.m?js$/.test(new URL(r.url).pathname) && r.responseEnd <= reaction.paintedAt,
    );
    return {
      menuPaintedMs,
      startToOptionMs: reaction.paintedAt - reaction.inputAt,
      jsGzipBytes: scripts.reduce((sum, r) => sum + gzipSizeOf(served, r.url), 0),
      jsFiles: scripts.map((r) => `${new URL(r.url).pathname.split('/').pop()} (${(gzipSizeOf(served, r.url) / 1024).toFixed(1)} KB)`),
      problems: opened.problems,
    };
  } finally {
    await opened.close();
  }
}

export interface FirstOptionResult {
  figures: Figure[];
  game: FirstOptionLoad[];
  baseline: FirstOptionLoad[];
}

/** `warmUp`: one discarded pair first, so the browser's own first-page costs fall on neither. */
export async function measureFirstOption(
  browser: Browser,
  served: ServedBuild,
  runs: number,
  cpuSlowdown: number,
  warmUp: boolean,
): Promise<FirstOptionResult> {
  if (warmUp) {
    await loadToFirstOption(browser, served, served.gameUrl, cpuSlowdown);
    await loadToFirstOption(browser, served, served.baselineUrl, cpuSlowdown);
  }
  const game: FirstOptionLoad[] = [];
  const baseline: FirstOptionLoad[] = [];
  for (let run = 0; run < runs; run++) {
    game.push(await loadToFirstOption(browser, served, served.gameUrl, cpuSlowdown));
    baseline.push(await loadToFirstOption(browser, served, served.baselineUrl, cpuSlowdown));
  }
  const total = (l: FirstOptionLoad) => l.menuPaintedMs + l.startToOptionMs;
  const at = cpuSlowdown > 1 ? `, ${cpuSlowdown}x CPU throttling` : '';
  const figures: Figure[] = [
    {
      name: `menu painted + Start to first option painted${at}`,
      unit: 'ms',
      game: game.map(total),
      baseline: baseline.map(total),
      ratio: game.map((g, i) => total(g) / total(baseline[i]!)),
    },
    {
      name: `  of which menu painted (from navigation)${at}`,
      unit: 'ms',
      game: game.map((l) => l.menuPaintedMs),
      baseline: baseline.map((l) => l.menuPaintedMs),
    },
    {
      name: `  of which Start to first option painted${at}`,
      unit: 'ms',
      game: game.map((l) => l.startToOptionMs),
      baseline: baseline.map((l) => l.startToOptionMs),
    },
  ];
  if (cpuSlowdown <= 1) {
    figures.push({
      name: 'JS downloaded before the first option (gzip)',
      unit: 'KB',
      game: game.map((l) => l.jsGzipBytes / 1024),
      baseline: baseline.map((l) => l.jsGzipBytes / 1024),
    });
  }
  return { figures, game, baseline };
}
