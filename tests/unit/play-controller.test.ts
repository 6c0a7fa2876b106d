import { describe, expect, it } from 'vitest';
import { PlayController } from '../../src/app/play-controller';
import { projectorPolicy } from '../../src/core/session/mode-policy';
import { PlaySession } from '../../src/core/session/play-session';
import type { PlayView } from '../../src/core/session/play-view';
import { rubric, scenarioFrom } from './helpers';

const smoke = scenarioFrom('tests/fixtures/e2e/smoke.ink');

/** The parts of a KeyboardEvent the controller reads (Node has no DOM). */
function key(name: string, extra: Partial<KeyboardEvent> = {}): KeyboardEvent {
  return { key: name, repeat: false, altKey: false, ctrlKey: false, metaKey: false, target: null, ...extra } as KeyboardEvent;
}

function controllerFor(session = new PlaySession(smoke, rubric), coaching = true): { controller: PlayController; views: PlayView[] } {
  const controller = new PlayController(session, { coachingOn: () => coaching, now: () => 1000 });
  const views: PlayView[] = [];
  controller.events.on('view', (view) => views.push(view));
  return { controller, views };
}

describe('the play controller', () => {
  it('ignores input for a decision whose options the screen has not shown yet', () => {
    const { controller } = controllerFor();
    expect(controller.choose(0, 0)).toBeNull();
    expect(controller.handleKey(key('1'))).toBe(false);
    expect(controller.session.choices).toEqual([]);
  });

  it('takes a number key for the decision on screen, then nothing until the next options are shown', () => {
    const { controller, views } = controllerFor();
    controller.optionsShown(0);
    expect(controller.handleKey(key('1'))).toBe(true);
    // The same key again at once (Enter twice, a double click): the next decision is not on screen yet.
    expect(controller.handleKey(key('1'))).toBe(false);
    expect(controller.session.choices).toEqual([0]);
    expect(views.at(-1)?.decisionNumber).toBe(1);
    expect(views.at(-1)?.coaching?.label).toBe('Say sorry and ask what happened');
    controller.optionsShown(1);
    expect(controller.handleKey(key('2'))).toBe(true);
    expect(controller.session.choices).toEqual([0, 1]);
  });

  it('ignores a held key’s auto-repeat and keys with a modifier', () => {
    const { controller } = controllerFor();
    controller.optionsShown(0);
    expect(controller.handleKey(key('1', { repeat: true }))).toBe(false);
    expect(controller.handleKey(key('1', { ctrlKey: true }))).toBe(false);
    expect(controller.session.choices).toEqual([]);
  });

  it('leaves number keys to a slider, a select or a text field that has focus', () => {
    const { controller } = controllerFor();
    controller.optionsShown(0);
    for (const target of [
      { tagName: 'INPUT', type: 'range' },
      { tagName: 'SELECT' },
      { tagName: 'INPUT', type: 'text' },
      { tagName: 'TEXTAREA' },
    ]) {
      expect(controller.handleKey(key('1', { target: target as unknown as EventTarget }))).toBe(false);
    }
    expect(controller.session.choices).toEqual([]);
    expect(controller.handleKey(key('1', { target: { tagName: 'INPUT', type: 'checkbox' } as unknown as EventTarget }))).toBe(true);
  });

  it('refuses a stale click for a decision already taken', () => {
    const { controller } = controllerFor();
    controller.optionsShown(0);
    controller.choose(1, 0);
    controller.optionsShown(1);
    expect(controller.choose(0, 0)).toBeNull();
    expect(controller.session.choices).toEqual([1]);
  });

  it('still shows where a choice led when a subscriber of the session fails', () => {
    const session = new PlaySession(smoke, rubric);
    session.events.on('chose', () => {
      throw new Error('no audio device');
    });
    const { controller, views } = controllerFor(session);
    controller.optionsShown(0);
    expect(() => controller.choose(0, 0)).toThrow('no audio device');
    expect(views.at(-1)?.decisionNumber).toBe(1);
    expect(session.choices).toEqual([0]);
  });

  it('shows no coaching when the learner turned it off', () => {
    const { controller, views } = controllerFor(undefined, false);
    controller.optionsShown(0);
    controller.choose(0, 0);
    expect(views.at(-1)?.coaching).toBeNull();
  });

  it('leaves R, B and T alone in practice, and uses them where the mode allows', () => {
    const practice = controllerFor().controller;
    expect(practice.handleKey(key('r'))).toBe(false);
    const { controller, views } = controllerFor(new PlaySession(smoke, rubric, projectorPolicy));
    expect(controller.handleKey(key('r'))).toBe(true);
    expect(views.at(-1)?.options[0]?.revealed).toEqual({ empathy: 2, respect: 1 });
    expect(controller.handleKey(key('b'))).toBe(true);
    expect(controller.handleKey(key('t'))).toBe(true);
    expect(views.at(-1)?.display).toEqual({ revealed: true, blanked: true, timer: { startedAt: 1000, elapsedMs: 0 } });
  });
});
