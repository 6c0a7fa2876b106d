/**
 * What the learner is told about their saved data: one plain sentence each, said once per visit,
 * dismissable, and withdrawn as soon as it is no longer true.
 */
import type { PartName } from '../../core/records/saved-data-v2';

export type StorageNotice =
  /** Storage is blocked: the game plays, and keeps everything in memory until the tab closes. */
  | { id: 'storage-unavailable'; kind: 'storage-unavailable'; message: string }
  /** A write failed (storage full or refused): what did not fit is kept in memory and retried. */
  | { id: 'save-failed'; kind: 'save-failed'; message: string }
  /** A part (or some of its entries) could not be read and was copied aside under `key`. */
  | { id: `set-aside:${string}`; kind: 'set-aside'; part: PartName | 'v1'; key: string; message: string }
  /**
   * A part could not be read and is too large to copy aside: it is left in place, and that part is
   * not saved over it until the learner downloads it (`heldValue`) and clears it (`discardHeld`).
   */
  | { id: `held:${string}`; kind: 'held'; part: PartName | 'v1'; key: string; size: number; message: string }
  /** An unfinished scenario was saved on another version of its story: offer a fresh start. */
  | { id: `story-changed:${string}`; kind: 'story-changed'; scenarioId: string; message: string };

export const noticeText = {
  unavailable: 'This browser does not let the game save, so your progress and results are kept only until you close this tab.',
  full: "This browser's storage for the game is full, so some progress could not be saved. You can play on; your results are saved first, and the rest is kept until you close this tab.",
  refused: 'This browser refused to save some progress. You can play on; what could not be saved is kept until you close this tab.',
  setAside: (what: string) => `${what} A copy was set aside, so nothing is lost, and the game carries on without it.`,
  held: (what: string) =>
    `${what} It is too large to copy aside, so it was left as it is: download a copy, then clear it, so that new progress can be saved.`,
  storyChanged: (title: string) =>
    `“${title}” has changed since you last played it, so your unfinished attempt cannot resume where you left it. You can start it afresh.`,
};

/** Keeps the notices that are true now; each id is raised at most once per visit. */
export class NoticeBoard {
  private readonly shown = new Map<string, StorageNotice>();
  private readonly raised = new Set<string>();

  constructor(private readonly changed: () => void) {}

  list(): StorageNotice[] {
    return [...this.shown.values()];
  }

  raise(notice: StorageNotice): void {
    if (this.raised.has(notice.id)) return;
    this.raised.add(notice.id);
    this.shown.set(notice.id, notice);
    this.changed();
  }

  /** Removes a notice the learner dismissed, or one that is no longer true. */
  withdraw(id: string): void {
    if (this.shown.delete(id)) this.changed();
  }

  /** Lets a notice be raised again, after what it said was resolved (a new held value, say). */
  forget(id: string): void {
    this.raised.delete(id);
    this.withdraw(id);
  }

  has(id: string): boolean {
    return this.shown.has(id);
  }
}
