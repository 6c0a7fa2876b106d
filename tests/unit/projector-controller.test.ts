import { describe, expect, it } from 'vitest';
import { ProjectorController } from '../../src/app/presenter/projector-controller';
import { projectorCommandFor } from '../../src/app/presenter/projector-keys';
import { parseProjectorState, type ProjectorState } from '../../src/app/presenter/projector-state';
import { roomVotesByAuthoredIndex } from '../../src/app/presenter/room-votes';
import { projectorPolicy } from '../../src/core/session/mode-policy';
import { PlaySession } from '../../src/core/session/play-session';
import { rubric, scenarioFrom } from './helpers';

const smoke = scenarioFrom('tests/fixtures/e2e/smoke.ink');

function projectorFor(clock = { now: 1000 }) {
  const sessions: PlaySession[] = [];
  const controller = new ProjectorController({
    replay: (choices) => {
      const session = PlaySession.replay(smoke, rubric, choices, projectorPolicy);
      sessions.push(session);
      return session;
    },
    now: () => clock.now,
  });
  const states: ProjectorState[] = [];
  controller.events.on('state', (state) => states.push(state));
  return { controller, states, sessions, clock };
}

/** Steps with the clicker's PageDown until the options are on the room's screen, and lets them settle. */
function toOptions(controller: ProjectorController): void {
  while (!controller.state.optionsVisible) controller.apply({ kind: 'advance' });
  controller.optionsShown(controller.session.openDecision!.number);
}

describe('the projector controller', () => {
  it('starts before the first line and shows one line per PageDown, then the options', () => {
    const { controller } = projectorFor();
    expect(controller.state).toMatchObject({ linesShown: 0, optionsVisible: false, segmentLines: 2 });
    expect(controller.state.facilitator.nextLine).toBe("Good morning, it's Sam. My kettle stopped working.");
    controller.apply({ kind: 'advance' });
    expect(controller.state.linesShown).toBe(1);
    controller.apply({ kind: 'advance' });
    expect(controller.state).toMatchObject({ linesShown: 2, optionsVisible: true, highlighted: null });
    expect(controller.state.facilitator.discuss).toBe('What does Sam need to hear first?');
    expect(controller.state.facilitator.options.map((o) => o.deltas)).toEqual([
      { empathy: 2, respect: 1 },
      { followthrough: 1, empathy: -1 },
    ]);
  });

  it('highlights the options one by one on PageDown, wrapping, and PageUp cancels the highlight', () => {
    const { controller } = projectorFor();
    toOptions(controller);
    controller.apply({ kind: 'advance' });
    expect(controller.state.highlighted).toBe(0);
    controller.apply({ kind: 'advance' });
    controller.apply({ kind: 'advance' });
    expect(controller.state.highlighted).toBe(0);
    controller.apply({ kind: 'back' });
    expect(controller.state.highlighted).toBeNull();
    expect(controller.state.optionsVisible).toBe(true);
  });

  it('takes no pick before the options have settled on screen', () => {
    const { controller } = projectorFor();
    while (!controller.state.optionsVisible) controller.apply({ kind: 'advance' });
    expect(controller.apply({ kind: 'pick', position: 0 })).toBe(false);
    controller.optionsShown(0);
    expect(controller.apply({ kind: 'pick', position: 0 })).toBe(true);
  });

  it('hides the consequence of a pick until the facilitator advances', () => {
    const { controller } = projectorFor();
    toOptions(controller);
    controller.apply({ kind: 'pick', position: 1 });
    expect(controller.state).toMatchObject({ linesShown: 0, pickedLabel: 'Ask for the order number', optionsVisible: false });
    expect(controller.state.view.presentation.mood).toBe('annoyed');
    controller.apply({ kind: 'advance' });
    expect(controller.state.pickedLabel).toBeNull();
    expect(controller.state.segment.filter((e) => e.kind === 'line').map((e) => e.kind === 'line' && e.text)[0]).toBe(
      'Can I have your order number?',
    );
  });

  it('keeps the meters as they were until the consequence of a pick shows', () => {
    const { controller } = projectorFor();
    toOptions(controller);
    const before = controller.state.view.meters.trust;
    controller.apply({ kind: 'pick', position: 1 });
    expect(controller.session.meters.trust).not.toBe(before);
    expect(controller.state.view.meters.trust).toBe(before);
    controller.apply({ kind: 'advance' });
    expect(controller.state.view.meters.trust).toBe(controller.session.meters.trust);
  });

  it('goes back a line at a time, then undoes the last pick in a new session', () => {
    const { controller, sessions } = projectorFor();
    toOptions(controller);
    controller.apply({ kind: 'pick', position: 0 });
    controller.apply({ kind: 'advance' });
    controller.apply({ kind: 'back' });
    expect(controller.state.linesShown).toBe(0);
    controller.apply({ kind: 'back' });
    expect(sessions).toHaveLength(2);
    expect(controller.session.choices).toEqual([]);
    expect(controller.state).toMatchObject({ optionsVisible: true, linesShown: 2 });
  });

  it('toggles reveal, blank and the timer, and reveal ends with the pick', () => {
    const { controller, clock } = projectorFor();
    toOptions(controller);
    controller.apply({ kind: 'reveal' });
    expect(controller.state.view.options[0]?.revealed).toEqual({ empathy: 2, respect: 1 });
    controller.apply({ kind: 'blank' });
    controller.apply({ kind: 'timer' });
    clock.now = 6000;
    controller.apply({ kind: 'timer' });
    expect(controller.state.view.display).toMatchObject({ revealed: true, blanked: true, timer: { startedAt: null, elapsedMs: 5000 } });
    controller.apply({ kind: 'pick', position: 0 });
    expect(controller.state.view.display.revealed).toBe(false);
  });

  it('keeps the room vote per decision and comes back to the same place from its saved place', () => {
    const { controller } = projectorFor();
    toOptions(controller);
    expect(controller.apply({ kind: 'vote', decision: 0, position: 1, count: 12 })).toBe(true);
    expect(controller.apply({ kind: 'vote', decision: 3, position: 0, count: 1 })).toBe(false);
    controller.apply({ kind: 'pick', position: 0 });
    controller.apply({ kind: 'advance' });
    const again = new ProjectorController(
      { replay: (choices) => PlaySession.replay(smoke, rubric, choices, projectorPolicy) },
      JSON.parse(JSON.stringify(controller.place)),
    );
    expect(again.state).toEqual(controller.state);
    expect(again.state.votes).toEqual({ '0': [0, 12] });
  });

  it('says finish when stepped past the ending', () => {
    const { controller } = projectorFor();
    const finished: PlaySession[] = [];
    controller.events.on('finish', (session) => finished.push(session));
    toOptions(controller);
    controller.apply({ kind: 'pick', position: 0 });
    toOptions(controller);
    controller.apply({ kind: 'pick', position: 0 });
    for (let i = 0; i < 3; i++) controller.apply({ kind: 'advance' });
    expect(finished).toEqual([]);
    controller.apply({ kind: 'advance' });
    expect(finished).toHaveLength(1);
  });

  it('sends states that the presenter window accepts', () => {
    const { controller } = projectorFor();
    toOptions(controller);
    const received = parseProjectorState(JSON.parse(JSON.stringify(controller.state)));
    expect(received.ok).toBe(true);
    expect(parseProjectorState({ ...controller.state, linesShown: -1 }).ok).toBe(false);
  });
});

