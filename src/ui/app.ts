/**
 * Moves the learner between screens (learner name, menu, briefing, play, debrief, projector) and
 * tells the stage which screen and scenario to draw; the records screens (past attempts, summary,
 * trainer link) are routed by {@link RecordsRoutes}, projector mode by {@link ProjectorRoutes}. It
 * does not save or play sounds itself: a session's subscribers (given by the composition root) do
 * that from its events, and settings and records go through the store.
 *
 * About 350 lines: what is left is one flow (name, menu, briefing, play, debrief) that shares the
 * playing session and the session built ahead, and reads best in one place.
 */
import { PlayController } from '../app/play-controller';
import { feedStage, subscribeAll, type SessionSubscriber } from '../app/play-wiring';
import type { DownloadText, SavedDataStore } from '../app/store';
import type { Attempt } from '../core/records/attempt';
import type { Rubric } from '../core/scoring/rubric';
import type { SuspendData } from '../core/records/record-sink';
import { mayStartAttempt, type ModePolicy } from '../core/session/mode-policy';
import { seedForAttempt } from '../core/session/option-order';
import type { PlaySession } from '../core/session/play-session';
import type { LaunchSettings } from '../core/settings/launch-settings';
import type { Scenario, ScenarioMeta } from '../core/story/scenario';
import { el } from '../dom/el';
import { storedAttemptScreen } from './attempt-report';
import { briefingScreen } from './briefing-screen';
import { debriefScreen } from './debrief-screen';
import { pageTitle } from './labels';
import { learnerPrompt } from './learner-prompt';
import { menuScreen } from './menu-screen';
import { NoticesArea } from './notices';
import { PlayScreen } from './play-screen';
import { loadPlaySession, type PlaySessionClass } from './play-session-loader';
import { SessionAhead } from './session-ahead';
import { RecordsRoutes } from './records-routes';
import { menuRecordsTools, standingText, limitReachedScreen } from './records-menu';
import { projectorMenuEntry } from './projector/projector-menu-entry';
import { ProjectorRoutes } from './projector-routes';
import type { StageBridge } from '../core/stage/stage-bridge';

export interface AppServices {
  rubric: Rubric;
  scenarios: ScenarioMeta[];
  loadScenario(id: string): Promise<Scenario>;
  /** The mode's policy with the trainer's overrides. */
  mode: ModePolicy;
  /** The trainer link's settings, validated. */
  launch: LaunchSettings;
  store: SavedDataStore;
  /** Saves an export as a file (the platform's download helper). */
  download: DownloadText;
  /** Everything that follows a session's events: records, sound. */
  sessionSubscribers: readonly SessionSubscriber[];
  stage: StageBridge;
  /** Extra controls for the menu and the play screen (sound and caption settings). */
  settingsPanel(): HTMLElement;
  /** Resume data kept by a learning platform (SCORM suspend_data), when one launched the game. */
  platformResume?: (scenarioId: string) => SuspendData | null;
  /** Resolves once the learning platform would hear a session started now (an LRS's config read). */
  platformReady?: () => Promise<void>;
}

interface ActivePlay {
  controller: PlayController;
  screen: PlayScreen;
  stop(): void;
}

function newSeed(): number {
  return seedForAttempt(null, Math.random);
}

export class App {
  private readonly screenHost: HTMLElement;
  private readonly notices: NoticesArea;
  private readonly records: RecordsRoutes;
  private play: ActivePlay | null = null;
  private readonly projector: ProjectorRoutes;
  private readonly ahead = new SessionAhead(async (meta) => {
    const { scenario, PlaySession } = await this.fetchScenario(meta.id);
    return new PlaySession(scenario, this.services.rubric, this.services.mode, newSeed());
  });

  constructor(
    root: HTMLElement,
    private readonly services: AppServices,
  ) {
    this.notices = new NoticesArea(services.store, services.download);
    this.records = new RecordsRoutes(services, {
      leaveScenario: () => this.leaveScenario(),
      show: (screen, name, title) => this.show(screen, name, title),
      menu: () => this.showMenu(),
      openAttempt: (attempt) => void this.showStoredAttempt(attempt),
      learner: () => this.learner,
    });
    this.projector = new ProjectorRoutes(services, {
      load: (meta) => this.load(meta),
      leaveScenario: () => this.leaveScenario(),
      show: (screen, name, title) => this.show(screen, name, title),
      notify: (message) => this.notify(message),
      menu: () => this.showMenu(),
    });
    this.screenHost = el('main', { id: 'screen', class: 'screen-host' });
    root.replaceChildren(this.notices.element, this.screenHost);
    // Keys go straight to the play controller, which calls the session: no button is clicked for them.
    document.addEventListener('keydown', (event) => {
      if (this.play?.controller.handleKey(event)) event.preventDefault();
    });
    // Another tab finished an attempt or saved progress: keep the menu's standings true.
    services.store.events.on('records', () => {
      if (this.screenHost.dataset.screen === 'menu' && !this.play) this.showMenu({ keepFocus: true });
    });
  }

