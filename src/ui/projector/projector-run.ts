/**
 * One projector session from start to debrief: the controller, its view, the session's subscribers
 * (records, sound) across rewinds, the stage fed with the room's point in the story, the place
 * kept in session storage so a reload returns to it, and the presenter window's link.
 */
import { ProjectorController } from '../../app/presenter/projector-controller';
import { projectorPlaceSchema, type ProjectorPlace } from '../../app/presenter/projector-state';
import { subscribeAll, type SessionSubscriber } from '../../app/play-wiring';
import type { Rubric } from '../../core/scoring/rubric';
import type { ModePolicy } from '../../core/session/mode-policy';
import type { PlaySession } from '../../core/session/play-session';
import type { PlaySessionClass } from '../play-session-loader';
import type { Scenario } from '../../core/story/scenario';
import { ProjectorLink } from '../../app/presenter/projector-link';
import { roomVotesByAuthoredIndex } from '../../app/presenter/room-votes';
import type { StageBridge } from '../../core/stage/stage-bridge';
import { ProjectorView } from './projector-view';

export interface ProjectorRunServices {
  scenario: Scenario;
  /** The session class, loaded with the scenario (see play-session-loader.ts). */
  PlaySession: PlaySessionClass;
  rubric: Rubric;
  mode: ModePolicy;
  stage: StageBridge;
  sessionSubscribers: readonly SessionSubscriber[];
  notify(message: string): void;
  menu(): void;
  /** The facilitator stepped past the ending, with the room's votes per decision. */
  finish(session: PlaySession, votes: ProjectorPlace['votes']): void;
}

export interface ProjectorRun {
  element: HTMLElement;
  stop(): void;
}

const placeKey = (scenarioId: string) => `glasshouse.projector.${scenarioId}`;

function readPlace(scenarioId: string): ProjectorPlace | null {
  try {
    const raw = sessionStorage.getItem(placeKey(scenarioId));
    const parsed = projectorPlaceSchema.safeParse(raw === null ? null : JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function writePlace(scenarioId: string, place: ProjectorPlace | null): void {
  try {
    if (place) sessionStorage.setItem(placeKey(scenarioId), JSON.stringify(place));
    else sessionStorage.removeItem(placeKey(scenarioId));
  } catch {
    // Storage may be off (a private window, a strict frame): the session still runs, without reload safety.
  }
}

/** Starts (or, after a reload, resumes) the scenario in projector mode. */
export function runProjector(services: ProjectorRunServices): ProjectorRun {
  const { scenario, PlaySession, rubric, mode, stage } = services;
  const id = scenario.meta.id;
  const controller = new ProjectorController({ replay: (choices) => PlaySession.replay(scenario, rubric, choices, mode) }, readPlace(id));
  // The records keep the room's votes with the attempt, by authored index (see room-votes.ts).
  const follow = (session: PlaySession) =>
    subscribeAll(session, services.sessionSubscribers, { roomVotes: () => roomVotesByAuthoredIndex(session, controller.place.votes) });
  let unsubscribe = follow(controller.session);
  const link = new ProjectorLink(id, {
    command: (command) => view.send(command),
    state: () => controller.state,
  });
  const view = new ProjectorView(controller, rubric, {
    openPresenter: () => {
      const problem = link.open();
      if (problem) services.notify(problem);
    },
    menu: () => {
      writePlace(id, null);
      services.menu();
    },
  });
  const feedStage = () => {
    const state = controller.state;
    stage.publish('presentation', state.view.presentation);
    stage.publish('meters', state.view.meters);
  };
  stage.publish('screen', 'play');
  stage.publish('scenario', scenario.meta);
  feedStage();
  const stops = [
    controller.events.on('state', (state) => {
      writePlace(id, controller.place);
      link.send(state);
      feedStage();
    }),
    controller.events.on('session', (session) => {
      unsubscribe();
      unsubscribe = follow(session);
      session.open();
    }),
    controller.events.on('finish', (session) => {
      const votes = controller.place.votes;
      writePlace(id, null);
      services.finish(session, votes);
    }),
  ];
  controller.session.open();
  return {
    element: view.element,
    stop: () => {
      for (const stop of stops) stop();
      view.detach();
      link.close();
      controller.session.leave();
      unsubscribe();
    },
  };
}
