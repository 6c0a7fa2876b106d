/**
 * A finished attempt as SCORM SetValue calls: the formats, the unique interaction ids, the order
 * (score before status), and every call accepted by scorm-again's data model (its real Scorm12API
 * and Scorm2004API, in Node: only SetValue and reads, no commit, which needs a browser).
 */
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import type { AttemptChoice, FinishedAttempt } from '../../src/platform/scorm/attempt';
import { timeInterval2004, timeOfDay12, timespan12, timestamp2004 } from '../../src/platform/scorm/cmi-time';
import {
  finishedAttemptCalls,
  interactionCalls,
  interactionDescription,
  interactionId,
  type CmiCall,
} from '../../src/platform/scorm/cmi-calls';

const startedAt = Date.UTC(2026, 11, 1, 10, 15, 2);

function choice(decision: number, optionIndex: number, deltas: Record<string, number>, critical = false): AttemptChoice {
  const overallDelta = Object.values(deltas).reduce((sum, d) => sum + d, 0);
  return {
    decision,
    optionIndex,
    label: `Option ${optionIndex + 1} at decision ${decision + 1}`,
    deltas,
    overallDelta,
    critical,
    chosenAt: startedAt + (decision + 1) * 30_000,
  };
}

const attempt: FinishedAttempt = {
  scenarioId: 'pushy-presenter',
  startedAt,
  choices: [choice(0, 1, { empathy: 2, value: 1 }), choice(1, 0, { restraint: -1 }), choice(2, 2, {}), choice(3, 3, { respect: 1 }, true)],
  percent: 76.666666,
  // Above the pass mark, yet failed: the critical option at decision 4 decides it.
  passed: false,
  competencies: [
    { id: 'respect', percent: 60 },
    { id: 'empathy', percent: 100 },
    { id: 'value', percent: 80 },
    { id: 'restraint', percent: 0 },
    { id: 'composure', percent: null },
    { id: 'followthrough', percent: null },
  ],
};

const at = { firstInteraction: 0, firstObjective: 0 };
const valueAt = (calls: CmiCall[], element: string) => calls.find((c) => c.element === element)?.value;
const indexOf = (calls: CmiCall[], element: string) => calls.findIndex((c) => c.element === element);

describe('SCORM times', () => {
  it('writes a SCORM 1.2 timespan as HHHH:MM:SS.SS', () => {
    expect(timespan12(0)).toBe('0000:00:00.00');
    expect(timespan12(3_723_450)).toBe('0001:02:03.45');
    expect(timespan12(10_000 * 3_600_000)).toBe('9999:59:59.99');
  });

  it('writes a SCORM 2004 time interval as an ISO 8601 duration', () => {
    expect(timeInterval2004(0)).toBe('PT0S');
    expect(timeInterval2004(3_723_450)).toBe('PT1H2M3.45S');
    expect(timeInterval2004(59_999)).toBe('PT1M0S');
    expect(timeInterval2004(125_000)).toBe('PT2M5S');
  });

  it('writes times of day for 1.2 and timestamps with fractional seconds for 2004, in UTC', () => {
    expect(timeOfDay12(startedAt + 357)).toBe('10:15:02');
    expect(timestamp2004(startedAt + 357)).toBe('2026-12-01T10:15:02.35Z');
  });
});

