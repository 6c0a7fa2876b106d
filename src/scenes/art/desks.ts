/**
 * The desk or table in front of the bust, which hides where the bust is cut off, with the props of
 * each room on it (a laptop, a mug, a notebook, a speakerphone, a parcel).
 */
import type { RoomName } from '../../core/stage/catalogues';
import { palettes, plant, type RoomFrame } from './room-parts';
import { circle, ellipse, linearGradient, n, path, rect, shade, stroke, svgDocument } from './svg';

function laptopBack(cx: number, baseY: number, w: number, unit: number, body = '#c9ccd2', sticker = '#e07a5f'): string {
  const h = w * 0.66;
  const x = cx - w / 2;
  const y = baseY - h;
  return (
    rect(x, y, w, h, body, unit * 0.35) +
    // Light falls on the top of the lid.
    rect(x, y, w, h * 0.5, shade(body, 0.1), unit * 0.35, 'opacity="0.6"') +
    circle(cx, y + h * 0.46, w * 0.055, shade(body, 0.25)) +
    // A sticker or two: the laptop has an owner.
    rect(x + w * 0.14, y + h * 0.62, w * 0.16, w * 0.1, sticker, w * 0.03, `transform="rotate(-8 ${n(x + w * 0.22)} ${n(y + h * 0.67)})"`) +
    circle(x + w * 0.8, y + h * 0.24, w * 0.05, '#fffaf3', 'opacity="0.85"') +
    rect(cx - w * 0.56, baseY - unit * 0.2, w * 1.12, unit * 0.35, shade(body, -0.18), unit * 0.15)
  );
}

function mug(cx: number, baseY: number, size: number, color: string, steam: boolean): string {
  return (
    (steam
      ? stroke(
          `M${n(cx - size * 0.12)} ${n(baseY - size * 1.2)} C${n(cx - size * 0.3)} ${n(baseY - size * 1.45)} ${n(cx + size * 0.05)} ${n(baseY - size * 1.6)} ${n(cx - size * 0.1)} ${n(baseY - size * 1.85)}`,
          '#ffffff',
          size * 0.08,
          'opacity="0.7"',
        )
      : '') +
    circle(cx + size * 0.42, baseY - size * 0.45, size * 0.2, 'none', `stroke="${color}" stroke-width="${n(size * 0.09)}"`) +
    rect(cx - size * 0.4, baseY - size * 0.9, size * 0.8, size * 0.9, color, size * 0.14)
  );
}

function notebook(x: number, baseY: number, w: number, color: string): string {
  return (
    rect(x, baseY - w * 0.1, w, w * 0.1, color, w * 0.03) + rect(x + w * 0.04, baseY - w * 0.13, w * 0.92, w * 0.04, '#fffaf3', w * 0.02)
  );
}

/** How deep the desk's top surface looks: deep enough that things can stand on it. */
export function deskSurfaceDepth(deskHeight: number, unit: number): number {
  return Math.max(unit * 1.2, Math.min(deskHeight * 0.42, unit * 9));
}

/** One thing on a desk and how far it reaches left and right, so a channel card can keep clear of it. */
interface Prop {
  left: number;
  right: number;
  svg: string;
}

const prop = (left: number, right: number, svg: string): Prop => ({ left, right, svg });

