/**
 * Composition root: reads the rubric and the story list, restores saved data, mounts the DOM
 * interface at once (the first choice must not wait for Phaser), then boots the stage behind it.
 */
import rubricJson from '../stories/rubric.json';
import { scenarioLoaders, scenarioMetas } from 'virtual:glasshouse/scenarios';
import { createCaptionArea } from './audio/captions';
import { gameSounds } from './audio/game-sounds';
import { SoundPlayer } from './audio/sound-player';
import { createSoundSettingsPanel } from './audio/sound-settings';
import { soundUrlResolver } from './audio/sound-urls';
import { parseRubric } from './core/scoring/rubric';
import { sortScenarios } from './core/story/scenario';
import { loadStore, saveStore } from './platform/local-store';
import { App } from './ui/app';
import { StageBridge } from './core/stage/stage-bridge';
import './ui/styles.css';

const root = document.getElementById('app')!;
const rubric = parseRubric(rubricJson);
if (!rubric.ok) {
  root.textContent = `The scoring rubric is broken: ${rubric.error}`;
} else {
  const store = loadStore();
  const settings = store.data.settings;
  const stage = new StageBridge();
  const captions = createCaptionArea();
  captions.setEnabled(settings.captions);
  document.getElementById('frame')!.append(captions.element);

  let app: App | null = null;
  const notify = (message: string) => app?.notify(message);
  let saveWarned = false;
  const save = () => {
    if (store.readOnly || saveStore(store.data) || saveWarned) return;
    saveWarned = true;
    notify('Progress could not be saved in this browser.');
  };
  const sound = new SoundPlayer({
    settings,
    resolveUrl: soundUrlResolver(),
    onCaption: (caption) => captions.show(caption.text),
    onProblem: notify,
  });
  // Browsers block audio until a gesture, and a projector room should not be surprised: wait for one.
  const unlock = () => sound.unlock();
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
    saved: store.data,
    save,
    stage,
    sounds: gameSounds(sound, rubric.value),
    settingsPanel: () =>
      createSoundSettingsPanel(settings, (changed) => {
        Object.assign(settings, changed);
        sound.applySettings(settings);
        captions.setEnabled(settings.captions);
        save();
      }),
  });
  if (store.notice) app.notify(store.notice);
  app.showMenu();
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
