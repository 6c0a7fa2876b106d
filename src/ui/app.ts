/**
 * Moves the learner between screens (menu, briefing, play, debrief) and tells the stage which
 * screen and scenario to draw. It does not save or play sounds itself: a session's subscribers
 * (given by the composition root) do that from its events, and settings go through the store.
 */
import { PlayController } from '../app/play-controller';
import { feedStage, subscribeAll, type SessionSubscriber } from '../app/play-wiring';
import type { SavedDataStore } from '../app/store';
import { resumableChoices, type RecordSink } from '../core/records/record-sink';
import type { Rubric } from '../core/scoring/rubric';
import { projectorPolicy, type ModePolicy } from '../core/session/mode-policy';
import { seedForAttempt } from '../core/session/option-order';
import { PlaySession } from '../core/session/play-session';
import type { Scenario, ScenarioMeta } from '../core/story/scenario';
import { el } from '../dom/el';
import { briefingScreen } from './briefing-screen';
import { debriefScreen } from './debrief-screen';
import { pageTitle } from './labels';
import { menuScreen } from './menu-screen';
import { PlayScreen } from './play-screen';
import { projectorDebrief } from './projector/projector-debrief';
import { projectorMenuEntry } from './projector/projector-menu-entry';
import { runProjector, type ProjectorRun } from './projector/projector-run';
import type { StageBridge } from '../core/stage/stage-bridge';

export interface AppServices {
  rubric: Rubric;
  scenarios: ScenarioMeta[];
  loadScenario(id: string): Promise<Scenario>;
  mode: ModePolicy;
  store: SavedDataStore;
  /** Where an unfinished attempt's suspend data is read back, to offer Resume. */
  records: Pick<RecordSink, 'suspendData'>;
  /** Everything that follows a session's events: records, sound. */
  sessionSubscribers: readonly SessionSubscriber[];
  stage: StageBridge;
  /** Extra controls for the menu and the play screen (sound and caption settings). */
  settingsPanel(): HTMLElement;
}

interface ActivePlay {
  controller: PlayController;
  screen: PlayScreen;
  stop(): void;
}

/** A new attempt's seed: the shown option order is shuffled once per attempt. */
function newSeed(): number {
  return seedForAttempt(null, Math.random);
}

