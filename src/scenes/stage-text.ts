/**
 * Text and small chrome on the stage: one type family, sized from the stage, rendered at the
 * screen's pixel density so it stays crisp.
 */
import type * as Phaser from 'phaser';
import { colorNumber } from './art/svg';

export const fontFamily = "'Atkinson Hyperlegible', system-ui, sans-serif";

export const colors = {
  ink: '#26242c',
  inkSoft: '#55515e',
  line: '#ded4c6',
  card: '#fffdf9',
  accent: '#a8431f',
} as const;

let canvasScale = 1;

/** Tells the text how many canvas pixels the stage draws per CSS pixel (see boot-stage). */
export function setCanvasScale(scale: number): void {
  canvasScale = scale;
}

export function getCanvasScale(): number {
  return canvasScale;
}

/**
 * Text renders at the screen's pixel density: `devicePixelRatio` itself when the canvas is in CSS
 * pixels, and less when the canvas already has that density, so no text is drawn twice too large.
 * A canvas with fewer pixels than CSS (a large screen drawn in software) gets text at its own size.
 */
export function textResolution(): number {
  if (canvasScale < 1) return 1;
  return Math.max(1, Math.min(3, (window.devicePixelRatio || 1) / canvasScale));
}

export interface TextOptions {
  size: number;
  color?: string;
  bold?: boolean;
  /** 0 left, 0.5 centre, 1 right; the text's vertical middle sits on `y`. */
  align?: number;
  maxWidth?: number;
}

/**
 * Font metrics by CSS font, measured once: Phaser measures a new Text's font by drawing into a canvas,
 * which was a third of a stage redraw that adds labels. Kept only once the web font has loaded, so
 * the fallback font's metrics never outlive it.
 */
const fontMetrics = new Map<string, Phaser.Types.GameObjects.Text.TextMetrics>();

export function stageText(scene: Phaser.Scene, x: number, y: number, content: string, options: TextOptions): Phaser.GameObjects.Text {
  const fontSize = `${Math.max(8, Math.round(options.size))}px`;
  const fontStyle = options.bold ? 'bold' : 'normal';
  const font = `${fontStyle} ${fontSize} ${fontFamily}`;
  const known = fontMetrics.get(font);
  const text = scene.add.text(0, 0, content, {
    fontFamily,
    fontSize,
    fontStyle,
    color: options.color ?? colors.ink,
    resolution: textResolution(),
    ...(known ? { metrics: known } : {}),
  });
  if (!known && document.fonts?.check(font)) fontMetrics.set(font, text.getTextMetrics());
  text.setOrigin(options.align ?? 0, 0.5);
  if (options.maxWidth !== undefined) fitWidth(text, options.maxWidth);
  text.setPosition(Math.round(x), Math.round(y));
  return text;
}

/** Shortens a one-line text with an ellipsis until it fits `maxWidth`. */
function fitWidth(text: Phaser.GameObjects.Text, maxWidth: number): void {
  if (maxWidth <= 0 || text.width <= maxWidth) return;
  const full = text.text;
  let low = 0;
  let high = full.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    text.setText(`${full.slice(0, middle).trimEnd()}…`);
    if (text.width <= maxWidth) low = middle;
    else high = middle - 1;
  }
  text.setText(low > 0 ? `${full.slice(0, low).trimEnd()}…` : '…');
}

/** A rounded "pill" behind a label, drawn into `graphics`. */
export function drawPill(
  graphics: Phaser.GameObjects.Graphics,
  x: number,
  y: number,
  w: number,
  h: number,
  options: { fill?: string; alpha?: number; border?: string | null } = {},
): void {
  const radius = Math.min(h / 2, w / 2);
  graphics.fillStyle(colorNumber(options.fill ?? colors.card), options.alpha ?? 0.94);
  graphics.fillRoundedRect(x, y, w, h, radius);
  if (options.border !== null) {
    graphics.lineStyle(Math.max(1, h * 0.04), colorNumber(options.border ?? colors.line), 1);
    graphics.strokeRoundedRect(x, y, w, h, radius);
  }
}
