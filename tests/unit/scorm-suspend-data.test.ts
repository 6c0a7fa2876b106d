/**
 * Resume data in suspend_data: the choices and option order of each scenario in flight, within
 * 4,096 characters for SCORM 1.2 (enforced here, since the LMS may not) and 64,000 for 2004.
 */
import { Scorm12API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { decodeSuspendData, encodeSuspendData, suspendDataLimit, type InFlightScenario } from '../../src/platform/scorm/suspend-data';

function scenario(id: string, decisions: number, options = 4): InFlightScenario {
  const choices = Array.from({ length: decisions }, (_, n) => n % options);
  const optionOrder = Array.from({ length: decisions }, (_, n) => Array.from({ length: options }, (_, k) => (k + n) % options));
  return { scenarioId: id, storyVersion: 'c0ffee12', choices, optionOrder };
}

function encoded(result: ReturnType<typeof encodeSuspendData>) {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('suspend data', () => {
  it('reads back exactly what it wrote: choices, option order and story version', () => {
    const resume = { scenarios: [scenario('pushy-presenter', 8), scenario('no-show-prospect', 3, 3)] };
    const text = encoded(encodeSuspendData(resume, '1.2')).text;
    expect(decodeSuspendData(text)).toEqual({ ok: true, value: resume });
  });

  it('keeps a whole eight-decision scenario in under 120 characters', () => {
    const text = encoded(encodeSuspendData({ scenarios: [scenario('pushy-presenter', 8)] }, '1.2')).text;
    expect(text.length).toBeLessThan(120);
    expect(text).not.toMatch(/inkVersion|callstack/);
  });

  it('drops the option order first when SCORM 1.2 would overflow, keeping every choice', () => {
    const big = { scenarios: [scenario('long-story', 700)] };
    expect(encoded(encodeSuspendData(big, '2004')).optionOrderDropped).toBe(false);
    const fitted = encoded(encodeSuspendData(big, '1.2'));
    expect(fitted.text.length).toBeLessThanOrEqual(suspendDataLimit['1.2']);
    expect(fitted.optionOrderDropped).toBe(true);
    const back = decodeSuspendData(fitted.text);
    expect(back.ok && back.value.scenarios[0]!.choices).toEqual(big.scenarios[0]!.choices);
    expect(back.ok && back.value.scenarios[0]!.optionOrder).toEqual([]);
  });

  it('then drops scenarios from the end of the list, never the one being played', () => {
    const many = { scenarios: ['playing-now', 'older', 'oldest', 'ancient', 'fifth'].map((id) => scenario(id, 1000)) };
    const fitted = encoded(encodeSuspendData(many, '1.2'));
    expect(fitted.text.length).toBeLessThanOrEqual(4096);
    expect(fitted.scenariosDropped).toEqual(['ancient', 'fifth']);
    const back = decodeSuspendData(fitted.text);
    expect(back.ok && back.value.scenarios.map((s) => s.scenarioId)).toEqual(['playing-now', 'older', 'oldest']);
  });

  it('fails, rather than cutting a scenario short, when one scenario alone cannot fit', () => {
    const result = encodeSuspendData({ scenarios: [scenario('endless', 5000)] }, '1.2');
    expect(result).toEqual({ ok: false, error: 'the choices of endless alone take more than the 4096 characters SCORM 1.2 allows' });
    expect(encodeSuspendData({ scenarios: [scenario('endless', 5000)] }, '2004').ok).toBe(true);
  });

  it('refuses option indexes it cannot write as one character', () => {
    const wide = { scenarios: [{ scenarioId: 'wide', storyVersion: '1', choices: [36], optionOrder: [] }] };
    expect(encodeSuspendData(wide, '2004')).toEqual({ ok: false, error: 'resume data can record option indexes 0 to 35 only' });
  });

  it('treats empty suspend data as nothing to resume, and foreign data as a failure', () => {
    expect(decodeSuspendData('')).toEqual({ ok: true, value: { scenarios: [] } });
    expect(decodeSuspendData('bookmark=page7').ok).toBe(false);
    expect(decodeSuspendData('{"v":2,"s":[]}').ok).toBe(false);
  });

  it("writes into scorm-again's SCORM 1.2 suspend_data at the full limit", () => {
    const fitted = encoded(
      encodeSuspendData({ scenarios: [scenario('a', 900), scenario('b', 900), scenario('c', 900), scenario('d', 900)] }, '1.2'),
    );
    const api = new Scorm12API({ autocommit: false, logLevel: 5 });
    api.LMSInitialize('');
    expect(String(api.LMSSetValue('cmi.suspend_data', fitted.text))).toBe('true');
    expect(api.LMSGetValue('cmi.suspend_data')).toBe(fitted.text);
  });
});
