/**
 * `npm run bench:web -- --heap-diff`: what the heap gains between two points of one tab's life,
 * by kind and constructor, from two heap snapshots (after a full GC each) taken after 5 and after
 * 25 playthroughs. It tells a leak (JS objects or DOM that keep growing) from what only looks like
 * one: V8's optimised code growing as functions warm up, and the finished attempts the game keeps.
 */
import type { Browser, CDPSession } from 'playwright-core';
import { openCold } from './browser.ts';
import { finishToMenu, openBriefing, playChoices, playthroughOf, startScenario, waitForStage } from './drive.ts';
import { menuPainted } from './probe.ts';
import type { ServedBuild } from './serve.ts';

interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
}

/** Count and bytes per "kind:name" of every node in a fresh snapshot. */
async function heapByName(cdp: CDPSession): Promise<Map<string, { count: number; bytes: number }>> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  const onChunk = (event: { chunk: string }) => chunks.push(event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const heap = JSON.parse(chunks.join('')) as HeapSnapshot;
  const fields = heap.snapshot.meta.node_fields;
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((field) => fields.indexOf(field)) as [number, number, number];
  const types = heap.snapshot.meta.node_types[0];
  const byName = new Map<string, { count: number; bytes: number }>();
  for (let i = 0; i < heap.nodes.length; i += fields.length) {
    const key = `${types[heap.nodes[i + typeAt]!]}:${String(heap.strings[heap.nodes[i + nameAt]!]).slice(0, 60)}`;
    const entry = byName.get(key) ?? { count: 0, bytes: 0 };
    entry.count += 1;
    entry.bytes += heap.nodes[i + sizeAt]!;
    byName.set(key, entry);
  }
  return byName;
}

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
    const before = await heapByName(cdp);
    await play(20);
    const after = await heapByName(cdp);
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
