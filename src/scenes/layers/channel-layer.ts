/**
 * The channel frame: the inbox card, the phone, the text thread beside the person, the video-call
 * window around them, or two cups on the table in person. Its texts (sender, subject, caller,
 * receipt, call timer) come from the view; a new channel fades the old frame out and slides the
 * new one in from just below.
 */
import type * as Phaser from 'phaser';
import type { StageView } from '../../core/stage/stage-view';
import { callFrame, callOverlay, emailFrame, phoneFrame, textFrame, type FrameArt } from '../art/channel-frames';
import { deskSurfaceDepth } from '../art/desks';
import type { StageLayout } from '../stage-layout';
import { boxKey, cupSize, depth, type StageArt, type StageChange, type StagePicture } from '../stage-art';
import { drawPill, stageText } from '../stage-text';

export class ChannelLayer {
  /** Drawn behind the person (the video window) and in front of them (cards, overlays, tags). */
  private back: Phaser.GameObjects.Container | null = null;
  private front: Phaser.GameObjects.Container | null = null;
  private signature = '';
  private leaving: Phaser.GameObjects.Container[] = [];
  private timers: Phaser.GameObjects.Text[] = [];

  constructor(private readonly scene: Phaser.Scene) {}

  /** The call timer's texts in the current frame, for the CallTimer to tick. */
  get timerTexts(): readonly Phaser.GameObjects.Text[] {
    return this.timers;
  }

  show({ view, layout, art }: StagePicture, { before, animate, sceneChanged }: StageChange, timerLabel: string): void {
    const { scene } = this;
    const signature = [
      view.channel,
      art.frame,
      art.overlay,
      view.sender.name,
      view.sender.initials,
      view.channel === 'email' ? view.subject : '',
      view.channel === 'text' ? view.readReceipt : '',
      boxKey(layout.card ?? layout.video ?? layout.bust),
      layout.width,
      layout.height,
    ].join('|');
    if (signature === this.signature && this.front) {
      // Unchanged: just make sure an interrupted slide-in did not leave the frame half shown.
      for (const container of [this.back, this.front]) {
        if (container && !scene.tweens.isTweening(container)) container.setAlpha(1).setY(0);
      }
      return;
    }
    this.signature = signature;
    const channelChanged = before?.view.channel !== view.channel || sceneChanged;
    const slide = animate && channelChanged;
    // At most one frame is on its way out: one still fading from an earlier change goes at once.
    for (const container of this.leaving) container.destroy();
    this.leaving = [];
    const oldBack = this.back;
    const oldFront = this.front;
    this.timers = [];
    const back = scene.add.container(0, 0).setDepth(depth.channelBack);
    const front = scene.add.container(0, 0).setDepth(depth.channelFront);
    this.back = back;
    this.front = front;
    this.build(view, layout, art, back, front, timerLabel);

    const leave = (container: Phaser.GameObjects.Container | null) => {
      if (!container) return;
      scene.tweens.killTweensOf(container);
      if (!slide) {
        container.destroy();
        return;
      }
      this.leaving.push(container);
      scene.tweens.add({
        targets: container,
        alpha: 0,
        duration: 160,
        ease: 'Sine.easeIn',
        onComplete: () => {
          this.leaving = this.leaving.filter((c) => c !== container);
          container.destroy();
        },
      });
    };
    leave(oldBack);
    leave(oldFront);
    if (slide) {
      const lift = layout.unit * 0.8;
      for (const container of [back, front]) {
        container.setAlpha(0).setY(lift);
        scene.tweens.add({ targets: container, alpha: 1, y: 0, delay: 90, duration: 240, ease: 'Cubic.easeOut' });
      }
    }
  }

  private slotText(
    container: Phaser.GameObjects.Container,
    art: FrameArt,
    slotName: string,
    offset: { x: number; y: number },
    content: string,
  ): Phaser.GameObjects.Text | null {
    const slot = art.slots[slotName];
    if (!slot) return null;
    const text = stageText(this.scene, offset.x + slot.x, offset.y + slot.y, content, {
      size: slot.size,
      color: slot.color,
      bold: slot.bold,
      align: slot.align,
      maxWidth: slot.maxWidth,
    });
    container.add(text);
    return text;
  }

