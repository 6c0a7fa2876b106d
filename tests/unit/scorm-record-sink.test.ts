/**
 * The SCORM record sink following real play sessions, with scorm-again's Scorm12API and
 * Scorm2004API as the LMS (in memory, no commit URL): what it sets, in what order, what resumes,
 * and that an LMS which fails never reaches the game.
 */
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { PlaySession } from '../../src/core/session/play-session';
import type { Scenario } from '../../src/core/story/scenario';
import type { FoundApi, Scorm12Api, Scorm2004Api } from '../../src/platform/scorm/scorm-api';
import { connectScorm } from '../../src/platform/scorm/scorm-connection';
import { ScormRecordSink } from '../../src/platform/scorm/scorm-record-sink';
import { decodeSuspendData } from '../../src/platform/scorm/suspend-data';
import { checkSource, rubric } from './helpers';

// Two decisions; "Polite" then "Thank" scores the most but reaches a two-star ending, which never passes.
const source = `# title: Refund Desk
Hello.
* [Polite #score: respect+2 #feedback: a] -> polite
* [Curt #score: respect-2 #feedback: b] -> curt
=== polite ===
Thanks for asking.
* [Thank #score: empathy+2 #feedback: c] They leave, unconvinced. # ending: Polite But Lost # stars: 2
  -> END
* [Rush #score: empathy-1 #feedback: d] -> curt
=== curt ===
Fine.
* [Apologise #score: empathy+1 #feedback: e] They stay. # ending: Kept # stars: 3
  -> END
`;

function scenario(): Scenario {
  const checked = checkSource(source, 'refund-desk.ink');
  if (!checked.json || !checked.info) throw new Error(JSON.stringify(checked.report.errors));
  const r = checked.report;
  return {
    meta: {
      ...checked.info,
      id: 'refund-desk',
      file: 'refund-desk.ink',
      decisions: r.decisions,
      endings: r.endings,
      scores: r.scores,
      version: 'v1',
    },
    storyJson: checked.json,
  };
}

interface Lms {
  found: FoundApi;
  calls: Array<[string, string]>;
  finishes: () => number;
  get: (element: string) => string;
}

/** scorm-again's runtime for one edition, seeded as an LMS launches a SCO, with every SetValue recorded. */
function lms(edition: '1.2' | '2004', seed: Record<string, unknown> = {}): Lms {
  const api = edition === '1.2' ? new Scorm12API({ autocommit: false, logLevel: 5 }) : new Scorm2004API({ autocommit: false, logLevel: 5 });
  api.loadFromJSON(seed, '');
  const calls: Array<[string, string]> = [];
  let finishes = 0;
  api.on(edition === '1.2' ? 'LMSSetValue.cmi.*' : 'SetValue.cmi.*', (element: string, value: string) => calls.push([element, value]));
  api.on(edition === '1.2' ? 'LMSCommit' : 'Commit', () => calls.push(['commit', '']));
  api.on(edition === '1.2' ? 'LMSFinish' : 'Terminate', () => (finishes += 1));
  const found: FoundApi =
    edition === '1.2' ? { version: '1.2', api: api as unknown as Scorm12Api } : { version: '2004', api: api as unknown as Scorm2004Api };
  const json = () => JSON.parse(JSON.stringify(api.cmi)) as Record<string, unknown>;
  const get = (element: string) =>
    String(
      element
        .split('.')
        .slice(1)
        .reduce<unknown>((at, key) => (at as Record<string, unknown>)?.[key], json()) ?? '',
    );
  return { found, calls, finishes: () => finishes, get };
}

function play(sink: ScormRecordSink, labels: string[], choices: readonly number[] = []): PlaySession {
  const session = PlaySession.replay(scenario(), rubric, choices);
  sink.follow(session);
  session.open();
  for (const label of labels) session.choose(session.openDecision!.options.findIndex((o) => o.label === label));
  return session;
}

/** A launch for credit in normal mode, with the manifest's mastery score: when 1.2 LMSs judge status from the score. */
const masteryLaunch = { cmi: { core: { lesson_mode: 'normal', credit: 'credit' }, student_data: { mastery_score: '70' } } };

