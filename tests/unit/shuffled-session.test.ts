/**
 * The shown option order of an attempt: drawn from its seed, the same on resume and on replay from
 * a decision, with choices always saved as authored positions (so a save survives any order).
 */
import { describe, expect, it } from 'vitest';
import { keepAttempts } from '../../src/app/keep-attempts';
import { PlayController } from '../../src/app/play-controller';
import { SavedDataStore } from '../../src/app/store';
import { migrateV1 } from '../../src/core/records/migrate-v1';
import { emptySavedData, parseSavedData } from '../../src/core/records/saved-data';
import { optionOrder, seedForAttempt } from '../../src/core/session/option-order';
import { PlaySession } from '../../src/core/session/play-session';
import { playViewOf } from '../../src/core/session/play-view';
import { rubric, scenarioFrom } from './helpers';
import { SharedStorage, steppingClock } from './records-helpers';

const smoke = scenarioFrom('tests/fixtures/e2e/smoke.ink');
const handover = scenarioFrom('tests/fixtures/e2e/stage-handover.ink');

/** The first seed whose shown order puts the second authored option first at decisions 0 and 1. */
const swappedSeed = (() => {
  for (let seed = 1; ; seed++) if (optionOrder(seed, 0, 2)[0] === 1 && optionOrder(seed, 1, 2)[0] === 1) return seed;
})();

const shownOrders = (session: PlaySession) => session.decisions.map((d) => [...d.shownOrder]);

function shownController(session: PlaySession): PlayController {
  const controller = new PlayController(session, { coachingOn: () => true });
  return controller;
}

/** Takes the option shown at `shownPosition` as a learner would: options on screen, then the key. */
function pressShown(controller: PlayController, shownPosition: number): void {
  const number = controller.session.openDecision!.number;
  controller.optionsShown(number);
  expect(controller.choose(shownPosition, number)).not.toBeNull();
}

describe('an attempt’s shown option order', () => {
  it('is authored order without a seed (the checker, the terminal player, old tools)', () => {
    const session = PlaySession.replay(handover, rubric, [0, 1, 0]);
    expect(shownOrders(session)).toEqual([
      [0, 1],
      [0, 1],
      [0, 1],
      [0, 1],
    ]);
  });

  it('is drawn from the seed for each decision, and the play view lists options in it with their authored index', () => {
    const session = new PlaySession(smoke, rubric, undefined, swappedSeed);
    expect(session.openDecision?.shownOrder).toEqual([1, 0]);
    const view = playViewOf(session);
    expect(view.options.map(({ position, authored, label }) => ({ position, authored, label }))).toEqual([
      { position: 0, authored: 1, label: 'Ask for the order number' },
      { position: 1, authored: 0, label: 'Say sorry and ask what happened' },
    ]);
  });

  it('maps number key N to the N-th shown option, and records its authored position', () => {
    const controller = shownController(new PlaySession(smoke, rubric, undefined, swappedSeed));
    pressShown(controller, 0);
    expect(controller.session.decisions[0]?.options[controller.session.decisions[0]!.chosen!]?.label).toBe('Ask for the order number');
    expect(controller.session.choices).toEqual([1]);
    expect(controller.view.coaching?.label).toBe('Ask for the order number');
  });

  it('is the same after a resume from the saved choices and seed, for every decision', () => {
    const seed = 0x9e3779b9;
    const played = new PlaySession(handover, rubric, undefined, seed);
    for (const position of [1, 0, 1]) played.choose(position);
    const resumed = PlaySession.replay(handover, rubric, played.choices, undefined, played.shuffleSeed);
    expect(shownOrders(resumed)).toEqual(shownOrders(played));
    expect(resumed.lines.map((l) => l.text)).toEqual(played.lines.map((l) => l.text));
    expect(playViewOf(resumed).options).toEqual(playViewOf(played).options);
  });

  it('keeps the earlier decisions’ order on a replay from a decision', () => {
    const seed = 12345;
    const played = PlaySession.replay(handover, rubric, [1, 1, 0, 0], undefined, seed);
    const fromSecond = PlaySession.replay(handover, rubric, played.choices.slice(0, 2), undefined, seed);
    expect(shownOrders(fromSecond)).toEqual(shownOrders(played).slice(0, 3));
  });

  it('replays choices saved under one order identically under another, since they are authored positions', () => {
    const a = PlaySession.replay(handover, rubric, [1, 0, 1, 0], undefined, 1);
    const b = PlaySession.replay(handover, rubric, a.choices, undefined, 2);
    const plain = PlaySession.replay(handover, rubric, a.choices);
    expect(b.lines.map((l) => l.text)).toEqual(a.lines.map((l) => l.text));
    expect(plain.result()).toEqual(a.result());
    expect(b.ending?.title).toBe(a.ending?.title);
  });
});