  notify(message: string): void {
    this.notices.say(message);
  }

  /** The learner's name: the one given, else the trainer's link's, else none. */
  get learner(): string {
    return this.services.store.settings.learner ?? this.services.launch.learner ?? '';
  }

  /** The first screen: the learner's name when an assessment needs it, then the scenario or the menu. */
  start(): void {
    const { mode, launch, store } = this.services;
    const stored = store.settings.learner;
    const needsName = mode.name === 'assessment' && (stored === null || (launch.learner !== null && launch.learner !== stored));
    const next = () => {
      const meta = launch.scenario ? this.services.scenarios.find((s) => s.id === launch.scenario) : undefined;
      if (meta) this.showBriefing(meta);
      // The page's first screen: focus starts at the top of a fresh page anyway, and moving it would
      // force the page's first layout inside this task, before the frame that paints the menu.
      else this.showMenu({ keepFocus: true });
    };
    if (!needsName) {
      next();
      return;
    }
    this.services.stage.publish('screen', 'menu');
    this.show(
      learnerPrompt(launch.learner ?? stored ?? '', (name) => {
        store.setSettings({ learner: name });
        next();
      }),
      'learner',
      pageTitle('Your name'),
    );
  }

  /** The scenarios the link put on the menu (all of them without `scenarios=`). */
  private get menuScenarios(): ScenarioMeta[] {
    const wanted = this.services.launch.scenarios;
    return wanted ? this.services.scenarios.filter((meta) => wanted.includes(meta.id)) : this.services.scenarios;
  }

  showMenu(options: { keepFocus?: boolean } = {}): void {
    this.leaveScenario();
    this.services.stage.publish('screen', 'menu');
    this.services.stage.publish('scenario', null);
    const { store } = this.services;
    const menu = menuScreen(this.menuScenarios, {
      open: (meta) => this.showBriefing(meta),
      status: (meta) => standingText(store.standing(meta.id)),
    });
    menu.append(
      menuRecordsTools({
        attempts: () => this.records.showAttempts(),
        summary: () => this.records.showSummary(),
        trainerLink: () => this.records.showTrainerLink(),
        hasAttempts: store.attempts().length > 0,
      }),
      projectorMenuEntry(this.services.scenarios, (meta) => void this.showProjector(meta)),
      this.services.settingsPanel(),
    );
    this.show(menu, 'menu', pageTitle('Scenarios'), !options.keepFocus);
  }

  showBriefing(meta: ScenarioMeta): void {
    this.leaveScenario();
    const { mode, store } = this.services;
    this.services.stage.publish('scenario', meta);
    this.services.stage.publish('screen', 'briefing');
    const used = store.attemptsAt(meta.id, mode.name, mode.name === 'assessment' ? this.learner : undefined).length;
    const saved = mode.resume ? store.resumable(meta.id, meta.version) : null;
    // A learning platform's resume data wins: it knows who the learner is on any machine.
    const fromPlatform = mode.resume ? this.services.platformResume?.(meta.id) : null;
    const resumable: Pick<SuspendData, 'choices' | 'shuffleSeed'> | null =
      fromPlatform && fromPlatform.storyVersion === meta.version ? fromPlatform : saved && saved.mode === mode.name ? saved : null;
    if (!resumable && !mayStartAttempt(mode, used)) {
      this.show(
        limitReachedScreen(meta, used, { summary: () => this.records.showSummary(), back: () => this.showMenu() }),
        'briefing',
        pageTitle('Briefing', meta.title),
      );
      return;
    }
    this.show(
      briefingScreen(meta, {
        start: () => void this.startFresh(meta),
        resume: resumable
          ? () => void this.startScenario(meta, resumable.choices, seedForAttempt(resumable.shuffleSeed ?? null, Math.random))
          : null,
        back: () => this.showMenu(),
      }),
      'briefing',
      pageTitle('Briefing', meta.title),
    );
    this.ahead.prepare(meta);
  }

