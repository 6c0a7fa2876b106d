/**
 * Reads a DevTools CPU profile and a Chromium trace into what costs the time: self and total time by
 * source file and by function (through the `// path` comments an unminified Rolldown build writes
 * at each module), and main-thread and other-thread time by trace event.
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../story-files.ts';

/** The part of a DevTools `Profiler.Profile` read here (playwright-core does not export its types). */
export interface CpuProfile {
  nodes: CpuProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** Line ranges of each module in a built chunk, from the `// src/x.ts` comments Rolldown writes. */
export class ModuleMap {
  private readonly chunks = new Map<string, Array<{ line: number; module: string }>>();

  constructor(private readonly outDir: string) {}

  /** The source module at a 0-based line of a served script, or the script's own name. */
  moduleAt(url: string, line: number): string {
    if (!url) return '(native)';
    // Node's profiles (the checker) name source files directly.
    if (url.startsWith('file://')) return path.relative(projectRoot, decodeURIComponent(new URL(url).pathname));
    if (url.startsWith('node:')) return url;
    let pathname: string;
    try {
      pathname = new URL(url).pathname;
    } catch {
      return url;
    }
    const file = path.join(this.outDir, decodeURIComponent(pathname).replace(/^\//, ''));
    let starts = this.chunks.get(file);
    if (!starts) {
      starts = [];
      if (fs.existsSync(file) && file.endsWith('.js')) {
        fs.readFileSync(file, 'utf8')
          .split('\n')
          .forEach((text, i) => {
            const match = /^\/\/ (\S+)$/.exec(text);
            if (match?.[1] && /[./]/.test(match[1])) starts!.push({ line: i, module: match[1].replace(/^\\0/, '') });
          });
      }
      this.chunks.set(file, starts);
    }
    let found = path.basename(pathname);
    for (const start of starts) {
      if (start.line > line) break;
      found = start.module;
    }
    return found;
  }
}

/** node_modules/phaser/src/x/y.js -> phaser (src/x/y.js): packages read as one line each. */
function packageOf(module: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(module);
  return match?.[1] ?? module;
}

export interface TimeRow {
  name: string;
  ms: number;
}

export interface ProfileSummary {
  totalMs: number;
  selfByFile: TimeRow[];
  selfByFunction: TimeRow[];
  /** Time with the function on the stack (each sample counted once per function). */
  totalByFunction: TimeRow[];
}

function top(rows: Map<string, number>, count: number): TimeRow[] {
  return [...rows]
    .map(([name, ms]) => ({ name, ms }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, count);
}

export function summariseProfile(profile: CpuProfile, modules: ModuleMap, count = 15): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const label = (node: CpuProfileNode) => {
    const frame = node.callFrame;
    if (!frame.url) return { file: frame.functionName || '(anonymous)', fn: frame.functionName || '(anonymous)' };
    const file = modules.moduleAt(frame.url, frame.lineNumber);
    const name = frame.functionName || `(anonymous, ${path.basename(frame.url)} line ${frame.lineNumber + 1})`;
    return { file, fn: `${name} (${file.replace(/^node_modules\//, '')})` };
  };
  const selfByFile = new Map<string, number>();
  const selfByFunction = new Map<string, number>();
  const totalByFunction = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let totalMs = 0;
  samples.forEach((id, i) => {
    const ms = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
    totalMs += ms;
    const node = byId.get(id);
    if (!node) return;
    const own = label(node);
    selfByFile.set(packageOf(own.file), (selfByFile.get(packageOf(own.file)) ?? 0) + ms);
    selfByFunction.set(own.fn, (selfByFunction.get(own.fn) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frameNode = byId.get(at);
      if (!frameNode?.callFrame.url) continue;
      const { fn } = label(frameNode);
      if (seen.has(fn)) continue;
      seen.add(fn);
      totalByFunction.set(fn, (totalByFunction.get(fn) ?? 0) + ms);
    }
  });
  return {
    totalMs,
    selfByFile: top(selfByFile, count),
    selfByFunction: top(selfByFunction, count),
    totalByFunction: top(totalByFunction, count),
  };
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: Record<string, unknown> };
}

export interface TraceSummary {
  windowMs: number;
  /** Inclusive time of chosen events on the page's main thread (they nest: Commit holds ReadPixels). */
  mainThread: TimeRow[];
  /** Self time by event of the threads that draw: the page's main thread, the GPU and display compositor. */
  selfByThread: Array<{ thread: string; rows: TimeRow[] }>;
  /** Each main-thread Commit (the frame handed to the compositor), in ms. */
  commitsMs: number[];
}

/** Events that say where a main-thread frame goes. */
const mainThreadEvents = new Set([
  'FireAnimationFrame',
  'FunctionCall',
  'EventDispatch',
  'TimerFire',
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'ParseHTML',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'GLES2::ReadPixels',
  'MajorGC',
  'MinorGC',
  'HitTest',
  'DecodeImage',
]);

const drawingThreads = ['CrRendererMain', 'CrGpuMain', 'VizCompositorThread', 'Compositor'];

/** Self time by event name on one thread: each event's duration less its children's. */
function selfTimes(events: TraceEvent[]): Map<string, number> {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const self = new Map<string, number>();
  const stack: TraceEvent[] = [];
  for (const e of sorted) {
    while (stack.length && stack[stack.length - 1]!.ts + stack[stack.length - 1]!.dur! <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent && e.ts + e.dur! <= parent.ts + parent.dur!) self.set(parent.name, (self.get(parent.name) ?? 0) - e.dur! / 1000);
    self.set(e.name, (self.get(e.name) ?? 0) + e.dur! / 1000);
    stack.push(e);
  }
  return self;
}

export function summariseTrace(traceJson: string): TraceSummary {
  const parsed = JSON.parse(traceJson) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const threadNames = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name) threadNames.set(`${e.pid}:${e.tid}`, e.args.name);
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.ph !== 'X' || typeof e.dur !== 'number') continue;
    const key = `${e.pid}:${e.tid}`;
    const list = byThread.get(key);
    if (list) list.push(e);
    else byThread.set(key, [e]);
  }
  // The page's main thread: the renderer main thread with the most events (other tabs are closed).
  const mainKey = [...byThread]
    .filter(([key]) => threadNames.get(key) === 'CrRendererMain')
    .sort((a, b) => b[1].length - a[1].length)[0]?.[0];
  const mainEvents = (mainKey && byThread.get(mainKey)) || [];
  const inclusive = new Map<string, number>();
  for (const e of mainEvents) if (mainThreadEvents.has(e.name)) inclusive.set(e.name, (inclusive.get(e.name) ?? 0) + e.dur! / 1000);
  const selfByThread: TraceSummary['selfByThread'] = [];
  for (const name of drawingThreads) {
    // The busiest thread of that name: the page's renderer, the one GPU process.
    const candidates = [...byThread].filter(([key]) => threadNames.get(key) === name && (name !== 'CrRendererMain' || key === mainKey));
    const busiest = candidates.sort((a, b) => b[1].length - a[1].length)[0];
    if (busiest) selfByThread.push({ thread: name, rows: top(selfTimes(busiest[1]), 6) });
  }
  const all = [...byThread.values()].flat();
  const windowMs = all.length ? (Math.max(...all.map((e) => e.ts + e.dur!)) - Math.min(...all.map((e) => e.ts))) / 1000 : 0;
  return {
    windowMs,
    mainThread: top(inclusive, 14),
    selfByThread,
    commitsMs: mainEvents.filter((e) => e.name === 'Commit').map((e) => e.dur! / 1000),
  };
}

export function formatRows(title: string, rows: TimeRow[]): string {
  return [`  ${title}`, ...rows.map((r) => `    ${r.ms.toFixed(1).padStart(8)} ms  ${r.name}`)].join('\n');
}
