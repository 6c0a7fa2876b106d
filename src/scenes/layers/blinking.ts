/**
 * A brief, unobtrusive blink every few seconds; none with reduced motion, with eyes already shut
 * (delighted), or while the face is changing. Runs on the page's clock: Phaser's clock stands still
 * while the game loop sleeps (see boot-stage).
 */
import type * as Phaser from 'phaser';

export interface BlinkTargets {
  face: Phaser.GameObjects.Image;
  blink: Phaser.GameObjects.Image;
}

export class Blinking {
  private timer = 0;
  private stopped = false;

  constructor(
    private readonly scene: Phaser.Scene,
    /** The face to blink now, or null when nobody should. */
    private readonly targets: () => BlinkTargets | null,
    private readonly requestFrame: () => void,
  ) {}

  /** Schedules the next blink unless one is already scheduled. */
  schedule(): void {
    if (this.timer || this.stopped) return;
    this.timer = window.setTimeout(
      () => {
        this.timer = 0;
        const targets = this.targets();
        if (targets && !this.scene.tweens.isTweening(targets.face)) {
          const { face, blink } = targets;
          blink.setPosition(face.x, face.y).setScale(face.scaleX, face.scaleY);
          // A tween, not a timer, holds the eyes shut: a running tween keeps the game loop awake.
          this.scene.tweens.add({
            targets: blink,
            alpha: { from: 1, to: 1 },
            duration: 120,
            onStart: () => blink.setVisible(true),
            onComplete: () => blink.setVisible(false),
          });
          this.requestFrame();
        }
        this.schedule();
      },
      3800 + Math.random() * 3500,
    );
  }

  stop(): void {
    this.stopped = true;
    window.clearTimeout(this.timer);
    this.timer = 0;
  }
}