describe('the saved progress and the seed', () => {
  const at = () => new Date('2026-12-01T11:00:00.000Z');

  it('saves the authored choices, the seed and the shown order after every choice, and gives them back for a resume', () => {
    const store = new SavedDataStore(new SharedStorage().open(1, { now: steppingClock() }));
    const controller = shownController(new PlaySession(smoke, rubric, undefined, swappedSeed));
    const stop = keepAttempts(store, { learner: () => '', passMark: () => null }, { now: at })(controller.session);
    pressShown(controller, 0);
    const saved = store.inFlight('smoke');
    expect(saved).toMatchObject({ choices: [1], shuffleSeed: swappedSeed });
    expect(saved?.optionOrder[0]).toEqual(
      [...controller.session.decisions[0]!.shownOrder].map((p) => controller.session.decisions[0]!.options[p]!.index),
    );
    const resumed = PlaySession.replay(
      smoke,
      rubric,
      saved!.choices,
      undefined,
      seedForAttempt(saved!.shuffleSeed, () => 0.5),
    );
    expect(resumed.shuffleSeed).toBe(swappedSeed);
    expect(shownOrders(resumed)).toEqual(shownOrders(controller.session));
    stop();
  });

  it('reads a save from before the shuffle (no seed): its positions are authored ones, and the rest of the attempt gets a new seed', () => {
    const oldSave = JSON.stringify({
      ...emptySavedData(),
      inProgress: { smoke: { storyVersion: 'test', choices: [1], savedAt: '2026-11-30T09:00:00.000Z' } },
    });
    const parsed = parseSavedData(oldSave);
    if (!parsed.ok) throw new Error(parsed.error);
    const migrated = migrateV1(parsed.value, at());
    expect(migrated.progress.scenarios.smoke).toMatchObject({ choices: [1], shuffleSeed: null });
    const seed = seedForAttempt(migrated.progress.scenarios.smoke?.shuffleSeed ?? null, () => 0.25);
    expect(seed).toBe(0x4000_0000);
    const resumed = PlaySession.replay(smoke, rubric, [1], undefined, seed);
    // Position 1 was "Ask for the order number" in authored order, and still is whatever is shown.
    expect(resumed.decisions[0]?.options[resumed.decisions[0]!.chosen!]?.label).toBe('Ask for the order number');
    expect(resumed.lines.map((l) => l.text)).toContain('Ugh, hold on.');
  });

  it('carries the seed into version 2 when a version 1 save is migrated, and null for an old save', () => {
    const v1 = {
      ...emptySavedData(),
      inProgress: {
        a: { storyVersion: 'x', choices: [0], shuffleSeed: 77, savedAt: '2026-12-01T10:00:00.000Z' },
        b: { storyVersion: 'x', choices: [2], savedAt: '2026-12-01T10:00:00.000Z' },
      },
    };
    const migrated = migrateV1(v1, at());
    expect(migrated.progress.scenarios.a).toMatchObject({ shuffleSeed: 77, choices: [0] });
    expect(migrated.progress.scenarios.b).toMatchObject({ shuffleSeed: null, choices: [2] });
  });

  it('refuses a seed that is not a 32-bit unsigned integer', () => {
    const bad = JSON.stringify({
      ...emptySavedData(),
      inProgress: { smoke: { storyVersion: 'test', choices: [1], shuffleSeed: -3, savedAt: 'x' } },
    });
    expect(parseSavedData(bad).ok).toBe(false);
  });
});
