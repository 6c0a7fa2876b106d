/**
 * Composition root: reads the rubric and the story list, restores saved data into the store, mounts
 * the DOM interface at once (the first choice must not wait for Phaser), subscribes the records and
 * the sound to every play session, then boots the stage behind it.
 *
 * One choice, end to end: a key or a click -> PlayController.choose -> PlaySession.choose, which
 * emits `chose` (the local record sink saves the progress, the sound plays) and `ended` at an
 * ending (the record sink clears it) -> the controller sends the new play view to the play screen
 * and, through the bridge, to the stage.
 */
import rubricJson from '../stories/rubric.json';
import { scenarioLoaders, scenarioMetas } from 'virtual:glasshouse/scenarios';
import { localRecordSink } from './app/local-record-sink';
import { SavedDataStore } from './app/store';
import { createCaptionArea } from './audio/captions';
import { sessionSounds } from './audio/game-sounds';
import { SoundPlayer } from './audio/sound-player';
import { createSoundSettingsPanel } from './audio/sound-settings';
import { soundUrlResolver } from './audio/sound-urls';
import { recordSession } from './core/records/session-records';
import { parseRubric } from './core/scoring/rubric';
import { parseLaunchSettings } from './core/settings/launch-settings';
import { practicePolicy } from './core/session/mode-policy';
import { sortScenarios } from './core/story/scenario';
import { learningPlatform } from './platform/learning-record/learning-platform';
import { loadStore, saveStore } from './platform/local-store';
import { keepPlayableOffline } from './platform/offline';
import { App } from './ui/app';
import { StageBridge } from './core/stage/stage-bridge';
import './ui/styles.css';
import './ui/projector.css';

const root = document.getElementById('app')!;
const rubric = parseRubric(rubricJson);
const launch = new URLSearchParams(location.search);
if (launch.has('presenter')) {
  // The facilitator's second window: no stage, no sound, no records; it follows the projector.
  void import('./ui/projector/presenter-page').then(({ mountPresenterPage }) =>
    mountPresenterPage(root, launch.get('scenario') ?? '', rubric.ok ? rubric.value : null),
  );
} else if (!rubric.ok) {
  root.textContent = `The scoring rubric is broken: ${rubric.error}`;
} else {
  const loaded = loadStore();
  const stage = new StageBridge();
  const captions = createCaptionArea();
  document.getElementById('frame')!.append(captions.element);

  let app: App | null = null;
  const notify = (message: string) => app?.notify(message);
  let saveWarned = false;
  // The only place that writes storage: every change to the store comes through here.
  const store = new SavedDataStore(loaded.data, (data) => {
    if (loaded.readOnly || saveStore(data) || saveWarned) return;
    saveWarned = true;
    notify('Progress could not be saved in this browser.');
  });
  const records = localRecordSink(store);
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
  const unlock = () => sound.unlock();
  window.addEventListener('pointerdown', unlock, { once: true, capture: true });
  window.addEventListener('keydown', unlock, { once: true, capture: true });
  if (new URLSearchParams(location.search).get('debug') === 'audio') {
    Object.assign(window, { glasshouseAudio: { requested: sound.requested, played: sound.played } });
  }

  // An LMS, if one launched the game: its code loads only then, and the menu waits for it.
  const platform = learningPlatform({ rubric: rubric.value, notify });
  app = new App(root, {
    rubric: rubric.value,
    scenarios: sortScenarios(scenarioMetas),
    loadScenario: async (id) => {
      const load = scenarioLoaders[id];
      if (!load) throw new Error(`no scenario ${id}`);
      return load();
    },
    mode: practicePolicy,
    store,
    records: platform.resumeFrom(records),
    sessionSubscribers: [(session) => recordSession(session.events, records), sessionSounds(sound, rubric.value), platform.follow],
    stage,
    settingsPanel: () => createSoundSettingsPanel(store.settings, (patch) => store.setSettings(patch)),
  });
  if (loaded.notice) app.notify(loaded.notice);
  const link = parseLaunchSettings(
    launch,
    scenarioMetas.map((meta) => meta.id),
  );
  const projectorScenario =
    link.settings.mode === 'projector' ? scenarioMetas.find((meta) => meta.id === link.settings.scenario) : undefined;
  if (link.settings.mode === 'projector') for (const problem of link.problems) app?.notify(problem);
  platform.whenReady(() => {
    if (projectorScenario) void app?.showProjector(projectorScenario);
    else app?.showMenu();
  });
  keepPlayableOffline({ notify });
  bootStageLater(stage, notify);
}

/** Phaser is the heaviest part of the page: load it after the interface is up, and fade it in. */
function bootStageLater(stage: StageBridge, notify: (message: string) => void): void {
  const host = document.getElementById('stage')!;
  const start = () =>
    import('./scenes/boot-stage')
      .then(({ bootStage }) => bootStage(host, stage))
      .then(() => host.classList.add('ready'))
      .catch(() => notify('The illustrated stage could not start; the conversation works without it.'));
  if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 500 });
  else setTimeout(start, 50);
}
