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
import type { ModePolicy } from '../core/session/mode-policy';
import { PlaySession } from '../core/session/play-session';
import type { Scenario, ScenarioMeta } from '../core/story/scenario';
import { el } from '../dom/el';
import { briefingScreen } from './briefing-screen';
import { debriefScreen } from './debrief-screen';
import { pageTitle } from './labels';
import { menuScreen } from './menu-screen';
import { PlayScreen } from './play-screen';
import type { StageBridge } from './stage-bridge';

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

export class App {
  private readonly screenHost: HTMLElement;
  private readonly notices: HTMLElement;
  private play: ActivePlay | null = null;

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
    menu.append(this.services.settingsPanel());
    this.show(menu, 'menu', pageTitle('Scenarios'));
  }

  showBriefing(meta: ScenarioMeta): void {
    this.leaveScenario();
    this.services.stage.publish('scenario', meta);
    this.services.stage.publish('screen', 'briefing');
    const saved = this.services.mode.resume ? resumableChoices(this.services.records, meta.id, meta.version) : null;
    this.show(
      briefingScreen(meta, {
        start: () => void this.startScenario(meta, []),
        resume: saved ? () => void this.startScenario(meta, saved) : null,
        back: () => this.showMenu(),
      }),
      'briefing',
      pageTitle('Briefing', meta.title),
    );
  }

  async startScenario(meta: ScenarioMeta, choices: readonly number[]): Promise<void> {
    let scenario: Scenario;
    try {
      scenario = await this.services.loadScenario(meta.id);
    } catch {
      this.notify(`“${meta.title}” could not be loaded. Check your connection and try again.`);
      return;
    }
    this.showPlay(PlaySession.replay(scenario, this.services.rubric, choices, this.services.mode));
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
        restart: () => void this.startScenario(meta, []),
        rewind: (n) => void this.startScenario(meta, session.choices.slice(0, n)),
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
  }

  private showDebrief(session: PlaySession): void {
    this.leaveScenario();
    const meta = session.scenario.meta;
    this.services.stage.publish('screen', 'debrief');
    this.show(
      debriefScreen(session, this.services.rubric, {
        again: () => void this.startScenario(meta, []),
        rewind: this.services.mode.rewind ? (n) => void this.startScenario(meta, session.choices.slice(0, n)) : null,
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
    if (name === 'play') return;
    const heading = screen.querySelector<HTMLElement>('h1');
    heading?.setAttribute('tabindex', '-1');
    heading?.focus();
  }
}
