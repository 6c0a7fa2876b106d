/**
 * The live meters (trust, reputation): a name, the value as "6/10" and a bar, so no meter depends
 * on colour alone. A change eases the bar to its new value and floats a small "+1" or "-2".
 */
import type * as Phaser from 'phaser';
import type { MeterName, Meters } from '../core/story/meters';
import { colorNumber } from './art/svg';
import type { Box } from './stage-layout';
import { colors, stageText } from './stage-text';

const meterOrder: MeterName[] = ['trust', 'reputation'];
const meterLabels: Record<MeterName, string> = { trust: 'Trust', reputation: 'Reputation' };
const meterColors: Record<MeterName, string> = { trust: '#2f6f73', reputation: '#b5562e' };
const meterMax = 10;

interface MeterRow {
  name: MeterName;
  value: number;
  /** The value the bar shows, which eases towards `value`. */
  shown: number;
  tween: Phaser.Tweens.Tween | null;
  valueText: Phaser.GameObjects.Text;
  bar: Phaser.GameObjects.Graphics;
  barBox: Box;
}

export class MetersPanel {
  private readonly container: Phaser.GameObjects.Container;
  private rows: MeterRow[] = [];
  private box: Box | null = null;
  private unit = 16;
  private textSize = 14;

  private readonly timers = new Set<number>();

  /** `requestFrame` asks for a redraw after a change made outside a tween. */
  constructor(
    private readonly scene: Phaser.Scene,
    depth: number,
    private readonly requestFrame: () => void,
  ) {
    this.container = scene.add.container(0, 0).setDepth(depth);
  }

  /**
   * Shows `meters` in `box`. With `animate`, a value that changed since the last call eases and
   * floats its difference; otherwise the bars jump (first appearance, a resize, reduced motion).
   */
  show(box: Box | null, meters: Meters, unit: number, textSize: number, options: { animate: boolean; announce: boolean }): void {
    const names = meterOrder.filter((name) => typeof meters[name] === 'number');
    const previous = new Map(this.rows.map((row) => [row.name, row]));
    const sameShape =
      box !== null &&
      this.box !== null &&
      sameBox(box, this.box) &&
      names.join() === this.rows.map((r) => r.name).join() &&
      unit === this.unit;
    if (!box || names.length === 0) {
      this.clear();
      this.box = null;
      return;
    }
    if (!sameShape) {
      this.rebuild(box, names, unit, textSize, meters, previous);
    }
    for (const row of this.rows) {
      const next = clampMeter(meters[row.name] ?? 0);
      if (next === row.value) continue;
      const difference = next - row.value;
      row.value = next;
      row.valueText.setText(`${formatMeter(next)}/${meterMax}`);
      row.tween?.stop();
      if (options.animate) {
        row.tween = this.scene.tweens.addCounter({
          from: row.shown,
          to: next,
          duration: 400,
          ease: 'Cubic.easeOut',
          onUpdate: (tween) => {
            row.shown = tween.getValue() ?? next;
            this.drawBar(row);
          },
        });
      } else {
        row.shown = next;
        this.drawBar(row);
      }
      if (options.announce) this.floatDifference(row, difference, options.animate);
    }
  }

  private rebuild(box: Box, names: MeterName[], unit: number, textSize: number, meters: Meters, previous: Map<MeterName, MeterRow>): void {
    this.clear();
    this.box = { ...box };
    this.unit = unit;
    this.textSize = textSize;
    const background = this.scene.add.graphics();
    background.fillStyle(colorNumber(colors.card), 0.95);
    background.fillRoundedRect(box.x, box.y, box.w, box.h, unit * 0.7);
    background.lineStyle(Math.max(1, unit * 0.07), colorNumber(colors.line), 1);
    background.strokeRoundedRect(box.x, box.y, box.w, box.h, unit * 0.7);
    this.container.add(background);
    const inner = unit * 0.85;
    names.forEach((name, index) => {
      const top = box.y + inner + index * unit * 2.5;
      const old = previous.get(name);
      const value = old ? old.value : clampMeter(meters[name] ?? 0);
      const label = stageText(this.scene, box.x + inner, top + unit * 0.55, meterLabels[name], {
        size: textSize,
        bold: true,
        color: colors.ink,
      });
      const valueText = stageText(this.scene, box.x + box.w - inner, top + unit * 0.55, `${formatMeter(value)}/${meterMax}`, {
        size: textSize,
        align: 1,
        color: colors.inkSoft,
        bold: true,
      });
      const bar = this.scene.add.graphics();
      const barBox = { x: box.x + inner, y: top + unit * 1.3, w: box.w - inner * 2, h: Math.max(4, unit * 0.5) };
      this.container.add([label, valueText, bar]);
      const row: MeterRow = { name, value, shown: value, tween: null, valueText, bar, barBox };
      this.rows.push(row);
      this.drawBar(row);
    });
  }

  private drawBar(row: MeterRow): void {
    const { x, y, w, h } = row.barBox;
    const g = row.bar;
    g.clear();
    g.fillStyle(0xeee6da, 1);
    g.fillRoundedRect(x, y, w, h, h / 2);
    const fill = Math.max(0, Math.min(1, row.shown / meterMax)) * w;
    if (fill > 0.5) {
      g.fillStyle(colorNumber(meterColors[row.name]), 1);
      g.fillRoundedRect(x, y, Math.max(fill, h), h, h / 2);
    }
    // Tick marks every two points make the value countable on the bar too.
    g.fillStyle(0xffffff, 0.7);
    for (let i = 2; i < meterMax; i += 2) g.fillRect(x + (w * i) / meterMax - 0.75, y + h * 0.2, 1.5, h * 0.6);
  }

  private floatDifference(row: MeterRow, difference: number, animate: boolean): void {
    const sign = difference > 0 ? '+' : '−';
    const color = difference > 0 ? '#1d6b3a' : '#9b2c1a';
    const text = stageText(
      this.scene,
      row.valueText.x - row.valueText.width - this.unit * 0.5,
      row.valueText.y,
      `${sign}${formatMeter(Math.abs(difference))}`,
      {
        size: this.textSize,
        bold: true,
        align: 1,
        color,
      },
    );
    this.container.add(text);
    if (animate) {
      this.scene.tweens.add({
        targets: text,
        y: text.y - this.unit * 1.1,
        alpha: 0,
        delay: 500,
        duration: 900,
        ease: 'Sine.easeIn',
        onComplete: () => text.destroy(),
      });
    } else {
      // Reduced motion: the difference stays put for a moment, then goes.
      const timer = window.setTimeout(() => {
        this.timers.delete(timer);
        text.destroy();
        this.requestFrame();
      }, 1600);
      this.timers.add(timer);
    }
  }

  private clear(): void {
    for (const row of this.rows) row.tween?.stop();
    this.rows = [];
    this.container.removeAll(true);
  }

  destroy(): void {
    for (const timer of this.timers) window.clearTimeout(timer);
    this.timers.clear();
    this.clear();
    this.container.destroy();
  }
}

function sameBox(a: Box, b: Box): boolean {
  return (
    Math.round(a.x) === Math.round(b.x) &&
    Math.round(a.y) === Math.round(b.y) &&
    Math.round(a.w) === Math.round(b.w) &&
    Math.round(a.h) === Math.round(b.h)
  );
}

function clampMeter(value: number): number {
  return Math.max(0, Math.min(meterMax, value));
}

function formatMeter(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