export class App {
  private readonly screenHost: HTMLElement;
  private readonly notices: HTMLElement;
  private play: ActivePlay | null = null;
  private projector: ProjectorRun | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly services: AppServices,
  ) {
    this.notices = el('div', { class: 'notices', role: 'status' });
    this.screenHost = el('main', { id: 'screen', class: 'screen-host' });
    root.replaceChildren(this.notices, this.screenHost);
    // Keys go straight to the play controller, which calls the session: no button is clicked for them.
    document.addEventListener('keydown', (event) => {
      if (this.play?.controller.handleKey(event)) event.preventDefault();
    });
  }

  notify(message: string): void {
    this.notices.append(el('p', {}, message));
  }

  showMenu(): void {
    this.leaveScenario();
    this.services.stage.publish('screen', 'menu');
    this.services.stage.publish('scenario', null);
    const menu = menuScreen(this.services.scenarios, { open: (meta) => this.showBriefing(meta) });
    menu.append(projectorMenuEntry(this.services.scenarios, (meta) => void this.showProjector(meta)));
    menu.append(this.services.settingsPanel());
    this.show(menu, 'menu', pageTitle('Scenarios'));
  }

  showBriefing(meta: ScenarioMeta): void {
    this.leaveScenario();
    this.services.stage.publish('scenario', meta);
    this.services.stage.publish('screen', 'briefing');
    const saved = this.services.mode.resume ? resumableChoices(this.services.records, meta.id, meta.version) : null;
    const savedSeed = saved ? this.services.records.suspendData(meta.id)?.shuffleSeed : null;
    this.show(
      briefingScreen(meta, {
        start: () => void this.startScenario(meta, [], newSeed()),
        resume: saved ? () => void this.startScenario(meta, saved, seedForAttempt(savedSeed, Math.random)) : null,
        back: () => this.showMenu(),
      }),
      'briefing',
      pageTitle('Briefing', meta.title),
    );
  }

  /** Starts (or rebuilds) an attempt: `choices` are authored positions, `shuffleSeed` its shown order. */
  async startScenario(meta: ScenarioMeta, choices: readonly number[], shuffleSeed: number): Promise<void> {
    let scenario: Scenario;
    try {
      scenario = await this.services.loadScenario(meta.id);
    } catch {
      this.notify(`“${meta.title}” could not be loaded. Check your connection and try again.`);
      return;
    }
    this.showPlay(PlaySession.replay(scenario, this.services.rubric, choices, this.services.mode, shuffleSeed));
  }

  /** Runs a scenario on a projector for a room (`?mode=projector&scenario=ID`, or the menu). */
  async showProjector(meta: ScenarioMeta): Promise<void> {
    let scenario: Scenario;
    try {
      scenario = await this.services.loadScenario(meta.id);
    } catch {
      this.notify(`“${meta.title}” could not be loaded. Check your connection and try again.`);
      return;
    }
    this.leaveScenario();
    this.projector = runProjector({
      scenario,
      rubric: this.services.rubric,
      mode: projectorPolicy,
      stage: this.services.stage,
      sessionSubscribers: this.services.sessionSubscribers,
      notify: (message) => this.notify(message),
      menu: () => this.showMenu(),
      finish: (session, votes) => this.showProjectorDebrief(session, votes),
    });
    this.show(this.projector.element, 'projector', pageTitle('Projector', meta.title));
  }

  private showProjectorDebrief(session: PlaySession, votes: Readonly<Record<string, readonly number[]>>): void {
    this.leaveScenario();
    const meta = session.scenario.meta;
    this.services.stage.publish('screen', 'debrief');
    this.projector = projectorDebrief(session, this.services.rubric, votes, {
      again: () => void this.showProjector(meta),
      menu: () => this.showMenu(),
    });
    this.show(this.projector.element, 'debrief', pageTitle('Debrief', meta.title));
  }

  private showPlay(session: PlaySession): void {
    this.leaveScenario();
    const { store, stage } = this.services;
    const meta = session.scenario.meta;
    const unsubscribe = subscribeAll(session, this.services.sessionSubscribers);
    const controller = new PlayController(session, { coachingOn: () => store.settings.feedback });
    const screen = new PlayScreen(
      controller,
      this.services.rubric,
      {
        finish: () => this.showDebrief(session),
        restart: () => void this.startScenario(meta, [], newSeed()),
        // Replay from a decision is the same attempt: the same seed shows the earlier decisions as before.
        rewind: (n) => void this.startScenario(meta, session.choices.slice(0, n), seedForAttempt(session.shuffleSeed, Math.random)),
        menu: () => this.showMenu(),
        setCoaching: (on) => {
          store.setSettings({ feedback: on });
          controller.coachingChanged();
        },
      },
      store.settings.feedback,
    );
    stage.publish('screen', 'play');
    stage.publish('scenario', meta);
    const stopStage = feedStage(controller, stage);
    this.play = {
      controller,
      screen,
      stop: () => {
        session.leave();
        screen.detach();
        stopStage();
        unsubscribe();
      },
    };
    screen.settingsSlot.append(this.services.settingsPanel());
    this.show(screen.element, 'play', pageTitle('Playing', meta.title));
    session.open();
  }

  private leaveScenario(): void {
    const play = this.play;
    this.play = null;
    play?.stop();
    const projector = this.projector;
    this.projector = null;
    projector?.stop();
  }

  private showDebrief(session: PlaySession): void {
    this.leaveScenario();
    const meta = session.scenario.meta;
    this.services.stage.publish('screen', 'debrief');
    this.show(
      debriefScreen(session, this.services.rubric, {
        again: () => void this.startScenario(meta, [], newSeed()),
        rewind: this.services.mode.rewind ? (n) => void this.startScenario(meta, session.choices.slice(0, n), seedForAttempt(session.shuffleSeed, Math.random)) : null,
        menu: () => this.showMenu(),
        next: this.scenarioAfter(meta),
      }),
      'debrief',
      pageTitle('Debrief', meta.title),
    );
  }

  /** The menu's next scenario after this one, for the debrief's "Next scenario". */
  private scenarioAfter(meta: ScenarioMeta): { title: string; open(): void } | null {
    const scenarios = this.services.scenarios;
    const next = scenarios[scenarios.findIndex((s) => s.id === meta.id) + 1];
    return next ? { title: next.title, open: () => this.showBriefing(next) } : null;
  }

  private show(screen: HTMLElement, name: string, title: string): void {
    this.screenHost.replaceChildren(screen);
    this.screenHost.dataset.screen = name;
    document.title = title;
    if (name === 'play' || name === 'projector') return;
    const heading = screen.querySelector<HTMLElement>('h1');
    heading?.setAttribute('tabindex', '-1');
    heading?.focus();
  }
}
