/**
 * Plays a story in the terminal along a fixed list of choices, for authors and reviewers:
 * `npm run play -- stories/pushy-presenter.ink 1 3 2 ...` (1-based option numbers).
 * Prints every line with its tags, the options at each decision, and the result at the end.
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkStory } from '../src/core/checker/check-story.ts';
import { addDeltas, scoreResult, type CriticalMistake, type EndingRating } from '../src/core/scoring/result.ts';
import { explainVerdict } from '../src/core/session/verdict.ts';
import { competencyIds } from '../src/core/scoring/rubric.ts';
import { StoryPlayer } from '../src/core/story/story-player.ts';
import type { ScoreDeltas } from '../src/core/story/tags.ts';
import { includeReaderFor, loadRubric } from './story-files.ts';

const [file, ...picks] = process.argv.slice(2);
if (!file) {
  console.error('usage: npm run play -- FILE.ink [option numbers...]');
  process.exit(2);
}
const rubric = loadRubric();
const full = path.resolve(file);
const checked = checkStory(path.relative(process.cwd(), full), fs.readFileSync(full, 'utf8'), rubric, includeReaderFor(full));
if (!checked.json) {
  console.error(checked.report.errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join('\n'));
  process.exit(1);
}
const player = StoryPlayer.fromJson(checked.json, { competencies: new Set(competencyIds(rubric)) });
let totals: ScoreDeltas = {};
let ending: EndingRating | null = null;
const criticalMistakes: CriticalMistake[] = [];
const format = (deltas: ScoreDeltas = {}) =>
  Object.entries(deltas)
    .map(([id, d]) => `${id}${d >= 0 ? '+' : ''}${d}`)
    .join(', ');
for (let step = 0; ; step++) {
  for (const line of player.nextSegment()) {
    const { sfx, ending: lineEnding, ...rest } = line.tags;
    const tags = Object.entries(rest).map(([k, v]) => `${k}=${v}`);
    if (sfx.length) tags.push(`sfx=${sfx.join('+')}`);
    if (lineEnding) {
      tags.push(`ENDING=${lineEnding.title} (${lineEnding.stars}★)`);
      ending ??= lineEnding;
    }
    console.log(`${line.text}${tags.length ? `   [${tags.join(' | ')}]` : ''}`);
  }
  if (player.isOver) break;
  const options = player.options;
  console.log(`\n--- decision ${step + 1} ---  meters ${JSON.stringify(player.meters())}`);
  for (const [i, o] of options.entries()) {
    console.log(`  ${i + 1}. ${o.label}   {${format(o.tags.score)}}${o.tags.critical ? ` CRITICAL: ${o.tags.critical}` : ''}`);
  }
  const pick = Number(picks[step] ?? '1') - 1;
  const chosen = options[pick];
  if (!chosen) {
    console.error(`no option ${pick + 1} at decision ${step + 1}`);
    process.exit(1);
  }
  console.log(`  > ${chosen.label}\n    feedback: ${chosen.tags.feedback ?? '(none)'}\n`);
  if (chosen.tags.critical !== undefined) {
    console.log(`    CRITICAL: ${chosen.tags.critical}\n`);
    criticalMistakes.push({ decision: step, label: chosen.label, reason: chosen.tags.critical });
  }
  totals = addDeltas(totals, chosen.tags.score ?? {});
  player.choose(chosen.index);
}
const result = scoreResult(totals, checked.report.scores, rubric, { criticalMistakes, ending });
console.log(
  `\nending: ${ending?.title ?? '(none)'}; overall ${result.overall.total} in ${result.overall.min}..${result.overall.max} = ${result.overall.percent.toFixed(1)}%`,
);
console.log(`stars ${result.stars}, ${result.passed ? 'PASS' : 'FAIL'}${result.overruledBy ? ` (${explainVerdict(result)})` : ''}`);
for (const c of result.competencies) console.log(`  ${c.name}: ${c.total} in ${c.min}..${c.max} (${c.percent.toFixed(0)}%)`);
