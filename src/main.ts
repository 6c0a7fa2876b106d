/**
 * Composition root: reads the rubric and the story list, restores saved data into the store, mounts
 * the DOM interface at once (the first choice must not wait for Phaser), subscribes the records and
 * the sound to every play session, then boots the stage behind it.
 *
 * One choice, end to end: a key or a click -> PlayController.choose -> PlaySession.choose, which
 * emits `chose` (keepAttempts saves the progress, the sound plays) and `ended` at an ending
 * (keepAttempts saves the finished attempt, before the debrief shows) -> the controller sends the
 * new play view to the play screen and, through the bridge, to the stage.
 */
import rubricJson from '../stories/rubric.json';
import { scenarioLoaders, scenarioMetas } from 'virtual:glasshouse/scenarios';
import { keepAttempts } from './app/keep-attempts';
import { SavedDataStore } from './app/store';
import { createCaptionArea } from './audio/captions';
import { sessionSounds } from './audio/game-sounds';
import { SoundPlayer } from './audio/sound-player';
import { createSoundSettingsPanel } from './audio/sound-settings';
import { soundUrlResolver } from './audio/sound-urls';
import { parseRubric } from './core/scoring/rubric';
import { modePolicies, withOverrides } from './core/session/mode-policy';
import { parseLaunchSettings } from './core/settings/launch-settings';
import { sortScenarios } from './core/story/scenario';
import { downloadText } from './platform/download';
import { keepPlayableOffline } from './platform/offline';
import { learningPlatform } from './platform/learning-record/learning-platform';
import { openBrowserRecords } from './platform/storage/browser-records';
import { StageBridge } from './core/stage/stage-bridge';
import { afterNextPaint } from './dom/after-next-paint';
import { App } from './ui/app';
import { loadPlaySession } from './ui/play-session-loader';
import './ui/styles.css';
import './ui/records.css';
import './ui/projector.css';

