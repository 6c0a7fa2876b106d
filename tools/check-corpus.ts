/**
 * Runs the story checker over every .ink file under a folder, including stories nobody here wrote
 * (the inkjs project's test stories, say), and fails if any of them ends in an exception instead
 * of a report:
 *
 *   npm run check:corpus -- FOLDER [--verbose]
 *
 * Prints one line per story that is not ok (its first error), then a summary with the slowest.
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkStory } from '../src/core/checker/check-story.ts';
import { includeReaderFor, loadRubric } from './story-files.ts';

function inkFilesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ink'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

function main(argv: string[]): number {
  const verbose = argv.includes('--verbose');
  const [folder] = argv.filter((arg) => !arg.startsWith('--'));
  if (!folder) {
    console.error('usage: npm run check:corpus -- FOLDER [--verbose]');
    return 2;
  }
  const rubric = loadRubric();
  const crashes: string[] = [];
  const timings: Array<{ file: string; ms: number }> = [];
  let ok = 0;
  let withErrors = 0;
  for (const full of inkFilesUnder(path.resolve(folder))) {
    const file = path.relative(process.cwd(), full);
    const started = performance.now();
    try {
      const { report } = checkStory(file, fs.readFileSync(full, 'utf8'), rubric, includeReaderFor(full));
      if (report.ok) ok++;
      else withErrors++;
      const first = report.errors[0];
      if (verbose && first) console.log(`${first.file}:${first.line}: ${first.message}`);
      if (report.errors.some((e) => e.line < 1))
        console.log(`${file}: an error without a line: ${JSON.stringify(report.errors.filter((e) => e.line < 1))}`);
    } catch (error) {
      crashes.push(`${file}: ${(error as Error).stack ?? String(error)}`);
    }
    timings.push({ file, ms: performance.now() - started });
  }
  for (const crash of crashes) console.log(`CRASH ${crash}\n`);
  const slowest = [...timings].sort((a, b) => b.ms - a.ms).slice(0, 3);
  console.log(`${timings.length} stories: ${ok} ok, ${withErrors} with errors, ${crashes.length} crashed`);
  console.log(`slowest: ${slowest.map((t) => `${t.file} ${t.ms.toFixed(0)} ms`).join(', ')}`);
  return crashes.length ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