describe('the SCORM record sink', () => {
  it('marks the attempt incomplete and commits the choices and option order at each decision', () => {
    const host = lms('1.2');
    const sink = new ScormRecordSink(connectScorm(host.found), { rubric });
    expect(sink.start()).toBe(true);
    expect(host.get('cmi.core.lesson_status')).toBe('incomplete');
    play(sink, ['Polite']);
    const saved = decodeSuspendData(host.get('cmi.suspend_data'));
    expect(saved.ok && saved.value.scenarios).toEqual([
      {
        scenarioId: 'refund-desk',
        storyVersion: 'v1',
        choices: [0],
        optionOrder: [
          [0, 1],
          [0, 1],
        ],
      },
    ]);
    expect(host.calls.at(-1)).toEqual(['commit', '']);
    expect(host.get('cmi.core.exit')).toBe('suspend');
    expect(host.get('cmi.core.lesson_location')).toBe('refund-desk#1');
  });

  it('keeps SCORM 1.2 suspend data within 4,096 characters, the scenario being played first', () => {
    // Eighty other scenarios left half way: far more than 1.2 can hold (scorm-again would take it all).
    const others = Array.from({ length: 80 }, (_, n) => ({
      i: `other-scenario-${n}`,
      r: 'abcdef123456',
      c: '0120',
      o: '0123.0123.0123.0123',
    }));
    const host = lms('1.2', { cmi: { suspend_data: JSON.stringify({ v: 1, s: others }), core: { entry: 'resume' } } });
    const sink = new ScormRecordSink(connectScorm(host.found), { rubric });
    sink.start();
    play(sink, ['Polite']);
    const written = host.get('cmi.suspend_data');
    expect(written.length).toBeLessThanOrEqual(4096);
    const saved = decodeSuspendData(written);
    expect(saved.ok && saved.value.scenarios[0]).toEqual({ scenarioId: 'refund-desk', storyVersion: 'v1', choices: [0], optionOrder: [] });
    expect(saved.ok && saved.value.scenarios.length).toBeGreaterThan(10);
    expect(sink.suspendData('other-scenario-79')).toBeNull();
  });

  it('reports the score before the status, one interaction per choice, and terminates once', () => {
    const host = lms('2004');
    const sink = new ScormRecordSink(connectScorm(host.found), { rubric });
    sink.start();
    play(sink, ['Curt', 'Apologise']);
    sink.finish();
    sink.finish();
    const elements = host.calls.map(([element]) => element);
    expect(elements.indexOf('cmi.score.raw')).toBeLessThan(elements.indexOf('cmi.success_status'));
    // The start set completion_status to incomplete; the ending's completed comes after the score.
    expect(elements.indexOf('cmi.score.scaled')).toBeLessThan(elements.lastIndexOf('cmi.completion_status'));
    expect(host.get('cmi.completion_status')).toBe('completed');
    expect(host.get('cmi.success_status')).toBe('failed');
    expect(host.get('cmi.interactions.0.result')).toBe('incorrect');
    expect(host.get('cmi.interactions.1.learner_response')).toBe('option-1');
    expect(host.get('cmi.interactions.1.description')).toBe('Apologise (empathy +1)');
    expect(host.get('cmi.suspend_data')).toBe('');
    expect(host.get('cmi.exit')).toBe('normal');
    expect(host.finishes()).toBe(1);
  });

  it('resumes from the LMS suspend data, and reports the replayed choices at the ending', () => {
    const first = lms('2004');
    const before = new ScormRecordSink(connectScorm(first.found), { rubric });
    before.start();
    play(before, ['Polite']);
    before.finish();

    const second = lms('2004', { cmi: { suspend_data: first.get('cmi.suspend_data'), entry: 'resume' } });
    const after = new ScormRecordSink(connectScorm(second.found), { rubric });
    after.start();
    const resumed = after.suspendData('refund-desk');
    expect(resumed).toEqual({ storyVersion: 'v1', choices: [0] });
    play(after, ['Rush', 'Apologise'], resumed!.choices);
    expect(second.get('cmi.interactions.3.id')).toBe('');
    expect([0, 1, 2].map((n) => second.get(`cmi.interactions.${n}.id`).replace(/^.*_/, ''))).toEqual(['d1', 'd2', 'd3']);
  });

  it('keeps a failed verdict failed in SCORM 1.2 when the percent would pass the mastery score', () => {
    const host = lms('1.2', masteryLaunch);
    const sink = new ScormRecordSink(connectScorm(host.found), { rubric });
    sink.start();
    const session = play(sink, ['Polite', 'Thank']);
    sink.finish();
    // 100% on a two-star ending: the game fails it, and the LMS keeps the fail.
    expect(session.result().overall.percent).toBe(100);
    expect(host.get('cmi.core.score.raw')).toBe('69.99');
    expect(host.get('cmi.core.lesson_status')).toBe('failed');
  });

  it('the premise: scorm-again, like other 1.2 LMSs, turns a failed status passed from the raw score', () => {
    const host = lms('1.2', masteryLaunch);
    const api = host.found.api as Scorm12Api;
    api.LMSInitialize('');
    api.LMSSetValue('cmi.core.score.raw', '100');
    api.LMSSetValue('cmi.core.lesson_status', 'failed');
    api.LMSFinish('');
    expect(host.get('cmi.core.lesson_status')).toBe('passed');
  });

  it('never lets an LMS that throws or refuses reach the game, and says so once', () => {
    const host = lms('1.2');
    const api = host.found.api as Scorm12Api;
    const broken: Scorm12Api = {
      ...api,
      LMSInitialize: () => api.LMSInitialize(''),
      LMSSetValue: () => {
        throw new Error('the LMS went away');
      },
      LMSCommit: () => 'false',
      LMSFinish: () => 'false',
      LMSGetValue: (element) => api.LMSGetValue(element),
      LMSGetLastError: () => '101',
      LMSGetErrorString: () => 'General exception',
      LMSGetDiagnostic: () => '',
    };
    const notices: string[] = [];
    const sink = new ScormRecordSink(connectScorm({ version: '1.2', api: broken }), {
      rubric,
      onProblem: (message) => notices.push(message),
    });
    sink.start();
    expect(() => play(sink, ['Curt', 'Apologise'])).not.toThrow();
    sink.finish();
    expect(notices).toHaveLength(1);
    expect(sink.problems).toContain('set cmi.core.lesson_status threw: the LMS went away');
    expect(sink.problems).toContain('commit: error 101 (General exception)');
  });
});
