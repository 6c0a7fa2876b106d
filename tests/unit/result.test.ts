import { describe, expect, it } from 'vitest';
import { PlaySession } from '../../src/core/session/play-session';
import { explainVerdict, percentWords } from '../../src/core/session/verdict';
import { addDeltas, place, scoreResult, starsFor } from '../../src/core/scoring/result';
import { parseRubric } from '../../src/core/scoring/rubric';
import { readOptionTags } from '../../src/core/story/tags';
import { rubric, scenarioFrom, tagContext } from './helpers';

const tenPoints = { respect: { min: 0, max: 10 }, overall: { min: 0, max: 10 } };
const insult = { decision: 2, label: 'Tell her she probably doesn’t know how', reason: 'Belittled her in writing' };

describe('a scenario result', () => {
  it('places a total between the worst and best totals', () => {
    expect(place(5, { min: -5, max: 15 }).percent).toBe(50);
    expect(place(-5, { min: -5, max: 15 }).percent).toBe(0);
    expect(place(15, { min: -5, max: 15 }).percent).toBe(100);
  });

  it('counts a story with no spread as full marks', () => {
    expect(place(0, { min: 0, max: 0 }).percent).toBe(100);
  });

  it('gives stars at 30, 50, 70 and 90 percent', () => {
    expect([0, 29.9, 30, 50, 69.9, 70, 90, 100].map((p) => starsFor(p, rubric))).toEqual([1, 1, 2, 3, 3, 4, 5, 5]);
  });

  it('passes at the pass mark and fails just below it', () => {
    const ranges = { respect: { min: 0, max: 10 }, overall: { min: 0, max: 10 } };
    expect(scoreResult({ respect: 7 }, ranges, rubric).passed).toBe(true);
    expect(scoreResult({ respect: 6 }, ranges, rubric).passed).toBe(false);
  });

  it('weighs competencies as the rubric says', () => {
    const weighted = parseRubric({
      version: 1,
      passMark: 70,
      starThresholds: [30, 50, 70, 90],
      competencies: [
        { id: 'respect', name: 'Respect', weight: 2, rewards: 'x' },
        { id: 'value', name: 'Value', weight: 1, rewards: 'x' },
      ],
    });
    if (!weighted.ok) throw new Error(weighted.error);
    const result = scoreResult(
      { respect: 1, value: 3 },
      { respect: { min: 0, max: 2 }, value: { min: 0, max: 4 }, overall: { min: 0, max: 8 } },
      weighted.value,
    );
    expect(result.overall.total).toBe(5);
    expect(result.competencies.map((c) => [c.id, c.percent])).toEqual([
      ['respect', 50],
      ['value', 75],
    ]);
  });

  it('adds deltas without changing the totals it was given', () => {
    const before = { respect: 1 };
    expect(addDeltas(before, { respect: 2, value: -1 })).toEqual({ respect: 3, value: -1 });
    expect(before).toEqual({ respect: 1 });
  });

  it('fails a path that took a critical option whatever its percent, and keeps its stars below a pass', () => {
    const result = scoreResult({ respect: 9 }, tenPoints, rubric, { criticalMistakes: [insult] });
    expect(result.overall.percent).toBe(90);
    expect(result.passedOnPercent).toBe(true);
    expect(result.passed).toBe(false);
    expect(result.overruledBy).toBe('critical-mistake');
    expect(result.criticalMistakes).toEqual([insult]);
    expect(result.stars).toBe(3);
  });

  it('never passes a path that reaches a 1 or 2 star ending', () => {
    const result = scoreResult({ respect: 8 }, tenPoints, rubric, { ending: { title: 'The Flame War', stars: 2 } });
    expect(result).toMatchObject({
      passed: false,
      passedOnPercent: true,
      overruledBy: 'low-ending',
      stars: 3,
      ending: { title: 'The Flame War', stars: 2 },
    });
  });

  it('never fails a path that reaches a 5-star ending, unless it took a critical option', () => {
    const partner = { title: 'The Partner', stars: 5 };
    expect(scoreResult({ respect: 6 }, tenPoints, rubric, { ending: partner })).toMatchObject({
      passed: true,
      overruledBy: 'high-ending',
      stars: 4,
    });
    expect(scoreResult({ respect: 6 }, tenPoints, rubric, { ending: partner, criticalMistakes: [insult] })).toMatchObject({
      passed: false,
      overruledBy: 'critical-mistake',
    });
  });

  it('lets the percent decide at a 3 or 4 star ending', () => {
    const quiet = { title: 'Quiet', stars: 3 };
    expect(scoreResult({ respect: 7 }, tenPoints, rubric, { ending: quiet })).toMatchObject({ passed: true, overruledBy: null, stars: 4 });
    expect(scoreResult({ respect: 6 }, tenPoints, rubric, { ending: quiet })).toMatchObject({ passed: false, overruledBy: null, stars: 3 });
  });

  it('reads the critical tag inside a choice’s brackets', () => {
    expect(readOptionTags(['score: respect-3', 'critical: Belittled her in writing'], tagContext)).toEqual({
      ok: true,
      value: { score: { respect: -3 }, critical: 'Belittled her in writing' },
    });
    expect(readOptionTags(['critical:'], tagContext)).toEqual({ ok: false, error: ["'# critical:' needs a value"] });
  });

  it('carries the critical options a session took into its result', () => {
    const session = new PlaySession(scenarioFrom('tests/fixtures/critical.ink'), rubric);
    session.choose(0);
    session.choose(1);
    const result = session.result();
    expect(result.overall.percent).toBe(100);
    expect(result.passed).toBe(false);
    expect(result.criticalMistakes).toEqual([
      { decision: 1, label: "Tell her she probably doesn't know how", reason: 'Belittled her in writing' },
    ]);
    expect(result.ending).toEqual({ title: 'A Quiet Reply', stars: 3 });
    expect(explainVerdict(result)).toBe('Failed: a critical mistake at decision 2 (Belittled her in writing), though the score was 100%.');
  });
});

