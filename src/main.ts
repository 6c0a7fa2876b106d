/**
 * Composition root: reads the rubric and the story list, restores saved data, mounts the DOM
 * interface at once (the first choice must not wait for Phaser), then boots the stage behind it.
 */
import rubricJson from '../stories/rubric.json';
import { scenarioLoaders, scenarioMetas } from 'virtual:glasshouse/scenarios';
import { parseRubric } from './core/scoring/rubric';
import { sortScenarios } from './core/story/scenario';
import { loadStore, saveStore } from './platform/local-store';
import { App } from './ui/app';
import { StageBridge } from './ui/stage-bridge';
import './ui/styles.css';

const root = document.getElementById('app')!;
const rubric = parseRubric(rubricJson);
if (!rubric.ok) {
  root.textContent = `The scoring rubric is broken: ${rubric.error}`;
} else {
  const store = loadStore();
  const stage = new StageBridge();
  const app = new App(root, {
    rubric: rubric.value,
    scenarios: sortScenarios(scenarioMetas),
    loadScenario: async (id) => {
      const load = scenarioLoaders[id];
      if (!load) throw new Error(`no scenario ${id}`);
      return load();
    },
    saved: store.data,
    save: () => {
      if (!saveStore(store.data)) app.notify('Progress could not be saved in this browser.');
    },
    stage,
  });
  if (store.notice) app.notify(store.notice);
  app.showMenu();
}
