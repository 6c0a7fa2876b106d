/** The room behind the counterpart (or the menu's glasshouse), crossfading when the scene changes. */
import type * as Phaser from 'phaser';
import { mix } from '../art/svg';
import { roomPalette } from '../art/room-parts';
import { depth, type StageChange, type StagePicture } from '../stage-art';

export class BackdropLayer {
  private image: Phaser.GameObjects.Image | null = null;
  /** The previous backdrop while the new one fades in over it. */
  private fading: Phaser.GameObjects.Image | null = null;

  constructor(private readonly scene: Phaser.Scene) {}

  show({ view, layout, art }: StagePicture, { animate, sceneChanged }: StageChange): void {
    const { scene } = this;
    const R = layout.visible;
    scene.cameras.main.setBackgroundColor(view.kind === 'menu' ? '#f9efe4' : mix(roomPalette(view.room).wallBottom, '#fbf6ef', 0.4));
    if (this.image && this.image.texture.key === art.backdrop) {
      this.image.setDisplaySize(R.w, R.h);
      return;
    }
    const next = scene.add.image(0, 0, art.backdrop).setOrigin(0, 0).setDepth(depth.backdrop);
    next.setDisplaySize(R.w, R.h);
    const old = this.image;
    this.image = next;
    // A backdrop still under a crossfade from an earlier change goes at once.
    this.fading?.destroy();
    this.fading = null;
    if (!old) return;
    scene.tweens.killTweensOf(old);
    if (animate && sceneChanged) {
      old.setAlpha(1);
      this.fading = old;
      next.setAlpha(0);
      scene.tweens.add({
        targets: next,
        alpha: 1,
        duration: 320,
        ease: 'Sine.easeInOut',
        onComplete: () => {
          if (this.fading === old) this.fading = null;
          old.destroy();
        },
      });
    } else old.destroy();
  }
}
