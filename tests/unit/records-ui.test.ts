import { describe, expect, it } from 'vitest';
import { datedFileName } from '../../src/app/store';
import { standingText } from '../../src/ui/records-menu';
import { countingAttempts } from '../../src/ui/summary-screen';
import { sampleAttempt } from './records-helpers';

describe('what the menu says of a scenario', () => {
  const best = sampleAttempt();

  it('says not started, or in progress without a finished attempt', () => {
    expect(standingText({ kind: 'not-started' })).toBe('Not started');
    expect(standingText({ kind: 'in-progress', attempts: 0, best: null })).toBe('In progress');
  });

  it('gives the best result, its verdict and the number of attempts', () => {
    const percent = Math.round(best.result.overall.percent);
    const stars = '★'.repeat(best.result.stars) + '☆'.repeat(5 - best.result.stars);
    const verdict = best.result.passed ? 'passed' : 'not passed';
    expect(standingText({ kind: 'finished', attempts: 1, best })).toBe(`Best ${percent}% ${stars}, ${verdict} · 1 attempt`);
    expect(standingText({ kind: 'in-progress', attempts: 3, best })).toBe(
      `In progress · best ${percent}% ${stars}, ${verdict} · 3 attempts`,
    );
  });
});

describe('the attempts a summary counts', () => {
  it('takes the latest assessment of each scenario over any practice', () => {
    const practice = sampleAttempt({ id: 'practice', mode: 'practice', finishedAt: '2026-12-01T11:00:00.000Z' });
    const assessment = sampleAttempt({ id: 'assessment', mode: 'assessment', finishedAt: '2026-12-01T10:00:00.000Z' });
    const other = sampleAttempt({ id: 'other', scenarioId: 'smoke', mode: 'practice' });
    expect(countingAttempts([assessment, practice, other]).map((a) => a.id)).toEqual(['assessment', 'other']);
  });

  it('takes the latest practice when there is no assessment', () => {
    const first = sampleAttempt({ id: 'first', mode: 'practice' });
    const second = sampleAttempt({ id: 'second', mode: 'practice' });
    expect(countingAttempts([first, second]).map((a) => a.id)).toEqual(['second']);
  });
});

describe('export file names', () => {
  it('are stamped with the day', () => {
    expect(datedFileName('glasshouse-attempts', 'csv', new Date('2026-12-01T23:59:00.000Z'))).toBe('glasshouse-attempts-2026-12-01.csv');
  });
});