  private build(
    view: StageView,
    layout: StageLayout,
    art: StageArt,
    back: Phaser.GameObjects.Container,
    front: Phaser.GameObjects.Container,
    timerLabel: string,
  ): void {
    const { scene } = this;
    const channel = view.channel;
    if (!channel || !art.frame) return;
    const { name, initials } = view.sender;
    if (layout.card && (channel === 'email' || channel === 'phone' || channel === 'text')) {
      const card = layout.card;
      front.add(scene.add.image(card.x, card.y, art.frame).setOrigin(0, 0).setDisplaySize(card.w, card.h));
      const at = { x: card.x, y: card.y };
      if (channel === 'email') {
        const frame = emailFrame(card.w, card.h);
        this.slotText(front, frame, 'title', at, 'Inbox');
        this.slotText(front, frame, 'initials', at, initials);
        this.slotText(front, frame, 'sender', at, name);
        this.slotText(front, frame, 'to', at, 'to you');
        this.slotText(front, frame, 'subject', at, view.subject);
      } else if (channel === 'phone') {
        const frame = phoneFrame(card.w, card.h);
        this.slotText(front, frame, 'caller', at, name);
        const timer = this.slotText(front, frame, 'timer', at, timerLabel);
        if (timer) this.timers.push(timer);
        this.slotText(front, frame, 'initials', at, initials);
      } else {
        const frame = textFrame(card.w, card.h);
        this.slotText(front, frame, 'contact', at, name);
        this.slotText(front, frame, 'initials', at, initials);
        this.slotText(front, frame, 'receipt', at, view.readReceipt);
      }
    } else if (channel === 'call' && layout.video) {
      const video = layout.video;
      back.add(scene.add.image(video.x, video.y, art.frame).setOrigin(0, 0).setDisplaySize(video.w, video.h));
      const frame = callFrame(video.w, video.h, layout.videoToolbar, ['#000000', '#000000']);
      const timer = this.slotText(front, frame, 'timer', { x: video.x, y: video.y }, timerLabel);
      if (timer) this.timers.push(timer);
      if (art.overlay) {
        const overlay = callOverlay(video.w, video.h, layout.videoToolbar);
        front.add(
          scene.add
            .image(video.x, video.y, art.overlay)
            .setOrigin(0, 0)
            .setDisplaySize(video.w, video.h - layout.videoToolbar),
        );
        this.slotText(front, overlay, 'you', { x: video.x, y: video.y }, 'You');
      }
      // The caller's name tag, top left of the video as in most call apps.
      const size = layout.text.small;
      const tagH = size * 2;
      const label = stageText(scene, 0, 0, name, { size, color: '#ffffff', bold: true, maxWidth: video.w * 0.5 });
      const tagW = label.width + size * 1.4;
      const tagX = video.x + layout.unit * 0.7;
      const tagY = video.y + layout.unit * 0.7;
      const tag = scene.add.graphics();
      drawPill(tag, tagX, tagY, tagW, tagH, { fill: '#26242c', alpha: 0.72, border: null });
      label.setPosition(Math.round(tagX + size * 0.7), Math.round(tagY + tagH / 2));
      front.add([tag, label]);
    } else if (channel === 'in-person') {
      const size = cupSize(layout);
      const bust = layout.bust;
      const y = layout.deskY + deskSurfaceDepth(layout.visible.h - layout.deskY, layout.unit) * 0.92 - size * 0.86;
      front.add(
        scene.add
          .image(bust.x + bust.w * 0.92 - size * 0.3, y, art.frame)
          .setOrigin(0, 0)
          .setDisplaySize(size, size),
      );
      front.add(
        scene.add
          .image(bust.x + bust.w * 0.08 - size * 0.7, y, art.frame)
          .setOrigin(0, 0)
          .setDisplaySize(size, size)
          .setFlipX(true),
      );
    }
  }

  destroy(): void {
    for (const container of [this.back, this.front, ...this.leaving]) container?.destroy();
    this.back = this.front = null;
    this.leaving = [];
  }
}
