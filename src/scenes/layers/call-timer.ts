/**
 * The running clock of a phone or video call: it starts when a call begins in play and ticks the
 * channel frame's timer texts once a second, with or without reduced motion (a clock is
 * information, not decoration). Runs on the page's clock, which keeps going while the loop sleeps.
 */
import type * as Phaser from 'phaser';
import { formatCallTimer, type StageView } from '../../core/stage/stage-view';

function onCall(view: StageView | null): boolean {
  return view !== null && view.screen === 'play' && (view.channel === 'phone' || view.channel === 'call');
}

export class CallTimer {
  private startedAt = 0;
  private interval = 0;

  constructor(private readonly requestFrame: () => void) {}

  /** What the timer reads now, such as "00:42"; "00:00" off a call. */
  get label(): string {
    const seconds = this.startedAt ? Math.max(0, Math.floor((Date.now() - this.startedAt) / 1000)) : 0;
    return formatCallTimer(seconds);
  }

  /** Follows the view: a new call starts the count, the same call keeps it, no call stops it. */
  follow(view: StageView, before: StageView | null, texts: readonly Phaser.GameObjects.Text[]): void {
    const sameCall = onCall(before) && before?.channel === view.channel;
    if (onCall(view) && !sameCall) this.startedAt = Date.now();
    if (!onCall(view)) this.startedAt = 0;
    window.clearInterval(this.interval);
    this.interval = 0;
    const tick = () => {
      const label = this.label;
      let changed = false;
      for (const text of texts) {
        if (text.active && text.text !== label) {
          text.setText(label);
          changed = true;
        }
      }
      if (changed) this.requestFrame();
    };
    tick();
    if (onCall(view)) this.interval = window.setInterval(tick, 1000);
  }

  stop(): void {
    window.clearInterval(this.interval);
    this.interval = 0;
  }
}