/** What stands on each desk: the things that tell whose desk it is. */
function deskProps(kind: RoomName, bust: RoomFrame['bust'], propsY: number, unit: number): Prop[] {
  const left = bust.x;
  const right = bust.x + bust.w;
  const laptop = (cx: number, w: number, body?: string, sticker?: string) =>
    prop(cx - w * 0.56, cx + w * 0.56, laptopBack(cx, propsY, w, unit, body, sticker));
  const cup = (cx: number, size: number, color: string, steam: boolean) =>
    prop(cx - size * 0.4, cx + size * 0.62, mug(cx, propsY, size, color, steam));
  const pad = (x: number, w: number, color: string) => prop(x, x + w, notebook(x, propsY, w, color));
  switch (kind) {
    case 'home-office':
      return [
        laptop(right - bust.w * 0.02, Math.min(bust.w * 0.46, unit * 10)),
        cup(left + bust.w * 0.06, unit * 1.3, '#e07a5f', false),
        pad(left - unit * 4, unit * 4, '#5f8f87'),
      ];
    case 'yoga-studio': {
      // A small plant, the studio's class cards and a candle on the front counter.
      const cardsX = right - bust.w * 0.2;
      return [
        prop(
          left + bust.w * 0.05 - unit * 1.2,
          left + bust.w * 0.05 + unit * 1.2,
          plant(left + bust.w * 0.05, propsY, unit * 2.4, '#f4e6d6', '#6f9c7a', 'round'),
        ),
        prop(
          cardsX,
          cardsX + unit * 2.6,
          rect(cardsX, propsY - unit * 0.9, unit * 2.6, unit * 0.9, '#fffaf3', unit * 0.2) +
            rect(cardsX + unit * 0.3, propsY - unit * 0.65, unit * 2, unit * 0.12, '#d98a5f'),
        ),
        prop(
          right + unit * 0.9,
          right + unit * 1.9,
          circle(right + unit * 1.4, propsY - unit * 0.5, unit * 0.5, '#f1d9c4') +
            ellipse(right + unit * 1.4, propsY - unit * 0.95, unit * 0.1, unit * 0.25, '#f6b05a'),
        ),
      ];
    }
    case 'conference-room': {
      // The conference speakerphone, a notepad and a glass of water.
      const px = bust.x + bust.w * 0.5;
      return [
        prop(
          px - unit * 2.6,
          px + unit * 2.6,
          path(
            `M${n(px - unit * 2.6)} ${n(propsY)} L${n(px + unit * 2.6)} ${n(propsY)} L${n(px + unit * 1.6)} ${n(propsY - unit * 0.9)} L${n(px - unit * 1.6)} ${n(propsY - unit * 0.9)} Z`,
            '#2d2a33',
          ) +
            ellipse(px, propsY - unit * 0.9, unit * 1.6, unit * 0.22, '#4a4552') +
            circle(px, propsY - unit * 0.5, unit * 0.14, '#7fd0a8'),
        ),
        pad(right - unit * 1, unit * 4.5, '#fffaf3'),
        prop(
          left - unit * 0.5,
          left + unit * 0.5,
          rect(left - unit * 0.5, propsY - unit * 1.8, unit * 1.0, unit * 1.8, '#dfeef3', unit * 0.15, 'opacity="0.85"'),
        ),
      ];
    }
    case 'kitchen':
      return [
        laptop(left + bust.w * 0.12, Math.min(bust.w * 0.44, unit * 9.5), '#c3c8cf', '#9c89b8'),
        cup(right - bust.w * 0.12, unit * 1.3, '#7fa88f', true),
        // The parcel the broken swing came in.
        prop(
          right + unit * 0.8,
          right + unit * 4,
          rect(right + unit * 0.8, propsY - unit * 2.2, unit * 3.2, unit * 2.2, '#d7b07f', unit * 0.12) +
            rect(right + unit * 2.2, propsY - unit * 2.2, unit * 0.4, unit * 2.2, '#efdcb9'),
        ),
      ];
    case 'calm-room':
      return [cup(right - bust.w * 0.15, unit * 1.2, '#5f8f87', false), pad(left, unit * 4, '#e2b04a')];
  }
}

/**
 * The props that stand clear of `card` (a channel card lying on the desk): one it would half
 * cover is left off rather than peeking out around the card's edge.
 */
function propsClearOf(props: Prop[], card: RoomFrame['clear'], unit: number): string {
  const margin = unit * 0.4;
  return props
    .filter((item) => !card || item.right < card.x - margin || item.left > card.x + card.w + margin)
    .map((item) => item.svg)
    .join('');
}

/** The desk or table in front of the bust: from `deskY` to the bottom of the visible area. */
export function deskSvg(kind: RoomName, frame: RoomFrame): string {
  const p = palettes[kind];
  const { width: w, height: h, deskY, unit, bust } = frame;
  const top = 0;
  const localH = h - deskY;
  const surface = deskSurfaceDepth(localH, unit);
  const propsY = top + surface * 0.55;
  const props = propsClearOf(deskProps(kind, bust, propsY, unit), frame.clear, unit);
  const body =
    `<defs>${linearGradient('desk-top', [
      [0, shade(p.deskTop, 0.08)],
      [1, p.deskTop],
    ])}${linearGradient('desk-front', [
      [0, p.deskFront],
      [1, shade(p.deskFront, -0.08)],
    ])}</defs>` +
    rect(0, top + surface, w, localH - surface, 'url(#desk-front)') +
    rect(0, top, w, surface, 'url(#desk-top)') +
    rect(0, top + surface - unit * 0.12, w, unit * 0.24, shade(p.deskTop, 0.22), 0, 'opacity="0.7"') +
    // Faint grain along the top.
    [0.3, 0.55, 0.78]
      .map((f, i) =>
        stroke(
          `M${n(w * (0.05 + i * 0.2))} ${n(top + surface * f)} L${n(w * (0.55 + i * 0.15))} ${n(top + surface * f)}`,
          shade(p.deskTop, -0.08),
          Math.max(1, unit * 0.08),
          'opacity="0.5"',
        ),
      )
      .join('') +
    // A soft shadow where the person sits behind the desk.
    ellipse(bust.x + bust.w / 2, top + unit * 0.1, bust.w * 0.46, unit * 0.35, shade(p.deskTop, -0.25), 'opacity="0.35"') +
    props;
  return svgDocument(w, localH, `0 0 ${n(w)} ${n(localH)}`, body);
}
