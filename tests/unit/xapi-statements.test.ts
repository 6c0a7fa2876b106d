import { describe, expect, it } from 'vitest';
import {
  competencyDeltasExtension,
  criticalMistakeExtension,
  decisionActivityId,
  isoDuration,
  learnerAgent,
  scenarioActivityId,
  statementBuilder,
} from '../../src/core/records/xapi-statements';

const scenario = { id: 'pushy-presenter', title: 'The Pushy Presenter' };
const options = [
  { index: 0, label: 'Offer a refund' },
  { index: 1, label: 'Blame the venue' },
];

function builder(context?: { registration: string }) {
  let n = 0;
  return statementBuilder({
    newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    now: () => new Date('2026-12-01T13:00:00.000Z'),
    actor: () => learnerAgent('Ada', 'https://training.example/'),
    ...(context ? { context } : {}),
  });
}

describe('xAPI statements of a playthrough', () => {
  it('gives each statement the id the caller made, the learner as an account agent and the time', () => {
    const statements = builder();
    const launched = statements.launched(scenario);
    const initialized = statements.initialized(scenario);
    expect(launched.id).toBe('00000000-0000-4000-8000-000000000001');
    expect(initialized.id).toBe('00000000-0000-4000-8000-000000000002');
    expect(launched.verb.id).toBe('http://adlnet.gov/expapi/verbs/launched');
    expect(launched.actor).toEqual({ objectType: 'Agent', name: 'Ada', account: { homePage: 'https://training.example/', name: 'Ada' } });
    expect(launched.timestamp).toBe('2026-12-01T13:00:00.000Z');
    expect(launched.object.id).toBe(scenarioActivityId('pushy-presenter'));
  });

  it('derives the activity ids from the scenario id', () => {
    expect(scenarioActivityId('pushy-presenter')).toBe('https://glasshouse.example/xapi/activities/scenarios/pushy-presenter');
    expect(decisionActivityId('pushy-presenter', 0)).toBe(
      'https://glasshouse.example/xapi/activities/scenarios/pushy-presenter/decisions/1',
    );
  });

  it('makes an answered statement a choice interaction whose response is the authored option, with the deltas as an extension', () => {
    const answered = builder().answered(scenario, {
      decision: 2,
      options,
      optionIndex: 1,
      deltas: { empathy: -2, value: 1 },
      overallDelta: -1,
      critical: 'Blaming others loses the client',
    });
    expect(answered.verb.id).toBe('http://adlnet.gov/expapi/verbs/answered');
    expect(answered.object.id).toBe(decisionActivityId('pushy-presenter', 2));
    expect(answered.object.definition?.interactionType).toBe('choice');
    expect(answered.object.definition?.choices).toEqual([
      { id: 'option-0', description: { en: 'Offer a refund' } },
      { id: 'option-1', description: { en: 'Blame the venue' } },
    ]);
    expect(answered.result?.response).toBe('option-1');
    expect(answered.result?.success).toBe(false);
    expect(answered.result?.extensions?.[competencyDeltasExtension]).toEqual({ empathy: -2, value: 1 });
    expect(answered.result?.extensions?.[criticalMistakeExtension]).toBe('Blaming others loses the client');
    expect(answered.context?.contextActivities?.parent?.[0]?.id).toBe(scenarioActivityId('pushy-presenter'));
  });

  it('counts a choice that gains or holds ground, and is not critical, as a success', () => {
    const answered = builder().answered(scenario, {
      decision: 0,
      options,
      optionIndex: 0,
      deltas: { empathy: 2 },
      overallDelta: 2,
      critical: null,
    });
    expect(answered.result?.success).toBe(true);
    expect(answered.result?.extensions?.[criticalMistakeExtension]).toBeUndefined();
  });

  it('reports the verdict as passed or failed with a scaled score, and completion with a duration', () => {
    const statements = builder();
    const passed = statements.judged(scenario, { percent: 82.5, passed: true, durationMs: 61_500 });
    const failed = statements.judged(scenario, { percent: 90, passed: false, durationMs: 1000 });
    expect(passed.verb.id).toBe('http://adlnet.gov/expapi/verbs/passed');
    expect(passed.result?.score).toEqual({ scaled: 0.825, raw: 82.5, min: 0, max: 100 });
    expect(passed.result?.duration).toBe('PT1M1.5S');
    expect(failed.verb.id).toBe('http://adlnet.gov/expapi/verbs/failed');
    expect(failed.result?.success).toBe(false);
    expect(statements.completed(scenario, { durationMs: 2000 }).result).toEqual({ completion: true, duration: 'PT2S' });
    expect(statements.terminated(scenario, 3_723_000).verb.id).toBe('http://adlnet.gov/expapi/verbs/terminated');
  });

  it('adds the platform context to every statement, joining context activity lists', () => {
    const statements = builder({ registration: '11111111-1111-4111-8111-111111111111' });
    const answered = statements.answered(scenario, { decision: 0, options, optionIndex: 0, deltas: {}, overallDelta: 0, critical: null });
    expect(answered.context?.registration).toBe('11111111-1111-4111-8111-111111111111');
    expect(answered.context?.contextActivities?.parent).toHaveLength(1);
    expect(statements.launched(scenario).context?.registration).toBe('11111111-1111-4111-8111-111111111111');
  });

  it('names a learner who gave no name “anonymous learner”, and writes ISO 8601 durations', () => {
    expect(learnerAgent('  ', 'https://x.example/').account?.name).toBe('anonymous learner');
    expect(isoDuration(3_723_450)).toBe('PT1H2M3.45S');
    expect(isoDuration(0)).toBe('PT0S');
  });
});
