import { describe, expect, it } from 'vitest';
import { checkFile, checkSource } from './helpers';

const messages = (file: string) => checkFile(file).report.errors.map((e) => `${e.line}: ${e.message}`);

describe('the story checker', () => {
  it('reports a sound story as ok, with its decisions, endings and exact ranges', () => {
    const { report } = checkFile('tests/fixtures/e2e/smoke.ink');
    expect(report).toMatchObject({ file: 'tests/fixtures/e2e/smoke.ink', title: 'Smoke Test Call', ok: true, errors: [], decisions: 2 });
    // Two decisions whose best option is the first and the longest: tells, as warnings only.
    expect(report.warnings.map((w) => w.message.slice(0, 45))).toEqual([
      'the best option is the longest label in 2 of ',
      'the best option is written first in 2 of 2 de',
    ]);
    expect(report.endings).toEqual(['Fixed By Wednesday', 'One Star']);
    // By hand: empathy +2/-1 then nothing; respect +1/0 then 0/-2; value 0 then +2/-1; followthrough 0/+1 then +2/0.
    expect(report.scores).toEqual({
      respect: { min: -2, max: 1 },
      empathy: { min: -1, max: 2 },
      value: { min: -1, max: 2 },
      followthrough: { min: 0, max: 3 },
      overall: { min: -3, max: 7 },
    });
  });

  it('finds overall.max on the best single path, below the sum of the competencies’ maxima', () => {
    const { report } = checkFile('tests/fixtures/different-maxima.ink');
    expect(report.scores.respect).toEqual({ min: -1, max: 4 });
    expect(report.scores.value).toEqual({ min: -1, max: 5 });
    expect(report.scores.overall).toEqual({ min: 3, max: 4 });
    expect(report.scores.overall!.max).toBeLessThan(report.scores.respect!.max + report.scores.value!.max);
  });

  it('merges states that differ only in visit counts nothing reads again', () => {
    const checked = checkFile('tests/fixtures/once-only-merge.ink');
    expect(checked.report.scores.overall).toEqual({ min: -3, max: 3 });
    // One state per knot (a, b, c), not one per path (1 + 2 + 4).
    expect(checked.distinctStates).toBe(3);
  });

  it('keeps states apart when a later condition reads the visit count', () => {
    const checked = checkFile('tests/fixtures/read-counts.ink');
    expect(checked.report.scores.empathy).toEqual({ min: 0, max: 3 });
    expect(checked.report.scores.overall).toEqual({ min: -2, max: 5 });
    expect(checked.distinctStates).toBe(3);
  });

  it('accepts a loop that a counter closes, counting its longest run of decisions', () => {
    const { report } = checkFile('tests/fixtures/bounded-loop.ink');
    expect(report.ok).toBe(true);
    expect(report.decisions).toBe(4);
    expect(report.scores.overall).toEqual({ min: -1, max: 2 });
  });

  it('plays a story without scores as an unscored practice story', () => {
    const { report } = checkFile('tests/fixtures/unscored.ink');
    expect(report.ok).toBe(true);
    expect(report.scores).toEqual({ overall: { min: 0, max: 0 } });
  });

  it('reports a path that stops without an ending', () => {
    expect(messages('tests/fixtures/bad/dead-end.ink')).toEqual([
      "5: this path stops without an ending: add '# ending: TITLE # stars: N' to its last line",
    ]);
  });

  it('reports an ending that no path reaches, at its line', () => {
    expect(messages('tests/fixtures/bad/unreachable-ending.ink')).toEqual(["8: no path reaches the ending 'Lost Ending'"]);
  });

  it('reports a loop that can repeat forever', () => {
    expect(messages('tests/fixtures/bad/endless-loop.ink')).toEqual([
      '5: this loop can repeat forever: give the player a way out that the story enforces (a once-only choice or a condition)',
    ]);
  });

  it('reports every kind of bad tag with its line, once each', () => {
    expect(messages('tests/fixtures/bad/bad-tags.ink')).toEqual([
      "2: '# mood:' cannot stand at the top of the file; put it on a line of text",
      "3: unknown tag 'colour' on a line of text (known here: channel, speaker, mood, time, thought, sfx, ending, stars, discuss, subject, from)",
      "4: unknown mood 'furious' (use one of: pleased, neutral, annoyed, angry, hurt, delighted)",
      "5: unknown competency 'kindness' in score (the rubric has: respect, empathy, value, restraint, composure, followthrough)",
      "6: malformed score 'respect plus two': write 'competency+N' or 'competency-N', separated by commas, such as 'respect+2, value-1'",
      "7: option 'No score' has no '# score:': a scored story scores every option, such as [No score #score: respect+1]",
      "8: '# speaker:' cannot stand inside a choice's brackets; put it on a line of text",
      "10: unknown sound 'trumpet' (the sound catalogue has: phone-ring, phone-pickup, phone-hangup, voicemail, message-received, message-sent, mail-received, mail-sent, call-join, call-leave, notification, door-chime)",
      "10: 'stars' must be from 1 to 5, not 9",
    ]);
  });

  it('reports an ending without stars', () => {
    expect(messages('tests/fixtures/bad/ending-without-stars.ink')).toEqual(["3: '# ending: Done' needs '# stars: 1-5' on the same line"]);
  });

  it('reports a meter pushed outside 0 to 10', () => {
    expect(messages('tests/fixtures/bad/meter-out-of-range.ink')).toEqual(['5: trust is 12 here: a meter is a whole number from 0 to 10']);
  });

  it('passes on the ink compiler’s errors with file and line', () => {
    const { report } = checkFile('tests/fixtures/bad/compile-error.ink');
    expect(report.ok).toBe(false);
    expect(report.errors).toEqual([
      { file: 'tests/fixtures/bad/compile-error.ink', line: 3, message: "Divert target not found: '-> nowhere'" },
    ]);
  });

  it('requires a title', () => {
    expect(messages('tests/fixtures/bad/missing-title.ink')).toEqual(["1: the story needs '# title: …' at the top of the file"]);
  });

  it('reports tags written after a choice’s closing bracket', () => {
    const { report } = checkSource('# title: T\nHi.\n* [Go] #score: respect+1\n  Done. # ending: E # stars: 3\n  -> END\n');
    expect(report.errors.map((e) => `${e.line}: ${e.message}`)).toContain(
      "3: '# score:' cannot stand on a line of text; put it inside a choice's brackets",
    );
  });

  it('warns when a player message has no thought after it in a story that uses thoughts', () => {
    const source = [
      '# title: T',
      'Hello. # speaker: Ana # thought: Hm.',
      '* [Reply #score: respect+1 #feedback: ok]',
      '  Hi Ana. # speaker: you',
      '  Bye. # ending: E # stars: 3',
      '  -> END',
    ].join('\n');
    const { report } = checkSource(source);
    expect(report.ok).toBe(true);
    expect(report.warnings.map((w) => `${w.line}: ${w.message}`)).toEqual([
      "4: the player's message has no '# thought:' after it: the debrief will show nothing beside it",
    ]);
  });
});
