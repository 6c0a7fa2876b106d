/** The badges at the top of the stage: the timeline stamp and the channel, each with an icon. */
import type * as Phaser from 'phaser';
import type { StageArt } from '../stage-art';
import { depth, type StagePicture } from '../stage-art';
import { colors, drawPill, stageText } from '../stage-text';

export class BadgesLayer {
  private container: Phaser.GameObjects.Container | null = null;

  constructor(private readonly scene: Phaser.Scene) {}

  show({ view, layout, art }: StagePicture): void {
    const { scene } = this;
    this.container?.destroy();
    this.container = null;
    if (view.kind === 'menu') return;
    const container = scene.add.container(0, 0).setDepth(depth.badges);
    const { x: startX, y: startY, h } = layout.badges;
    const size = layout.text.body;
    const iconSize = Math.round(h * 0.56);
    const items: { icon: StageArt['channelIcon']; text: string; bold: boolean }[] = [];
    if (view.time) items.push({ icon: art.calendarIcon, text: view.time, bold: true });
    if (view.channelName) items.push({ icon: art.channelIcon, text: view.channelName, bold: false });
    let x = startX;
    let y = startY;
    for (const item of items) {
      const text = stageText(scene, 0, 0, item.text, {
        size,
        bold: item.bold,
        color: colors.ink,
        maxWidth: layout.badges.maxRight - startX - h * 1.4,
      });
      const w = h * 0.42 + iconSize + h * 0.28 + text.width + h * 0.5;
      if (x > startX && (layout.badges.stack || x + w > layout.badges.maxRight)) {
        x = startX;
        y += h + layout.unit * 0.5;
      }
      const background = scene.add.graphics();
      drawPill(background, x, y, w, h);
      container.add(background);
      if (item.icon)
        container.add(scene.add.image(Math.round(x + h * 0.42), Math.round(y + (h - iconSize) / 2), item.icon).setOrigin(0, 0));
      text.setPosition(Math.round(x + h * 0.42 + iconSize + h * 0.28), Math.round(y + h / 2));
      container.add(text);
      x += w + layout.unit * 0.5;
    }
    this.container = container;
  }
}
