/**
 * The visual cue for every sound: a short caption such as "♪ Phone ringing" at the bottom left,
 * shown for a moment and read out politely by screen readers. Text only ever goes in with
 * `textContent`.
 */
import { injectStyleOnce } from './inject-style';

export interface CaptionArea {
  readonly element: HTMLElement;
  show(text: string): void;
  /** Follows the settings' `captions` flag; turning it off clears what is shown. */
  setEnabled(on: boolean): void;
}

/** Long enough to read a short caption twice; short enough not to linger over the next one. */
export const captionShowMs = 2500;
/** Older captions give way beyond this, so a burst of sounds never covers the screen. */
export const mostCaptionsShown = 3;

export const captionStyleId = 'sound-captions-style';

// White on a near-black pill at 88% opacity stays above 12:1 even over a white page.
// They sit in the strip the stage keeps free just above its meters (the stage sets the
// --stage-captions-* properties; without it they take about the same place), in compact pills that
// wrap into at most two rows, so they never cover the channel frame or the conversation; at the
// top of the stage strip on narrow windows.
const captionCss = `
.sound-captions {
  position: fixed;
  left: var(--stage-captions-left, 1rem);
  bottom: var(--stage-captions-bottom, calc(22vh + 0.5rem));
  z-index: 30;
  display: flex;
  flex-flow: row wrap-reverse;
  align-items: flex-end;
  align-content: flex-start;
  gap: 0.3em 0.4em;
  width: var(--stage-captions-width, min(28em, calc(100vw - 2rem)));
  max-height: var(--stage-captions-height, none);
  overflow: hidden;
  margin: 0;
  pointer-events: none;
  font-size: 0.9em;
  line-height: 1.3;
}
.sound-captions[hidden] { display: none; }
.sound-caption {
  margin: 0;
  padding: 0.25em 0.8em;
  white-space: nowrap;
  border-radius: 999px;
  background: rgba(22, 20, 28, 0.88);
  color: #ffffff;
  box-shadow: 0 0.15em 0.6em rgba(0, 0, 0, 0.25);
  animation: sound-caption-in 180ms ease-out;
}
.sound-caption-mark { margin-right: 0.4em; }
@keyframes sound-caption-in {
  from { opacity: 0; transform: translateX(-0.75em); }
  to { opacity: 1; transform: none; }
}
@media (max-aspect-ratio: 1/1), (max-width: 760px) {
  .sound-captions { top: 0.5rem; bottom: auto; left: 1rem; width: calc(100vw - 2rem); max-height: none; flex-flow: column nowrap; align-items: flex-start; }
}
@media (prefers-reduced-motion: reduce) {
  .sound-caption { animation: none; }
}
@media (forced-colors: active) {
  .sound-caption { border: 1px solid CanvasText; }
}
`;

export function createCaptionArea(doc: Document = document): CaptionArea {
  injectStyleOnce(captionStyleId, captionCss, doc);
  const element = doc.createElement('div');
  element.className = 'sound-captions';
  element.setAttribute('role', 'status');
  element.setAttribute('aria-live', 'polite');
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
    shown.set(caption, setTimeout(() => remove(caption), captionShowMs));
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
      const caption = doc.createElement('p');
      caption.className = 'sound-caption';
      caption.dataset.text = text;
      const mark = doc.createElement('span');
      mark.className = 'sound-caption-mark';
      mark.setAttribute('aria-hidden', 'true');
      mark.textContent = '♪';
      const words = doc.createElement('span');
      words.textContent = text;
      caption.append(mark, words);
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
