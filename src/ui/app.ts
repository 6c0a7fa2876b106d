/**
 * Moves the learner between screens (menu, briefing, play, debrief), keeps saves up to date, and
 * tells the stage what to draw. Screens are plain DOM built from the pure core.
 */
import { PlaySession } from '../core/session/play-session';
import type { SavedData } from '../core/records/saved-data';
import type { Rubric } from '../core/scoring/rubric';
import type { Scenario, ScenarioMeta } from '../core/story/scenario';
import { briefingScreen } from './briefing-screen';
import { debriefScreen } from './debrief-screen';
import { el } from './dom';
import { menuScreen } from './menu-screen';
import { PlayScreen } from './play-screen';
import type { StageBridge } from '../core/stage/stage-bridge';
import type { GameSounds } from '../audio/game-sounds';

export interface AppServices {
  rubric: Rubric;
  scenarios: ScenarioMeta[];
  loadScenario(id: string): Promise<Scenario>;
  saved: SavedData;
  save(): void;
  stage: StageBridge;
  sounds: GameSounds;
  /** Extra controls for the menu and the play screen (sound and caption settings). */
  settingsPanel(): HTMLElement;
}

export class App {
  private readonly screenHost: HTMLElement;
  private readonly notices: HTMLElement;
  private play: PlayScreen | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly services: AppServices,
  ) {
    this.notices = el('div', { class: 'notices', role: 'status' });
    this.screenHost = el('main', { id: 'screen', class: 'screen-host' });
    root.replaceChildren(this.notices, this.screenHost);
    document.addEventListener('keydown', (event) => {
      if (this.play && this.play.handleKey(event)) event.preventDefault();
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
    this.show(menu, 'menu');
  }

  showBriefing(meta: ScenarioMeta): void {
    this.leaveScenario();
    this.services.stage.publish('scenario', meta);
    this.services.stage.publish('screen', 'briefing');
    const saved = this.services.saved.inProgress[meta.id];
    const canResume = saved !== undefined && saved.storyVersion === meta.version && saved.choices.length > 0;
    this.show(
      briefingScreen(meta, {
        start: () => void this.startScenario(meta, []),
        resume: canResume ? () => void this.startScenario(meta, saved.choices) : null,
        back: () => this.showMenu(),
      }),
      'briefing',
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
    const session = PlaySession.replay(scenario, this.services.rubric, choices);
    this.showPlay(session);
  }

  private showPlay(session: PlaySession): void {
    const meta = session.scenario.meta;
    const settings = this.services.saved.settings;
    this.play = new PlayScreen(session, this.services.rubric, settings, {
      chose: (option, lines, channelBefore) => {
        this.remember(session);
        this.publishSession(session);
        this.services.sounds.chose(option, lines, channelBefore);
      },
      finish: () => this.showDebrief(session),
      restart: () => void this.startScenario(meta, []),
      rewind: (n) => void this.startScenario(meta, session.choices.slice(0, n)),
      menu: () => this.showMenu(),
      setFeedback: () => this.services.save(),
    });
    this.services.stage.publish('screen', 'play');
    this.services.stage.publish('scenario', meta);
    this.publishSession(session);
    this.play.element.querySelector('.practice-panel')?.append(this.services.settingsPanel());
    this.show(this.play.element, 'play');
    this.play.focusFirstOption();
    this.services.sounds.scenarioOpened(session);
  }

  private leaveScenario(): void {
    if (this.play) this.services.sounds.left();
    this.play = null;
  }

  private showDebrief(session: PlaySession): void {
    this.leaveScenario();
    const meta = session.scenario.meta;
    this.services.stage.publish('screen', 'debrief');
    this.show(
      debriefScreen(session, this.services.rubric, {
        again: () => void this.startScenario(meta, []),
        rewind: (n) => void this.startScenario(meta, session.choices.slice(0, n)),
        menu: () => this.showMenu(),
      }),
      'debrief',
    );
  }

  private publishSession(session: PlaySession): void {
    this.services.stage.publish('presentation', session.presentation);
    this.services.stage.publish('meters', session.meters);
  }

  /** Saves the choices after every move, so a closed tab resumes where it was. */
  private remember(session: PlaySession): void {
    const meta = session.scenario.meta;
    if (session.isOver) delete this.services.saved.inProgress[meta.id];
    else this.services.saved.inProgress[meta.id] = { storyVersion: meta.version, choices: session.choices, savedAt: new Date().toISOString() };
    this.services.save();
  }

  private show(screen: HTMLElement, name: string): void {
    this.screenHost.replaceChildren(screen);
    this.screenHost.dataset.screen = name;
    if (name !== 'play') screen.querySelector<HTMLElement>('h1')?.setAttribute('tabindex', '-1');
    if (name !== 'play') screen.querySelector<HTMLElement>('h1')?.focus();
  }
}
