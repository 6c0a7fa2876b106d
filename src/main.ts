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
import { afterNextPaint } from './scenes/after-next-paint';
import { App } from './ui/app';
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
  const attempts = keepAttempts(store, { learner: () => app?.learner ?? '', passMark: () => launch.settings.passMark });
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
  // Starting audio costs about 90 ms (howler's context and its pool of <audio> elements), so it runs
  // after the frame that answers the gesture; the gesture's activation still lets the context start
  // (where a browser wants the gesture itself, howler resumes the context on the next one).
  const unlock = () => afterNextPaint(() => sound.unlock());
  window.addEventListener('pointerdown', unlock, { once: true, capture: true });
  window.addEventListener('keydown', unlock, { once: true, capture: true });
  if (query.get('debug') === 'audio') {
    Object.assign(window, { glasshouseAudio: { requested: sound.requested, played: sound.played } });
  }

  // An LMS, if one launched the game: its code loads only then, and the menu waits for it.
  const platform = learningPlatform({
    rubric: rubric.value,
    notify,
    learner: () => app?.learner ?? '',
    screens: (listener) => stage.follow('screen', listener),
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
    stage,
    settingsPanel: () => createSoundSettingsPanel(store.settings, (patch) => store.setSettings(patch)),
  });
  for (const problem of launch.problems) app.notify(problem);
  const projectorScenario =
    launch.settings.mode === 'projector' ? scenarios.find((meta) => meta.id === launch.settings.scenario) : undefined;
  platform.whenReady(() => {
    if (projectorScenario) void app?.showProjector(projectorScenario);
    else app?.start();
  });
  keepPlayableOffline({ notify });
  bootStageLater(stage, notify);
}

/** How long the menu shows before the stage loads anyway, so a player who lingers sees it there too. */
const menuIdleMs = 4000;

/**
 * Phaser is the heaviest part of the page (about 350 KB gzip): it must not compete with the first
 * option for the network or the main thread. It loads once the play screen has painted its first
 * options, or when the menu has sat idle for a few seconds, whichever comes first; then it fades in.
 */
function bootStageLater(stage: StageBridge, notify: (message: string) => void): void {
  const host = document.getElementById('stage')!;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    stopFollowing();
    window.clearTimeout(menuIdle);
    void import('./scenes/boot-stage')
      .then(({ bootStage }) => bootStage(host, stage))
      .then(() => host.classList.add('ready'))
      .catch(() => notify('The illustrated stage could not start; the conversation works without it.'));
  };
  const whenIdle = (work: () => void) => {
    if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout: 500 });
    else setTimeout(work, 50);
  };
  const menuIdle = window.setTimeout(() => {
    if (stage.current('screen') === 'menu') whenIdle(start);
  }, menuIdleMs);
  let stopFollowing = () => {};
  stopFollowing = stage.follow('screen', (screen) => {
    if (screen === 'play') afterNextPaint(() => whenIdle(start));
  });
}
