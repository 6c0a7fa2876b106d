/** Endings that agree with the verdict: the checker's per-ending detail and its fairness errors. */
import { describe, expect, it } from 'vitest';
import { checkFile } from './helpers.ts';

describe('the checker on endings and verdicts', () => {
  it('gives each ending the percent range of its paths and whether some pass and some fail', () => {
    // Paths: respect +2/-2 then composure +1 (1-star) or followthrough +1 (5-star); overall -1..3.
    const { report } = checkFile('tests/fixtures/bad/unfair-endings.ink');
    expect(report.scores.overall).toEqual({ min: -1, max: 3 });
    expect(report.endingsDetail).toEqual([
      {
        title: 'The Post She Read',
        stars: 1,
        percent: { min: 0, max: 100 },
        somePathPasses: true,
        somePathFails: true,
        criticalPaths: false,
      },
      {
        title: 'Rescheduled and Won',
        stars: 5,
        percent: { min: 0, max: 100 },
        somePathPasses: true,
        somePathFails: true,
        criticalPaths: false,
      },
    ]);
  });

  it('reports a 1-2 star ending that some path passes, and a 5-star ending that some path fails, at their lines', () => {
    const { report } = checkFile('tests/fixtures/bad/unfair-endings.ink');
    expect(report.ok).toBe(false);
    expect(report.errors.map((e) => `${e.line}: ${e.message}`)).toEqual([
      "14: the 1-star ending 'The Post She Read' can pass: a path that reaches it scores up to 100% (pass mark 70%) with no critical mistake. " +
        "A 1-2 star ending must never pass: score the options that lead here lower, or mark the signature mistake on the way '# critical: REASON'",
      "17: the 5-star ending 'Rescheduled and Won' can fail: a path that reaches it scores only 0% (pass mark 70%). " +
        'A 5-star ending must never fail: score the options that lead here higher, or keep the paths that fail away from it',
    ]);
  });

  it('counts a path through a critical option as failing, whatever its percent', () => {
    const { report } = checkFile('tests/fixtures/critical.ink');
    expect(report.ok).toBe(true);
    // Overall 3..8: the insult after "Send step 4" scores 8, the best there is, yet fails; the clean best, 7, passes at 80%.
    expect(report.endingsDetail).toEqual([
      { title: 'A Quiet Reply', stars: 3, percent: { min: 0, max: 100 }, somePathPasses: true, somePathFails: true, criticalPaths: true },
    ]);
  });

  it('reports a 5-star ending that a critical option reaches', () => {
    const source = checkFile('tests/fixtures/critical.ink');
    expect(source.report.errors).toEqual([]);
    const { report } = checkFileWithStars(5);
    expect(report.errors.map((e) => e.message)).toEqual([
      "the 5-star ending 'A Quiet Reply' can fail: a path that reaches it took a critical option. " +
        'A 5-star ending must never fail: score the options that lead here higher, or keep the paths that fail away from it',
    ]);
  });

  it('leaves the endings of an unscored practice story alone', () => {
    const { report } = checkFile('tests/fixtures/unscored.ink');
    expect(report.ok).toBe(true);
    expect(report.endingsDetail.every((e) => e.percent.min === 100 && e.percent.max === 100)).toBe(true);
  });
});

import fs from 'node:fs';
import { checkSource } from './helpers.ts';

function checkFileWithStars(stars: number) {
  const source = fs.readFileSync('tests/fixtures/critical.ink', 'utf8').replace('# stars: 3', `# stars: ${stars}`);
  return checkSource(source, 'critical-5.ink');
}