const root = document.getElementById('app')!;
const rubric = parseRubric(rubricJson);
const query = new URLSearchParams(location.search);
if (query.has('presenter')) {
  // The facilitator's second window: no stage, no sound, no records; it follows the projector.
  void import('./ui/projector/presenter-page').then(({ mountPresenterPage }) =>
    mountPresenterPage(root, query.get('scenario') ?? '', rubric.ok ? rubric.value : null),
  );
} else if (!rubric.ok) {
  root.textContent = `The scoring rubric is broken: ${rubric.error}`;
} else {
  const scenarios = sortScenarios(scenarioMetas);
  const launch = parseLaunchSettings(
    query,
    scenarios.map((meta) => meta.id),
  );
  const policy = modePolicies[launch.settings.mode];
  const mode = withOverrides(policy, {
    ...(launch.settings.attempts !== null ? { attempts: launch.settings.attempts } : {}),
    ...(launch.settings.feedback !== null ? { feedback: launch.settings.feedback } : {}),
  });
  const stage = new StageBridge();
  const captions = createCaptionArea();
  document.getElementById('frame')!.append(captions.element);

  let app: App | null = null;
  const notify = (message: string) => app?.notify(message);
  // The only writer of storage (version 2, migrating version 1): every storage fault is handled there.
  const store = new SavedDataStore(openBrowserRecords(scenarios.map(({ id, title, version }) => ({ id, title, version }))));
  // The platform's pass mark (cmi5's masteryScore) wins over the link's, so the debrief and the LMS agree.
  const attempts = keepAttempts(store, {
    learner: () => app?.learner ?? '',
    passMark: () => platform.passMark() ?? launch.settings.passMark,
  });
  const sound = new SoundPlayer({
    settings: store.settings,
    resolveUrl: soundUrlResolver(),
    onCaption: (caption) => captions.show(caption.text),
    onProblem: notify,
  });
  captions.setEnabled(store.settings.captions);
  store.events.on('settings', (settings) => {
    sound.applySettings(settings);
    captions.setEnabled(settings.captions);
  });
  // Browsers block audio until a gesture, and a projector room should not be surprised: wait for one.
  // Howler then loads in its own chunk and starts (about 100 ms in software: the AudioContext and
  // its pool of <audio> elements) only once the first options are on screen, so neither the
  // download nor the start delays them; sounds asked for meanwhile wait for it (see
  // SoundPlayer.starting). The gesture's sticky activation still lets the context start; where a
  // browser wants the gesture itself, howler resumes the context on the next one.
  const firstGesture = new Promise<void>((resolve) => {
    const gesture = () => {
      sound.starting();
      resolve();
    };
    window.addEventListener('pointerdown', gesture, { once: true, capture: true });
    window.addEventListener('keydown', gesture, { once: true, capture: true });
  });
  const firstOptions = firstOptionsShown(stage);
  void Promise.all([firstGesture, firstOptions]).then(() =>
    import('./audio/howler-backend').then(
      ({ howlerBackend }) => sound.unlock(howlerBackend),
      () => sound.unlock(null),
    ),
  );
  if (query.get('debug') === 'audio') {
    Object.assign(window, { glasshouseAudio: { requested: sound.requested, played: sound.played } });
  }

  // An LMS, if one launched the game: its code loads only then, and the menu waits for it.
  const platform = learningPlatform({
    rubric: rubric.value,
    notify,
    learner: () => app?.learner ?? '',
    screens: (listener) => stage.follow('screen', listener),
    firstPaint: () => new Promise((resolve) => afterNextPaint(resolve)),
  });
  app = new App(root, {
    rubric: rubric.value,
    scenarios,
    loadScenario: async (id) => {
      const load = scenarioLoaders[id];
      if (!load) throw new Error(`no scenario ${id}`);
      return load();
    },
    mode,
    launch: launch.settings,
    store,
    download: downloadText,
    sessionSubscribers: [attempts, sessionSounds(sound, rubric.value), platform.follow],
    platformResume: (id) => platform.resumeFrom({ suspendData: () => null }).suspendData(id),
    platformReady: platform.sessionsReady,
    stage,
    settingsPanel: () => createSoundSettingsPanel(store.settings, (patch) => store.setSettings(patch)),
  });
  for (const problem of launch.problems) app.notify(problem);
  const projectorScenario =
    launch.settings.mode === 'projector' ? scenarios.find((meta) => meta.id === launch.settings.scenario) : undefined;
  platform.whenReady(() => {
    if (projectorScenario) void app?.showProjector(projectorScenario);
    else app?.start();
    // Neither the story engine nor the offline worker (workbox's loader, its registration) is
    // needed to paint the first screen: both start once that frame is out and the page is idle.
    afterNextPaint(() =>
      whenIdle(() => {
        keepPlayableOffline({ notify });
        void loadPlaySession().catch(() => undefined);
      }),
    );
  });
  void firstOptions.then(() => bootStage(stage, notify));
}

/**
 * Resolves once the play screen has painted its first options and the page is idle, or when the
 * menu has sat idle for a few seconds, whichever comes first: the moment for what must not compete
 * with the first option for the network or the main thread (Phaser, howler).
 */
function firstOptionsShown(stage: StageBridge): Promise<void> {
  // How long the menu shows before they load anyway, so a player who lingers has the stage there
  // too. Declared here, not at module level below the top-level code that calls this function:
  // there the bundle's hoisted `var` was still undefined, the timer fired at once, and Phaser loaded
  // before the first option.
  const menuIdleMs = 4000;
  return new Promise((resolve) => {
    const menuIdle = window.setTimeout(() => {
      if (stage.current('screen') === 'menu') whenIdle(done);
    }, menuIdleMs);
    let stopFollowing = () => {};
    const done = () => {
      window.clearTimeout(menuIdle);
      stopFollowing();
      resolve();
    };
    stopFollowing = stage.follow('screen', (screen) => {
      if (screen === 'play') afterNextPaint(() => whenIdle(done));
    });
  });
}

/** Phaser is the heaviest part of the page (about 350 KB gzip): it loads, then the stage fades in. */
function bootStage(stage: StageBridge, notify: (message: string) => void): void {
  const host = document.getElementById('stage')!;
  void import('./scenes/boot-stage')
    .then(({ bootStage }) => bootStage(host, stage))
    .then(() => host.classList.add('ready'))
    .catch(() => notify('The illustrated stage could not start; the conversation works without it.'));
}

/** Runs `work` when the main thread is next idle (at most half a second later). */
function whenIdle(work: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout: 500 });
  else setTimeout(work, 50);
}
