/**
 * The words across the bottom of the bust: the mood (so it never rests on the face alone), or who
 * is there instead of the counterpart; on the briefing, a card with the counterpart's name and
 * description in the meters' place.
 */
import type * as Phaser from 'phaser';
import type { StageView } from '../../core/stage/stage-view';
import { colorNumber } from '../art/svg';
import type { StageLayout } from '../stage-layout';
import { depth } from '../stage-art';
import { colors, drawPill, fontFamily, stageText, textResolution } from '../stage-text';

export class LabelLayer {
  private container: Phaser.GameObjects.Container | null = null;

  constructor(private readonly scene: Phaser.Scene) {}

  show(view: StageView, layout: StageLayout, fadeIn: boolean): void {
    this.container?.destroy();
    this.container = null;
    if (view.kind === 'menu') return;
    const container = this.scene.add.container(0, 0).setDepth(depth.label);
    if (view.screen === 'briefing') this.nameCard(container, view, layout);
    else this.pill(container, view, layout);
    this.container = container;
    if (fadeIn) {
      container.setAlpha(0);
      this.scene.tweens.add({ targets: container, alpha: 1, duration: 200 });
    }
  }

  private pill(container: Phaser.GameObjects.Container, view: StageView, layout: StageLayout): void {
    const { scene } = this;
    const size = layout.text.label;
    const anchor = layout.moodLabel;
    const caption = stageText(scene, 0, 0, view.label.caption, { size: layout.text.small, color: colors.inkSoft });
    const title = stageText(scene, 0, 0, view.label.text, {
      size,
      bold: true,
      color: colors.ink,
      maxWidth: Math.max(size * 4, anchor.maxRight - layout.pad - caption.width - size * 2.5),
    });
    const padX = size * 0.8;
    const gap = size * 0.45;
    const h = size * 1.9;
    const w = caption.width + gap + title.width + padX * 2;
    let x = anchor.inside ? anchor.x - w : anchor.x - w / 2;
    x = Math.max(layout.pad * 0.5, Math.min(anchor.maxRight - w, x));
    const background = scene.add.graphics();
    drawPill(background, x, anchor.y, w, h);
    caption.setPosition(Math.round(x + padX), Math.round(anchor.y + h / 2));
    title.setPosition(Math.round(x + padX + caption.width + gap), Math.round(anchor.y + h / 2));
    container.add([background, caption, title]);
  }

  private nameCard(container: Phaser.GameObjects.Container, view: StageView, layout: StageLayout): void {
    const { scene } = this;
    const box = layout.nameCard;
    const inner = layout.unit * 0.85;
    const maxWidth = box.w - inner * 2;
    const name = stageText(scene, 0, 0, view.counterpart.name, { size: layout.text.label * 1.08, bold: true, color: colors.ink, maxWidth });
    const role = view.counterpart.role
      ? scene.add.text(0, 0, view.counterpart.role, {
          fontFamily,
          fontSize: `${Math.max(8, Math.round(layout.text.small))}px`,
          color: colors.inkSoft,
          resolution: textResolution(),
          wordWrap: { width: maxWidth, useAdvancedWrap: true },
          maxLines: 3,
        })
      : null;
    const nameH = name.height;
    const h = Math.min(inner * 2 + nameH + (role ? role.height + layout.unit * 0.2 : 0), box.h + inner);
    const background = scene.add.graphics();
    background.fillStyle(colorNumber(colors.card), 0.95);
    background.fillRoundedRect(box.x, box.y, box.w, h, layout.unit * 0.7);
    background.lineStyle(Math.max(1, layout.unit * 0.07), colorNumber(colors.line), 1);
    background.strokeRoundedRect(box.x, box.y, box.w, h, layout.unit * 0.7);
    name.setPosition(Math.round(box.x + inner), Math.round(box.y + inner + nameH / 2));
    container.add([background, name]);
    if (role) {
      role.setPosition(Math.round(box.x + inner), Math.round(box.y + inner + nameH + layout.unit * 0.2));
      container.add(role);
    }
  }
}
