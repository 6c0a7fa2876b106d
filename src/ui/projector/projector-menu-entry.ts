import type { ScenarioMeta } from '../../core/story/scenario';
import { el } from '../../dom/el';

/** The menu's one projector entry: "Run in projector mode", opening to one button per scenario. */
export function projectorMenuEntry(scenarios: readonly ScenarioMeta[], run: (meta: ScenarioMeta) => void): HTMLElement {
  return el(
    'details',
    { class: 'projector-entry' },
    el('summary', {}, 'Run in projector mode'),
    el('p', {}, 'For a facilitator and a room: large type, clicker keys, a presenter window for your notes.'),
    el(
      'ul',
      { role: 'list' },
      ...scenarios.map((meta) =>
        el('li', {}, el('button', { type: 'button', 'data-projector': meta.id, onclick: () => run(meta) }, meta.title)),
      ),
    ),
  );
}