describe('the projector key map', () => {
  it('maps clicker and keyboard keys to commands', () => {
    expect(projectorCommandFor({ key: 'PageDown' })).toEqual({ kind: 'advance' });
    expect(projectorCommandFor({ key: ' ' })).toEqual({ kind: 'advance' });
    expect(projectorCommandFor({ key: 'ArrowLeft' })).toEqual({ kind: 'back' });
    expect(projectorCommandFor({ key: 'PageUp' })).toEqual({ kind: 'back' });
    expect(projectorCommandFor({ key: '3' })).toEqual({ kind: 'pick', position: 2 });
    expect(projectorCommandFor({ key: 'R' })).toEqual({ kind: 'reveal' });
    expect(projectorCommandFor({ key: '.' })).toEqual({ kind: 'blank' });
    expect(projectorCommandFor({ key: 'b' })).toEqual({ kind: 'blank' });
    expect(projectorCommandFor({ key: 'f' })).toEqual({ kind: 'fullscreen' });
    expect(projectorCommandFor({ key: 't' })).toEqual({ kind: 'timer' });
    expect(projectorCommandFor({ key: '?' })).toEqual({ kind: 'help' });
    expect(projectorCommandFor({ key: 'p' })).toEqual({ kind: 'presenter' });
  });

  it('ignores auto-repeat, shortcuts with modifiers, 0 and unknown keys', () => {
    expect(projectorCommandFor({ key: 'PageDown', repeat: true })).toBeNull();
    expect(projectorCommandFor({ key: 'r', ctrlKey: true })).toBeNull();
    expect(projectorCommandFor({ key: '0' })).toBeNull();
    expect(projectorCommandFor({ key: 'x' })).toBeNull();
  });
});

describe('the room votes for the attempt record', () => {
  it('are kept per decision by authored index, null where the room did not vote', () => {
    const session = PlaySession.replay(smoke, rubric, [1, 0], projectorPolicy);
    expect(roomVotesByAuthoredIndex(session, { '0': [3, 9] })).toEqual([[3, 9], null]);
  });
});