describe('the verdict in one sentence', () => {
  it('names the critical mistake and the percent it overruled', () => {
    const result = scoreResult({ respect: 8.2 }, tenPoints, rubric, { criticalMistakes: [insult] });
    expect(explainVerdict(result)).toBe('Failed: a critical mistake at decision 3 (Belittled her in writing), though the score was 82%.');
  });

  it('names every critical mistake when the percent failed too', () => {
    const leak = { decision: 4, label: 'Forward the emails', reason: 'Posted her private emails' };
    const result = scoreResult({ respect: 5 }, tenPoints, rubric, { criticalMistakes: [insult, leak] });
    expect(explainVerdict(result)).toBe(
      'Failed: critical mistakes at decisions 3 and 5 (Belittled her in writing; Posted her private emails), and the score was 50%, below the 70% pass mark.',
    );
  });

  it('explains an ending that decided the verdict', () => {
    expect(explainVerdict(scoreResult({ respect: 7.4 }, tenPoints, rubric, { ending: { title: 'The Flame War', stars: 1 } }))).toBe(
      "Failed: the conversation ended in 'The Flame War', rated 1 star, though the score was 74%.",
    );
    expect(explainVerdict(scoreResult({ respect: 6.5 }, tenPoints, rubric, { ending: { title: 'The Partner', stars: 5 } }))).toBe(
      "Passed: the conversation ended in 'The Partner', rated 5 stars, though the score was 65%, below the 70% pass mark.",
    );
  });

  it('says nothing when the percent alone decided', () => {
    expect(explainVerdict(scoreResult({ respect: 8 }, tenPoints, rubric, { ending: { title: 'Quiet', stars: 4 } }))).toBeNull();
    expect(explainVerdict(scoreResult({ respect: 2 }, tenPoints, rubric))).toBeNull();
  });

  it('never rounds a percent across the pass mark', () => {
    expect(percentWords(69.6, 70)).toBe('69.6%');
    expect(percentWords(69.4, 70)).toBe('69%');
    expect(percentWords(70.4, 70)).toBe('70%');
  });
});
