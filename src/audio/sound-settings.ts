/**
 * The "Sound and captions" panel: mute, a volume for each bus, and the captions switch. It only
 * reports new settings; the app saves them and hands them to the SoundPlayer and the captions.
 */
import type { Settings } from '../core/records/saved-data';
import type { SoundBus } from '../core/sound-catalogue';
import { injectStyleOnce } from './inject-style';

const busLabels: Record<SoundBus, string> = {
  interface: 'Interface',
  channel: 'Channel sounds',
  ambience: 'Ambience',
};
const busOrder: readonly SoundBus[] = ['interface', 'channel', 'ambience'];

export const soundSettingsStyleId = 'sound-settings-style';

const settingsCss = `
.sound-settings summary { cursor: pointer; }
.sound-settings-body { display: grid; gap: 0.6em; padding: 0.6em 0 0.2em; }
.sound-setting-range { display: grid; grid-template-columns: minmax(8em, max-content) minmax(8em, 16em) 3.5em; align-items: center; gap: 0.6em; }
.sound-setting-range input { width: 100%; margin: 0; }
.sound-setting-value { font-variant-numeric: tabular-nums; text-align: right; }
.sound-setting-check { display: flex; align-items: center; gap: 0.5em; }
.sound-setting-check input { width: 1.2em; height: 1.2em; margin: 0; }
`;

let panelCount = 0;

function percent(volume: number): number {
  return Math.round(Math.min(1, Math.max(0, volume)) * 100);
}

export function createSoundSettingsPanel(settings: Settings, onChange: (settings: Settings) => void): HTMLElement {
  injectStyleOnce(soundSettingsStyleId, settingsCss);
  const idPrefix = `sound-settings-${++panelCount}`;
  let current: Settings = { ...settings, volumes: { ...settings.volumes } };
  const update = (change: (next: Settings) => void): void => {
    const next: Settings = { ...current, volumes: { ...current.volumes } };
    change(next);
    current = next;
    onChange({ ...next, volumes: { ...next.volumes } });
  };

  const details = document.createElement('details');
  details.className = 'sound-settings';
  const summary = document.createElement('summary');
  summary.textContent = 'Sound and captions';
  const body = document.createElement('div');
  body.className = 'sound-settings-body';

  const checkbox = (name: string, text: string, checked: boolean, onToggle: (on: boolean, next: Settings) => void): HTMLElement => {
    const label = document.createElement('label');
    label.className = 'sound-setting-check';
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.name = name;
    input.checked = checked;
    input.addEventListener('change', () => update((next) => onToggle(input.checked, next)));
    const words = document.createElement('span');
    words.textContent = text;
    label.append(input, words);
    return label;
  };

  const slider = (bus: SoundBus): HTMLElement => {
    const row = document.createElement('div');
    row.className = 'sound-setting-range';
    const id = `${idPrefix}-${bus}`;
    const label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = busLabels[bus];
    const input = document.createElement('input');
    input.type = 'range';
    input.id = id;
    input.name = `volume-${bus}`;
    input.min = '0';
    input.max = '100';
    input.step = '5';
    const value = document.createElement('span');
    value.className = 'sound-setting-value';
    // The slider announces its own value; this copy is for the eye only.
    value.setAttribute('aria-hidden', 'true');
    const show = (level: number): void => {
      input.value = String(level);
      input.setAttribute('aria-valuetext', `${level}%`);
      value.textContent = `${level}%`;
    };
    show(percent(current.volumes[bus]));
    input.addEventListener('input', () => {
      const level = Number(input.value);
      show(level);
      update((next) => {
        next.volumes[bus] = level / 100;
      });
    });
    row.append(label, input, value);
    return row;
  };

  body.append(
    checkbox('muted', 'Mute', current.muted, (on, next) => {
      next.muted = on;
    }),
    ...busOrder.map(slider),
    checkbox('captions', 'Show captions for sounds', current.captions, (on, next) => {
      next.captions = on;
    }),
  );
  details.append(summary, body);
  return details;
}
