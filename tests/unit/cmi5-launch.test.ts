import { describe, expect, it } from 'vitest';
import { definedStatementsFor } from '../../src/platform/cmi5/cmi5-platform';
import { cmi5LaunchFrom } from '../../src/platform/cmi5/cmi5-launch';
import { detectLearningPlatform } from '../../src/platform/learning-record/detect-platform';
import type { WindowLike } from '../../src/platform/scorm/scorm-api';

const actor = { objectType: 'Agent', name: 'Ada', account: { homePage: 'https://lms.example', name: 'ada' } };
const launch = new URLSearchParams({
  endpoint: 'https://lms.example/xAPI/',
  fetch: 'https://lms.example/fetch/abc',
  actor: JSON.stringify(actor),
  registration: '6e1b7a3c-6c3e-4f07-9b0e-0c6b1c1e2f3a',
  activityId: 'urn:glasshouse:course:scenarios',
});

describe('a cmi5 launch (cmi5 spec 8.1)', () => {
  it('is read from the five launch parameters, the actor parsed', () => {
    const outcome = cmi5LaunchFrom(launch);
    expect(outcome.kind).toBe('cmi5');
    if (outcome.kind !== 'cmi5') return;
    expect(outcome.launch.actor).toEqual(actor);
    expect(outcome.launch.registration).toBe('6e1b7a3c-6c3e-4f07-9b0e-0c6b1c1e2f3a');
  });

  it('is not there when a parameter is missing, and gets a notice when one does not parse', () => {
    const partial = new URLSearchParams(launch);
    partial.delete('fetch');
    expect(cmi5LaunchFrom(partial)).toEqual({ kind: 'none' });
    expect(cmi5LaunchFrom(new URLSearchParams('mode=assessment'))).toEqual({ kind: 'none' });
    const badActor = new URLSearchParams(launch);
    badActor.set('actor', '{nope');
    const outcome = cmi5LaunchFrom(badActor);
    expect(outcome.kind === 'invalid' && outcome.notice).toContain('actor');
  });

  it('is detected when no SCORM API is found', () => {
    const alone: { parent: WindowLike | null } = { parent: null };
    alone.parent = alone;
    expect(detectLearningPlatform(alone, launch)?.kind).toBe('cmi5');
    expect(detectLearningPlatform(alone, new URLSearchParams())).toBeNull();
  });
});

describe('which defined statements moveOn asks for (cmi5 spec 10.2.2, 10.2.4)', () => {
  it('sends completed and passed/failed for CompletedAndPassed, CompletedOrPassed and NotApplicable', () => {
    for (const moveOn of ['CompletedAndPassed', 'CompletedOrPassed', 'NotApplicable'] as const) {
      expect(definedStatementsFor({ moveOn, launchMode: 'Normal' })).toEqual({ completed: true, judged: true });
    }
  });
  it('sends only what Completed or Passed needs', () => {
    expect(definedStatementsFor({ moveOn: 'Completed', launchMode: 'Normal' })).toEqual({ completed: true, judged: false });
    expect(definedStatementsFor({ moveOn: 'Passed', launchMode: 'Normal' })).toEqual({ completed: false, judged: true });
  });
  it('sends none of them when launched to browse or review', () => {
    expect(definedStatementsFor({ moveOn: 'CompletedAndPassed', launchMode: 'Browse' })).toEqual({ completed: false, judged: false });
    expect(definedStatementsFor({ moveOn: 'CompletedAndPassed', launchMode: 'Review' })).toEqual({ completed: false, judged: false });
  });
});
