/**
 * A heap snapshot (after a full GC) summed by node kind and by "kind:constructor", shared by the
 * memory figures and `--heap-diff`. It tells V8's compiled code ("code": bytecode and the JIT's
 * machine code, which grow while functions warm up) from what a leak would grow: the page's own
 * objects, arrays, strings and closures.
 */
import type { CDPSession } from 'playwright-core';

interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
}

export interface HeapTotals {
  /** Self bytes per node kind (object, code, string, native, ...). */
  byKind: Map<string, number>;
  /** Count and self bytes per "kind:name". */
  byName: Map<string, { count: number; bytes: number }>;
}

/** Kinds a snapshot lists that live outside V8's heap (Blink's DOM objects) or have no size. */
const outsideJsHeap = new Set(['native', 'synthetic', 'hidden']);

export async function collectGarbage(cdp: CDPSession): Promise<void> {
  // Twice: the first collection can leave garbage that finalizers free for the second.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
}

export async function heapTotals(cdp: CDPSession): Promise<HeapTotals> {
  await collectGarbage(cdp);
  const chunks: string[] = [];
  const onChunk = (event: { chunk: string }) => chunks.push(event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const heap = JSON.parse(chunks.join('')) as HeapSnapshot;
  const fields = heap.snapshot.meta.node_fields;
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((field) => fields.indexOf(field)) as [number, number, number];
  const kinds = heap.snapshot.meta.node_types[0];
  const byKind = new Map<string, number>();
  const byName = new Map<string, { count: number; bytes: number }>();
  for (let i = 0; i < heap.nodes.length; i += fields.length) {
    const kind = kinds[heap.nodes[i + typeAt]!]!;
    const bytes = heap.nodes[i + sizeAt]!;
    byKind.set(kind, (byKind.get(kind) ?? 0) + bytes);
    const key = `${kind}:${String(heap.strings[heap.nodes[i + nameAt]!]).slice(0, 60)}`;
    const entry = byName.get(key) ?? { count: 0, bytes: 0 };
    entry.count += 1;
    entry.bytes += bytes;
    byName.set(key, entry);
  }
  return { byKind, byName };
}

/** The JS heap's bytes without V8's compiled code: the page's objects, arrays, strings, closures. */
export function bytesOutsideCode(totals: HeapTotals): number {
  let bytes = 0;
  for (const [kind, size] of totals.byKind) if (kind !== 'code' && !outsideJsHeap.has(kind)) bytes += size;
  return bytes;
}
