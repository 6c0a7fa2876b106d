/**
 * Benchmark of the story checker: a generated story of 20 decision points with 4 options each,
 * whose paths merge at every knot (4^20 ≈ 1.1e12 paths), plus the shipped stories.
 * Prints the checker's time, the distinct states explored and the heap used.
 *
 *   npm run bench
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkStory } from '../src/core/checker/check-story.ts';
import { generateBenchStory } from './bench-story.ts';
import { listStories, loadRubric } from './story-files.ts';

function measure(file: string, source: string): void {
  const rubric = loadRubric();
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const checked = checkStory(file, source, rubric);
  const ms = performance.now() - started;
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  const { report } = checked;
  console.log(
    `${file.padEnd(34)} ${ms.toFixed(0).padStart(6)} ms  ${String(checked.distinctStates).padStart(6)} states  ` +
      `${String(report.decisions).padStart(3)} decisions  heap +${heapMb.toFixed(1)} MB  ${report.ok ? 'ok' : `${report.errors.length} errors`}  overall ${report.scores.overall?.min}..${report.scores.overall?.max}`,
  );
}

// Warm up the compiler and the JIT once, so the figures measure the checker, not start-up.
checkStory('warm-up.ink', generateBenchStory(3, 2), loadRubric());
measure('20 x 4, paths merge', generateBenchStory(20, 4, false));
measure('20 x 4, mood and trust meters', generateBenchStory(20, 4, true));
for (const file of listStories()) measure(path.relative(process.cwd(), file), fs.readFileSync(file, 'utf8'));
