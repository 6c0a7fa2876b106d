/**
 * The learning-record adapter's small decisions: which resume data wins, which score agrees with
 * the verdict when the LMS judges status from a threshold, reading an unset SCORM 2004 element, and
 * detecting a platform (a SCORM API here; cmi5 launch parameters in cmi5-launch.test.ts).
 */
import { Scorm2004API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { detectLearningPlatform } from '../../src/platform/learning-record/detect-platform';
import { preferredResume } from '../../src/platform/learning-record/resume-choice';
import type { Scorm2004Api, WindowLike } from '../../src/platform/scorm/scorm-api';
import { connectScorm } from '../../src/platform/scorm/scorm-connection';
import { passingPercent } from '../../src/platform/scorm/scorm-elements';
import { scoreAgreeingWithVerdict } from '../../src/platform/scorm/verdict-score';

describe('which resume data wins', () => {
  const lms = { storyVersion: 'v1', choices: [0, 2] };
  it('takes the browser’s when there is nothing on the LMS', () => {
    expect(preferredResume(null, lms)).toBe(lms);
  });
  it('takes the browser’s when it continues the LMS’s on the same story (the LMS missed commits)', () => {
    const local = { storyVersion: 'v1', choices: [0, 2, 1] };
    expect(preferredResume(lms, local)).toBe(local);
  });
  it('takes the LMS’s when the browser’s went another way, is shorter, or is of another story version', () => {
    expect(preferredResume(lms, { storyVersion: 'v1', choices: [1, 2, 1] })).toBe(lms);
    expect(preferredResume(lms, { storyVersion: 'v1', choices: [0] })).toBe(lms);
    expect(preferredResume(lms, { storyVersion: 'v2', choices: [0, 2, 1] })).toBe(lms);
    expect(preferredResume(lms, null)).toBe(lms);
  });
});

describe('the score reported beside the verdict', () => {
  it('is the percent itself when the LMS has no threshold, or agrees with the verdict', () => {
    expect(scoreAgreeingWithVerdict(85, false, null)).toEqual({ percent: 85, adjusted: false });
    expect(scoreAgreeingWithVerdict(85, true, 70)).toEqual({ percent: 85, adjusted: false });
    expect(scoreAgreeingWithVerdict(40, false, 70)).toEqual({ percent: 40, adjusted: false });
  });
  it('drops just below the threshold when a critical mistake fails a passing percent', () => {
    expect(scoreAgreeingWithVerdict(85, false, 70)).toEqual({ percent: 69.99, adjusted: true });
    expect(scoreAgreeingWithVerdict(70, false, 70)).toEqual({ percent: 69.99, adjusted: true });
  });
  it('rises to the threshold when a five-star ending passes a percent below it', () => {
    expect(scoreAgreeingWithVerdict(60, true, 70)).toEqual({ percent: 70, adjusted: true });
  });
  it('reads 1.2’s mastery score as a percent and 2004’s scaled passing score as a fraction', () => {
    expect(passingPercent('1.2', '70')).toBe(70);
    expect(passingPercent('2004', '0.7')).toBeCloseTo(70);
    expect(passingPercent('2004', '')).toBeNull();
    expect(passingPercent('1.2', null)).toBeNull();
  });
});

describe('the SCORM connection', () => {
  it('reads an element SCORM 2004 never stored (error 403) as empty, without a problem', () => {
    const api = new Scorm2004API({ autocommit: false, logLevel: 5 });
    const lms = connectScorm({ version: '2004', api: api as unknown as Scorm2004Api });
    lms.initialize();
    expect(lms.get('cmi.suspend_data')).toBe('');
    expect(lms.get('cmi.no_such_element')).toBeNull();
    expect(lms.problems).toHaveLength(1);
  });
  it('terminates once, and refuses every call after that without reaching the LMS', () => {
    const api = new Scorm2004API({ autocommit: false, logLevel: 5 });
    let terminations = 0;
    api.on('Terminate', () => (terminations += 1));
    const lms = connectScorm({ version: '2004', api: api as unknown as Scorm2004Api });
    lms.initialize();
    expect(lms.terminate()).toBe(true);
    expect(lms.terminate()).toBe(false);
    expect(lms.set('cmi.location', 'x')).toBe(false);
    expect(terminations).toBe(1);
  });
});

describe('detecting the platform', () => {
  it('finds a SCORM 2004 API on a parent frame, and nothing on a lone window', () => {
    const top = { parent: null as WindowLike | null, API_1484_11: new Scorm2004API({ logLevel: 5 }) };
    top.parent = top;
    const detected = detectLearningPlatform({ parent: top });
    expect(detected?.kind === 'scorm' ? detected.found.version : null).toBe('2004');
    const alone: { parent: WindowLike | null } = { parent: null };
    alone.parent = alone;
    expect(detectLearningPlatform(alone)).toBeNull();
  });
});
