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
import { practicePolicy } from './core/session/mode-policy';
import { sortScenarios } from './core/story/scenario';
import { loadStore, saveStore } from './platform/local-store';
import { keepPlayableOffline } from './platform/offline';
import { App } from './ui/app';
import { StageBridge } from './core/stage/stage-bridge';
import { afterNextPaint } from './scenes/after-next-paint';
import './ui/styles.css';

const root = document.getElementById('app')!;
const rubric = parseRubric(rubricJson);
if (!rubric.ok) {
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
  // Starting audio costs about 90 ms (howler's context and its pool of <audio> elements), so it runs
  // after the frame that answers the gesture; the gesture's activation still lets the context start
  // (where a browser wants the gesture itself, howler resumes the context on the next one).
  const unlock = () => afterNextPaint(() => sound.unlock());
  window.addEventListener('pointerdown', unlock, { once: true, capture: true });
  window.addEventListener('keydown', unlock, { once: true, capture: true });
  if (new URLSearchParams(location.search).get('debug') === 'audio') {
    Object.assign(window, { glasshouseAudio: { requested: sound.requested, played: sound.played } });
  }

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
    records,
    sessionSubscribers: [(session) => recordSession(session.events, records), sessionSounds(sound, rubric.value)],
    stage,
    settingsPanel: () => createSoundSettingsPanel(store.settings, (patch) => store.setSettings(patch)),
  });
  if (loaded.notice) app.notify(loaded.notice);
  app.showMenu();
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
