/**
 * What a facilitator does and sees in projector mode, in any engine: the room's screen stepped by
 * clicker keys, and the presenter window beside it. Only the stable hooks of the two views are
 * read: `.projector` and its `data-*` place, `.projector-options button[data-option]`, the
 * presenter's `data-connected`, `data-revealed`, `data-blanked`, `data-command` and `data-pick`.
 */
import type { EnginePage } from './engine-page';
import type { KeyName } from './engine-driver';

export const projectorQuery = (id: string) => `?mode=projector&scenario=${id}`;

export interface ProjectorPlace {
  /** The open decision's number from 0, or "end". */
  decision: string;
  linesShown: number;
  /** The highlighted option's number key, or "". */
  highlighted: string;
  prompt: string;
  /** The text of the newest line on the room's screen, or "". */
  newestLine: string;
  blanked: boolean;
}

export function projectorPlace(page: EnginePage): Promise<ProjectorPlace> {
  return page.evaluate(() => {
    const section = document.querySelector<HTMLElement>('.projector');
    const lines = [...document.querySelectorAll('.projector-lines .line .text')];
    return {
      decision: section?.dataset.decision ?? '',
      linesShown: Number(section?.dataset.linesShown ?? Number.NaN),
      highlighted: section?.dataset.highlighted ?? '',
      prompt: document.querySelector('.projector-prompt')?.textContent ?? '',
      newestLine: lines.at(-1)?.textContent ?? '',
      blanked: document.querySelector<HTMLElement>('.projector-blank')?.hidden === false,
    };
  });
}

/** The options on the room's screen, in the order shown, with the scores `R` revealed (or ""). */
export function projectorOptions(page: EnginePage): Promise<{ key: string; label: string; revealed: string }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLButtonElement>('.projector-options button[data-option]')].map((button) => ({
      key: button.dataset.option ?? '',
      label: button.querySelector('.label')?.textContent ?? '',
      revealed: button.querySelector('.revealed')?.textContent ?? '',
    })),
  );
}

/** Presses PageDown, as a clicker does, until the options are on screen and take input. */
export async function pageDownToOptions(page: EnginePage, limit = 30): Promise<void> {
  const ready = () => page.evaluate(() => !!document.querySelector('.projector-options button[data-option]:enabled'));
  for (let i = 0; i < limit && !(await page.evaluate(() => !!document.querySelector('.projector-options button[data-option]'))); i++)
    await page.press('PageDown');
  if (!(await ready())) await page.waitFor('.projector-options button[data-option]:enabled');
}

/** Presses PageDown once and waits until the room's screen has moved on from `before`. */
export async function pageDownOnce(page: EnginePage): Promise<ProjectorPlace> {
  const before = await projectorPlace(page);
  await page.press('PageDown');
  await page.waitUntil(
    'the projector to move on after PageDown',
    (was: { decision: string; linesShown: number; prompt: string }) => {
      const section = document.querySelector<HTMLElement>('.projector');
      return (
        !section ||
        section.dataset.decision !== was.decision ||
        Number(section.dataset.linesShown) !== was.linesShown ||
        document.querySelector('.projector-prompt')?.textContent !== was.prompt
      );
    },
    { decision: before.decision, linesShown: before.linesShown, prompt: before.prompt },
  );
  return projectorPlace(page);
}

/** Takes the option with this label by its number key (the shown order is read from the screen). */
export async function pickByKey(page: EnginePage, label: string): Promise<void> {
  await pageDownToOptions(page);
  const option = (await projectorOptions(page)).find((o) => o.label === label);
  if (!option)
    throw new Error(
      `${page.engine}: “${label}” is not on the projector; shown: ${(await projectorOptions(page)).map((o) => o.label).join(' | ')}`,
    );
  await page.press(option.key as KeyName);
  await page.waitUntil(
    'the room’s pick to show',
    (l: string) => document.querySelector('.projector-prompt')?.textContent?.includes(`“${l}”`),
    label,
  );
}

export interface PresenterView {
  connected: boolean;
  /** What the presenter window says is on the room's screen now. */
  now: string;
  discuss: string;
  revealed: boolean;
  blanked: boolean;
  timerRunning: boolean;
  /** Each option as "N. label", with its score changes. */
  options: { label: string; deltas: string }[];
}

export function presenterView(presenter: EnginePage): Promise<PresenterView> {
  return presenter.evaluate(() => {
    const flags = document.querySelector<HTMLElement>('.presenter-flags');
    return {
      connected: document.querySelector<HTMLElement>('.presenter-status')?.dataset.connected === 'true',
      now: document.querySelector('.presenter-now p')?.textContent ?? '',
      discuss: document.querySelector('.presenter-discuss')?.textContent ?? '',
      revealed: flags?.dataset.revealed === 'true',
      blanked: flags?.dataset.blanked === 'true',
      timerRunning: document.querySelector<HTMLElement>('.presenter-timer')?.dataset.running === 'true',
      options: [...document.querySelectorAll('.presenter-options li')].map((item) => ({
        label: item.querySelector('.presenter-option-label')?.textContent ?? '',
        deltas: item.querySelector('.presenter-deltas')?.textContent ?? '',
      })),
    };
  });
}

/** Waits until the presenter window shows what `check` looks for, and returns what it shows. */
export async function presenterShows(
  presenter: EnginePage,
  description: string,
  check: (view: PresenterView) => boolean,
): Promise<PresenterView> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const view = await presenterView(presenter);
    if (check(view)) return view;
    if (Date.now() > deadline)
      throw new Error(`${presenter.engine}: the presenter window never showed ${description}; it shows ${JSON.stringify(view)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
