/**
 * The "Sound and captions" panel: mute, a volume for each bus, and the captions switch. It only
 * reports changes, as a settings patch; the store keeps them, and the SoundPlayer and the captions
 * follow the store. Its look is in src/ui/styles.css.
 */
import type { DeepReadonly } from '../core/deep-readonly';
import type { Settings } from '../core/records/saved-data';
import type { SoundBus } from '../core/sound-catalogue';
import { el } from '../dom/el';

const busLabels: Record<SoundBus, string> = {
  interface: 'Interface',
  channel: 'Channel sounds',
  ambience: 'Ambience',
};
const busOrder: readonly SoundBus[] = ['interface', 'channel', 'ambience'];

/** What the panel asks the store to change: a flag, or one bus's volume. */
export type SoundSettingsPatch = Partial<Pick<Settings, 'muted' | 'captions'>> & { volumes?: Partial<Settings['volumes']> };

let panelCount = 0;

function percent(volume: number): number {
  return Math.round(Math.min(1, Math.max(0, volume)) * 100);
}

export function createSoundSettingsPanel(settings: DeepReadonly<Settings>, onChange: (patch: SoundSettingsPatch) => void): HTMLElement {
  const idPrefix = `sound-settings-${++panelCount}`;

  const checkbox = (name: 'muted' | 'captions', text: string): HTMLElement => {
    const input = el('input', { type: 'checkbox', name, checked: settings[name] });
    input.addEventListener('change', () => onChange({ [name]: input.checked }));
    return el('label', { class: 'sound-setting-check' }, input, el('span', {}, text));
  };

  const slider = (bus: SoundBus): HTMLElement => {
    const id = `${idPrefix}-${bus}`;
    const input = el('input', { type: 'range', id, name: `volume-${bus}`, min: 0, max: 100, step: 5 });
    // The slider announces its own value; this copy is for the eye only.
    const value = el('span', { class: 'sound-setting-value', 'aria-hidden': 'true' });
    const show = (level: number): void => {
      input.value = String(level);
      input.setAttribute('aria-valuetext', `${level}%`);
      value.textContent = `${level}%`;
    };
    show(percent(settings.volumes[bus]));
    input.addEventListener('input', () => {
      const level = Number(input.value);
      show(level);
      onChange({ volumes: { [bus]: level / 100 } });
    });
    return el('div', { class: 'sound-setting-range' }, el('label', { for: id }, busLabels[bus]), input, value);
  };

  return el(
    'details',
    { class: 'sound-settings' },
    el('summary', {}, 'Sound and captions'),
    el(
      'div',
      { class: 'sound-settings-body' },
      checkbox('muted', 'Mute'),
      ...busOrder.map(slider),
      checkbox('captions', 'Show captions for sounds'),
    ),
  );
}