describe('interactions', () => {
  it('gives each choice an id unique to the scenario, the attempt and the decision', () => {
    const ids = finishedAttemptCalls('2004', attempt, at, 0)
      .filter((c) => /^cmi\.interactions\.\d+\.id$/.test(c.element))
      .map((c) => c.value);
    expect(ids).toEqual([
      'pushy-presenter_20261201T101502Z_d1',
      'pushy-presenter_20261201T101502Z_d2',
      'pushy-presenter_20261201T101502Z_d3',
      'pushy-presenter_20261201T101502Z_d4',
    ]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(interactionId('pushy-presenter', startedAt + 1000, 0)).not.toBe(ids[0]);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('records type choice, the response, the result, the weighting and the competencies moved', () => {
    const calls = interactionCalls('1.2', 7, attempt, attempt.choices[0]!);
    expect(calls).toEqual([
      { element: 'cmi.interactions.7.id', value: 'pushy-presenter_20261201T101502Z_d1' },
      { element: 'cmi.interactions.7.type', value: 'choice' },
      { element: 'cmi.interactions.7.objectives.0.id', value: 'empathy' },
      { element: 'cmi.interactions.7.objectives.1.id', value: 'value' },
      { element: 'cmi.interactions.7.time', value: '10:15:32' },
      { element: 'cmi.interactions.7.weighting', value: '1' },
      { element: 'cmi.interactions.7.student_response', value: 'b' },
      { element: 'cmi.interactions.7.result', value: 'correct' },
    ]);
  });

  it('describes the choice with its score changes in SCORM 2004', () => {
    const calls = interactionCalls('2004', 0, attempt, attempt.choices[0]!);
    expect(valueAt(calls, 'cmi.interactions.0.learner_response')).toBe('option-2');
    expect(valueAt(calls, 'cmi.interactions.0.description')).toBe('Option 2 at decision 1 (empathy +2, value +1)');
    expect(valueAt(calls, 'cmi.interactions.0.timestamp')).toBe('2026-12-01T10:15:32.00Z');
  });

  it('marks a critical choice wrong even when its scores rise, a falling one wrong and a zero one neutral', () => {
    const results = (version: '1.2' | '2004') =>
      attempt.choices.map((c, n) => valueAt(interactionCalls(version, n, attempt, c), `cmi.interactions.${n}.result`));
    expect(results('1.2')).toEqual(['correct', 'wrong', 'neutral', 'wrong']);
    expect(results('2004')).toEqual(['correct', 'incorrect', 'neutral', 'incorrect']);
  });

  it('shortens a long label so the description keeps its score changes within 250 characters', () => {
    const long = { ...attempt.choices[0]!, label: 'word '.repeat(80) };
    const description = interactionDescription(long);
    expect(description.length).toBeLessThanOrEqual(250);
    expect(description.endsWith('… (empathy +2, value +1)')).toBe(true);
  });

  it('refuses a SCORM 1.2 response beyond option z', () => {
    expect(() => interactionCalls('1.2', 0, attempt, { ...attempt.choices[0]!, optionIndex: 26 })).toThrow(RangeError);
  });
});

describe('a finished attempt', () => {
  it('sets the score before the status in SCORM 1.2, and fails an attempt the result failed', () => {
    const calls = finishedAttemptCalls('1.2', attempt, at, 90_000);
    expect(indexOf(calls, 'cmi.core.score.raw')).toBeLessThan(indexOf(calls, 'cmi.core.lesson_status'));
    expect(valueAt(calls, 'cmi.core.score.raw')).toBe('76.66');
    expect(valueAt(calls, 'cmi.core.lesson_status')).toBe('failed');
    expect(valueAt(calls, 'cmi.core.session_time')).toBe('0000:01:30.00');
  });

  it('sets scaled and raw scores before completion and success in SCORM 2004', () => {
    const calls = finishedAttemptCalls('2004', { ...attempt, passed: true }, at, 90_000);
    const scored = Math.max(indexOf(calls, 'cmi.score.scaled'), indexOf(calls, 'cmi.score.raw'), indexOf(calls, 'cmi.score.max'));
    expect(scored).toBeLessThan(indexOf(calls, 'cmi.completion_status'));
    expect(scored).toBeLessThan(indexOf(calls, 'cmi.success_status'));
    expect(valueAt(calls, 'cmi.score.scaled')).toBe('0.7666');
    expect(valueAt(calls, 'cmi.success_status')).toBe('passed');
    expect(valueAt(calls, 'cmi.session_time')).toBe('PT1M30S');
  });

  it('rounds scores down, so that a failing 69.996% never reads as the 70% pass mark', () => {
    const calls = finishedAttemptCalls('2004', { ...attempt, percent: 69.996 }, at, 0);
    expect(valueAt(calls, 'cmi.score.raw')).toBe('69.99');
    expect(valueAt(calls, 'cmi.score.scaled')).toBe('0.6999');
  });

  it('reports each competency as an objective in rubric order, with a score only where the scenario scores it', () => {
    const calls = finishedAttemptCalls('2004', attempt, { firstInteraction: 0, firstObjective: 2 }, 0);
    expect(valueAt(calls, 'cmi.objectives.2.id')).toBe('respect');
    expect(valueAt(calls, 'cmi.objectives.3.score.scaled')).toBe('1');
    expect(valueAt(calls, 'cmi.objectives.6.id')).toBe('composure');
    expect(valueAt(calls, 'cmi.objectives.6.score.raw')).toBeUndefined();
  });

  it('is accepted call by call by the SCORM 1.2 data model of scorm-again', () => {
    const api = new Scorm12API({ autocommit: false, logLevel: 5 });
    api.LMSInitialize('');
    for (const call of finishedAttemptCalls('1.2', attempt, at, 90_000)) {
      expect([call.element, String(api.LMSSetValue(call.element, call.value)), String(api.LMSGetLastError())]).toEqual([
        call.element,
        'true',
        '0',
      ]);
    }
    expect(api.cmi.core.lesson_status).toBe('failed');
    expect(api.cmi.core.score.raw).toBe('76.66');
    expect(api.cmi.interactions.childArray).toHaveLength(4);
  });

  it('is accepted call by call by the SCORM 2004 data model of scorm-again', () => {
    const api = new Scorm2004API({ autocommit: false, logLevel: 5 });
    api.Initialize('');
    for (const call of finishedAttemptCalls('2004', attempt, at, 90_000)) {
      expect([call.element, String(api.SetValue(call.element, call.value)), String(api.GetLastError())]).toEqual([
        call.element,
        'true',
        '0',
      ]);
    }
    expect(api.GetValue('cmi.success_status')).toBe('failed');
    expect(api.GetValue('cmi.completion_status')).toBe('completed');
    expect(api.GetValue('cmi.interactions._count')).toBe('4');
    expect(api.GetValue('cmi.interactions.3.learner_response')).toBe('option-4');
    expect(api.GetValue('cmi.objectives._count')).toBe('6');
  });
});