  /** Starts a new attempt, with the session built while the briefing was read when it is ready. */
  private async startFresh(meta: ScenarioMeta): Promise<void> {
    const ready = this.ahead.take(meta.id);
    if (ready) this.showPlay(ready);
    else await this.startScenario(meta, [], newSeed());
  }

  /** Starts (or rebuilds) an attempt: `choices` are authored positions, `shuffleSeed` its shown order. */
  async startScenario(meta: ScenarioMeta, choices: readonly number[], shuffleSeed: number): Promise<void> {
    const loaded = await this.load(meta);
    if (loaded) this.showPlay(loaded.PlaySession.replay(loaded.scenario, this.services.rubric, choices, this.services.mode, shuffleSeed));
  }

  /** Runs a scenario on a projector for a room (`?mode=projector&scenario=ID`, or the menu). */
  showProjector(meta: ScenarioMeta): Promise<void> {
    return this.projector.show(meta);
  }

  /** The scenario and the session code that plays it, fetched together; null (with a notice) when either fails. */
  private async load(meta: { id: string; title: string }): Promise<{ scenario: Scenario; PlaySession: PlaySessionClass } | null> {
    try {
      return await this.fetchScenario(meta.id);
    } catch {
      this.notify(`“${meta.title}” could not be loaded. Check your connection and try again.`);
      return null;
    }
  }

  private async fetchScenario(id: string): Promise<{ scenario: Scenario; PlaySession: PlaySessionClass }> {
    const [scenario, PlaySession] = await Promise.all([this.services.loadScenario(id), loadPlaySession(), this.services.platformReady?.()]);
    return { scenario, PlaySession };
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
    this.ahead.drop();
    const play = this.play;
    this.play = null;
    play?.stop();
    this.projector.stop();
  }

  /** The debrief of a session that just ended, with the verdict of the attempt saved at its ending. */
  private showDebrief(session: PlaySession, attempt?: Attempt): void {
    this.leaveScenario();
    const meta = session.scenario.meta;
    const saved = attempt ?? this.services.store.attemptsAt(meta.id).at(-1);
    this.services.stage.publish('screen', 'debrief');
    const screen = debriefScreen(session, this.services.rubric, {
      again: () => this.showBriefing(meta),
      rewind:
        this.services.mode.rewind && !attempt
          ? (n) => void this.startScenario(meta, session.choices.slice(0, n), seedForAttempt(session.shuffleSeed, Math.random))
          : null,
      menu: () => this.showMenu(),
      next: this.scenarioAfter(meta),
      ...(saved ? { verdict: { passed: saved.result.passed, passMark: saved.result.passMark } } : {}),
    });
    if (saved) screen.dataset.attempt = saved.id;
    this.show(screen, 'debrief', pageTitle('Debrief', meta.title));
  }

  /**
   * A past attempt's debrief: rebuilt in full from its choices when the story is the one it was
   * played on, else the compact report of what was kept.
   */
  async showStoredAttempt(attempt: Attempt): Promise<void> {
    const meta = this.services.scenarios.find((s) => s.id === attempt.scenarioId);
    const loaded = meta && meta.version === attempt.storyVersion ? await this.load(meta) : null;
    if (loaded) {
      const session = new loaded.PlaySession(loaded.scenario, this.services.rubric, this.services.mode);
      for (const choice of attempt.choices) {
        const position = session.openDecision?.options.findIndex((option) => option.index === choice.option) ?? -1;
        if (position < 0) break;
        session.choose(position);
      }
      if (session.isOver) {
        this.showDebrief(session, attempt);
        return;
      }
    }
    this.leaveScenario();
    this.services.stage.publish('screen', 'debrief');
    this.show(
      storedAttemptScreen(attempt, this.services.rubric, () => this.records.showAttempts()),
      'debrief',
      pageTitle('Debrief', attempt.scenarioTitle),
    );
  }

  /** The menu's next scenario after this one, for the debrief's "Next scenario". */
  private scenarioAfter(meta: ScenarioMeta): { title: string; open(): void } | null {
    const scenarios = this.services.scenarios;
    const next = scenarios[scenarios.findIndex((s) => s.id === meta.id) + 1];
    return next ? { title: next.title, open: () => this.showBriefing(next) } : null;
  }

  private show(screen: HTMLElement, name: string, title: string, focus = true): void {
    this.screenHost.replaceChildren(screen);
    this.screenHost.dataset.screen = name;
    document.title = title;
    if (name === 'play' || name === 'projector' || !focus) return;
    const heading = screen.querySelector<HTMLElement>('h1');
    heading?.setAttribute('tabindex', '-1');
    heading?.focus();
  }
}
