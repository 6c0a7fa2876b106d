/**
 * The person on stage: the bust, the face for the mood (crossfading when it changes), the closed
 * eyes of a blink, and the desk in front that hides where the bust is cut off. A channel change
 * moves the bust (into a video window, beside a phone), and the person glides there.
 */
import type * as Phaser from 'phaser';
import type { Box } from '../stage-layout';
import { boxKey, depth, faceBox, type StageChange, type StagePicture } from '../stage-art';
import type { BlinkTargets } from './blinking';

export class PersonLayer {
  private bust: Phaser.GameObjects.Image | null = null;
  private face: Phaser.GameObjects.Image | null = null;
  /** The previous expression while it fades out under the new one. */
  private fadingFace: Phaser.GameObjects.Image | null = null;
  private blink: Phaser.GameObjects.Image | null = null;
  private desk: Phaser.GameObjects.Image | null = null;
  private eyesShut = false;

  constructor(private readonly scene: Phaser.Scene) {}

  /** The face to blink, unless nobody is on stage or the eyes are already shut (delighted). */
  blinkTargets(): BlinkTargets | null {
    return this.face && this.blink && !this.eyesShut ? { face: this.face, blink: this.blink } : null;
  }

  show(picture: StagePicture, change: StageChange): void {
    const { view, art } = picture;
    this.eyesShut = view.mood === 'delighted';
    if (view.kind === 'menu' || !art.bust) {
      this.leave(change.animate);
      return;
    }
    if (!this.bust || change.sceneChanged) this.enter(picture, change);
    else this.update(picture, change);
    this.showDesk(picture, change);
  }

  private leave(animate: boolean): void {
    this.fadingFace?.destroy();
    this.fadingFace = null;
    for (const image of [this.bust, this.face, this.blink, this.desk]) {
      if (!image) continue;
      if (animate) this.scene.tweens.add({ targets: image, alpha: 0, duration: 200, onComplete: () => image.destroy() });
      else image.destroy();
    }
    this.bust = this.face = this.blink = this.desk = null;
  }

  private enter({ view, layout, art }: StagePicture, { animate }: StageChange): void {
    const { scene } = this;
    const box = layout.bust;
    const face = faceBox(box);
    const faceKey = art.faces.get(view.mood) ?? '';
    const appear = (image: Phaser.GameObjects.Image, target: Box) => {
      placeAt(image, target);
      if (animate) {
        image.setAlpha(0);
        image.y += layout.unit * 0.6;
        scene.tweens.add({ targets: image, alpha: 1, y: target.y, duration: 320, ease: 'Cubic.easeOut' });
      }
      return image;
    };
    for (const image of [this.bust, this.face, this.blink, this.fadingFace]) image?.destroy();
    this.fadingFace = null;
    this.bust = appear(
      scene.add
        .image(0, 0, art.bust ?? '')
        .setOrigin(0, 0)
        .setDepth(depth.bust),
      box,
    );
    this.face = appear(scene.add.image(0, 0, faceKey).setOrigin(0, 0).setDepth(depth.face), face);
    this.blink = placeAt(
      scene.add
        .image(0, 0, art.blink ?? faceKey)
        .setOrigin(0, 0)
        .setDepth(depth.blink),
      face,
    ).setVisible(false);
  }

  private update({ view, layout, art }: StagePicture, { before, animate }: StageChange): void {
    const { scene } = this;
    const box = layout.bust;
    const face = faceBox(box);
    const faceKey = art.faces.get(view.mood) ?? '';
    if (art.bust) this.bust?.setTexture(art.bust);
    if (art.blink) this.blink?.setTexture(art.blink);
    const moved = before !== null && boxKey(before.layout.bust) !== boxKey(box);
    const glide = (image: Phaser.GameObjects.Image, target: Box) =>
      scene.tweens.add({
        targets: image,
        x: target.x,
        y: target.y,
        scaleX: target.w / image.width,
        scaleY: target.h / image.height,
        duration: 280,
        ease: 'Cubic.easeInOut',
      });
    const parts: [Phaser.GameObjects.Image | null, Box][] = [
      [this.bust, box],
      [this.face, face],
      [this.blink, face],
    ];
    for (const [image, target] of parts) {
      if (!image) continue;
      if (moved && animate) glide(image, target);
      else {
        scene.tweens.killTweensOf(image);
        placeAt(image, target).setAlpha(1);
      }
    }
    if (!this.face || this.face.texture.key === faceKey) return;
    const changedFace = before !== null && (before.view.mood !== view.mood || before.view.person !== view.person);
    if (!(animate && changedFace)) {
      this.face.setTexture(faceKey);
      if (!moved || !animate) placeAt(this.face, face);
      return;
    }
    // The expression change: the new face fades in over the old one in 200 ms.
    const old = this.face;
    this.fadingFace?.destroy();
    this.fadingFace = old;
    scene.tweens.killTweensOf(old);
    const next = scene.add.image(old.x, old.y, faceKey).setOrigin(0, 0).setDepth(depth.face).setScale(old.scaleX, old.scaleY).setAlpha(0);
    if (moved) glide(next, face);
    this.face = next;
    scene.tweens.add({ targets: next, alpha: 1, duration: 200, ease: 'Sine.easeOut' });
    scene.tweens.add({
      targets: old,
      alpha: 0,
      duration: 200,
      ease: 'Sine.easeIn',
      onComplete: () => {
        if (this.fadingFace === old) this.fadingFace = null;
        old.destroy();
      },
    });
  }

  /** The desk hides the bust's cut-off bottom; a video call frames the bust instead. */
  private showDesk({ view, layout, art }: StagePicture, { animate, sceneChanged }: StageChange): void {
    if (!art.desk) return;
    const { scene } = this;
    const wanted = view.channel !== 'call';
    const deskH = layout.visible.h - layout.deskY;
    if (!this.desk || this.desk.texture.key !== art.desk) {
      this.desk?.destroy();
      this.desk = scene.add.image(0, layout.deskY, art.desk).setOrigin(0, 0).setDepth(depth.desk);
      this.desk.setAlpha(wanted ? 1 : 0);
      if (animate && sceneChanged) {
        this.desk.setAlpha(0);
        if (wanted) scene.tweens.add({ targets: this.desk, alpha: 1, duration: 320 });
      }
    }
    this.desk.setPosition(0, layout.deskY).setDisplaySize(layout.visible.w, deskH);
    const target = wanted ? 1 : 0;
    if (this.desk.alpha !== target && !(animate && sceneChanged)) {
      if (animate) scene.tweens.add({ targets: this.desk, alpha: target, duration: 240 });
      else this.desk.setAlpha(target);
    }
  }
}

function placeAt(image: Phaser.GameObjects.Image, target: Box): Phaser.GameObjects.Image {
  return image.setPosition(target.x, target.y).setDisplaySize(target.w, target.h);
}
