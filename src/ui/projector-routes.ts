/**
 * Projector mode as the app reaches it: the room's run of a scenario and its debrief. Their code is
 * its own chunk, fetched when a facilitator starts one, so a learner's page never downloads it.
 */
import type { SessionSubscriber } from '../app/play-wiring';
import type { Rubric } from '../core/scoring/rubric';
import { projectorPolicy } from '../core/session/mode-policy';
import type { PlaySession } from '../core/session/play-session';
import type { StageBridge } from '../core/stage/stage-bridge';
import type { Scenario, ScenarioMeta } from '../core/story/scenario';
import { pageTitle } from './labels';
import type { PlaySessionClass } from './play-session-loader';
import type { projectorDebrief } from './projector/projector-debrief';
import type { ProjectorRun, runProjector } from './projector/projector-run';

/** Projector mode's screens, loaded when a facilitator starts one. */
interface ProjectorModule {
  runProjector: typeof runProjector;
  projectorDebrief: typeof projectorDebrief;
}

export interface ProjectorServices {
  rubric: Rubric;
  stage: StageBridge;
  sessionSubscribers: readonly SessionSubscriber[];
}

/** What projector mode asks of the app around it. */
export interface ProjectorNavigation {
  /** The scenario and its session code; null (the app has said why) when either failed to load. */
  load(meta: ScenarioMeta): Promise<{ scenario: Scenario; PlaySession: PlaySessionClass } | null>;
  /** Leaves whatever scenario is playing or shown, this mode's included. */
  leaveScenario(): void;
  show(screen: HTMLElement, name: string, title: string): void;
  notify(message: string): void;
  menu(): void;
}

export class ProjectorRoutes {
  private running: ProjectorRun | null = null;

  constructor(
    private readonly services: ProjectorServices,
    private readonly navigation: ProjectorNavigation,
  ) {}

  /** Runs a scenario on a projector for a room (`?mode=projector&scenario=ID`, or the menu). */
  async show(meta: ScenarioMeta): Promise<void> {
    const [loaded, projector] = await Promise.all([this.navigation.load(meta), this.loadModule()]);
    if (!loaded || !projector) return;
    const { runProjector, projectorDebrief } = projector;
    this.navigation.leaveScenario();
    this.running = runProjector({
      scenario: loaded.scenario,
      PlaySession: loaded.PlaySession,
      rubric: this.services.rubric,
      mode: projectorPolicy,
      stage: this.services.stage,
      sessionSubscribers: this.services.sessionSubscribers,
      notify: (message) => this.navigation.notify(message),
      menu: () => this.navigation.menu(),
      finish: (session, votes) => this.showDebrief(projectorDebrief, session, votes),
    });
    this.navigation.show(this.running.element, 'projector', pageTitle('Projector', meta.title));
  }

  /** Stops the room's run or debrief, if one is on screen. */
  stop(): void {
    const running = this.running;
    this.running = null;
    running?.stop();
  }

  private async loadModule(): Promise<ProjectorModule | null> {
    try {
      const [run, debrief] = await Promise.all([import('./projector/projector-run'), import('./projector/projector-debrief')]);
      return { runProjector: run.runProjector, projectorDebrief: debrief.projectorDebrief };
    } catch {
      this.navigation.notify('Projector mode could not be loaded. Check your connection and try again.');
      return null;
    }
  }

  private showDebrief(
    projectorDebrief: ProjectorModule['projectorDebrief'],
    session: PlaySession,
    votes: Readonly<Record<string, readonly number[]>>,
  ): void {
    this.navigation.leaveScenario();
    const meta = session.scenario.meta;
    this.services.stage.publish('screen', 'debrief');
    this.running = projectorDebrief(session, this.services.rubric, votes, {
      again: () => void this.show(meta),
      menu: () => this.navigation.menu(),
    });
    this.navigation.show(this.running.element, 'debrief', pageTitle('Debrief', meta.title));
  }
}
