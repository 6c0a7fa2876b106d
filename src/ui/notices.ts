/**
 * The notices above the screen: what the saved data needs the learner to know (blocked storage, a
 * save set aside, a story that changed, storage full) and the game's own messages. Each can be
 * dismissed; the store withdraws its own as soon as they are no longer true. They sit in the page's
 * flow above the screen, so they never cover a control.
 */
import { datedFileName, type DownloadText, type SavedDataStore, type StorageNotice } from '../app/store';
import { el } from '../dom/el';

export class NoticesArea {
  readonly element: HTMLElement;
  private readonly messages = new Map<number, string>();
  private nextMessage = 0;

  constructor(
    private readonly store: SavedDataStore,
    private readonly download: DownloadText,
  ) {
    this.element = el('div', { class: 'notices', role: 'status', 'aria-live': 'polite' });
    store.events.on('notices', () => this.render());
    this.render();
  }

  /** A plain sentence from the game (a story that would not load, a link's bad value). */
  say(message: string): void {
    if ([...this.messages.values()].includes(message)) return;
    this.messages.set(this.nextMessage++, message);
    this.render();
  }

  private render(): void {
    const items = this.store.notices().map((notice) => this.storeNotice(notice));
    for (const [id, message] of this.messages) {
      items.push(
        this.notice(message, 'message', [], () => {
          this.messages.delete(id);
          this.render();
        }),
      );
    }
    this.element.replaceChildren(...items);
  }

  private storeNotice(notice: StorageNotice): HTMLElement {
    const actions: HTMLElement[] = [];
    if (notice.kind === 'story-changed') {
      actions.push(el('button', { type: 'button', onclick: () => this.store.startFresh(notice.scenarioId) }, 'Start it afresh'));
    }
    if (notice.kind === 'held') {
      actions.push(
        el(
          'button',
          {
            type: 'button',
            onclick: () =>
              this.download(
                datedFileName(`glasshouse-unreadable-${notice.part}`, 'txt'),
                this.store.heldValue(notice.key) ?? '',
                'text/plain',
              ),
          },
          'Download a copy',
        ),
        el('button', { type: 'button', onclick: () => this.store.discardHeld(notice.key) }, 'Clear it'),
      );
    }
    return this.notice(notice.message, notice.kind, actions, () => this.store.dismiss(notice.id));
  }

  private notice(message: string, kind: string, actions: HTMLElement[], dismiss: () => void): HTMLElement {
    return el(
      'div',
      { class: 'notice', 'data-notice': kind },
      el('p', {}, message),
      el('div', { class: 'notice-actions' }, ...actions, el('button', { type: 'button', class: 'link', onclick: dismiss }, 'Dismiss')),
    );
  }
}
