/**
 * The visual cue for every sound: a short caption such as "♪ Phone ringing" at the bottom left,
 * shown for a moment and read out politely by screen readers. Text only ever goes in as text
 * (`el()`); the look is in src/ui/styles.css.
 */
import { el } from '../dom/el';

export interface CaptionArea {
  readonly element: HTMLElement;
  show(text: string): void;
  /** Follows the settings' `captions` flag; turning it off clears what is shown. */
  setEnabled(on: boolean): void;
}

/** Long enough to read a short caption twice; short enough not to linger over the next one. */
const captionShowMs = 2500;
/** Older captions give way beyond this, so a burst of sounds never covers the screen. */
const mostCaptionsShown = 3;

export function createCaptionArea(): CaptionArea {
  const element = el('div', { class: 'sound-captions', role: 'status', 'aria-live': 'polite' });
  const shown = new Map<HTMLElement, ReturnType<typeof setTimeout>>();
  let enabled = true;

  const remove = (caption: HTMLElement): void => {
    const timer = shown.get(caption);
    if (timer !== undefined) clearTimeout(timer);
    shown.delete(caption);
    caption.remove();
  };
  const removeLater = (caption: HTMLElement): void => {
    const timer = shown.get(caption);
    if (timer !== undefined) clearTimeout(timer);
    shown.set(
      caption,
      setTimeout(() => remove(caption), captionShowMs),
    );
  };

  return {
    element,
    show(text: string): void {
      if (!enabled || text === '') return;
      // The same sound again while its caption is up (three texts in a row) keeps one caption up longer.
      const latest = element.lastElementChild as HTMLElement | null;
      if (latest && shown.has(latest) && latest.dataset.text === text) {
        removeLater(latest);
        return;
      }
      const caption = el(
        'p',
        { class: 'sound-caption', 'data-text': text },
        el('span', { class: 'sound-caption-mark', 'aria-hidden': 'true' }, '♪'),
        el('span', {}, text),
      );
      element.appendChild(caption);
      removeLater(caption);
      while (shown.size > mostCaptionsShown) {
        const oldest = shown.keys().next().value;
        if (oldest) remove(oldest);
      }
    },
    setEnabled(on: boolean): void {
      enabled = on;
      element.hidden = !on;
      if (!on) for (const caption of [...shown.keys()]) remove(caption);
    },
  };
}
