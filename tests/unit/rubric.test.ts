import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRubric } from '../../src/core/scoring/rubric';
import { rubricPath } from '../../tools/story-files';

const shipped = JSON.parse(fs.readFileSync(rubricPath, 'utf8'));

describe('the rubric', () => {
  it('ships six competencies of equal weight and a 70% pass mark', () => {
    const rubric = parseRubric(shipped);
    expect(rubric.ok).toBe(true);
    if (!rubric.ok) return;
    expect(rubric.value.competencies.map((c) => c.id)).toEqual(['respect', 'empathy', 'value', 'restraint', 'composure', 'followthrough']);
    expect(rubric.value.competencies.every((c) => c.weight === 1)).toBe(true);
    expect(rubric.value.passMark).toBe(70);
  });

  it('rejects duplicate competency ids', () => {
    const broken = { ...shipped, competencies: [shipped.competencies[0], shipped.competencies[0]] };
    const rubric = parseRubric(broken);
    expect(!rubric.ok && rubric.error).toMatch(/stories\/rubric.json is not a valid rubric: competencies: competency ids must be unique/);
  });

  it('rejects a negative weight and a pass mark above 100, naming the field', () => {
    const broken = { ...shipped, passMark: 120, competencies: [{ ...shipped.competencies[0], weight: -1 }] };
    const rubric = parseRubric(broken);
    expect(!rubric.ok && rubric.error).toMatch(/passMark/);
    expect(!rubric.ok && rubric.error).toMatch(/competencies\.0\.weight/);
  });

  it('rejects star thresholds that do not rise', () => {
    expect(parseRubric({ ...shipped, starThresholds: [50, 40, 70, 90] }).ok).toBe(false);
  });
});
