/**
 * What the rooms are built from: the frame they are drawn in, their palettes, and the pieces they
 * share (a wall, windows, plants, a shelf, a picture, a lamp), each placed in pixels of the stage's
 * visible area.
 */
import type { RoomName } from '../../core/stage/catalogues';
import { circle, ellipse, linearGradient, n, path, radialGradient, rect, shade, stroke } from './svg';

/** Where things stand in the visible area, in pixels of that area. */
export interface RoomFrame {
  width: number;
  height: number;
  /** The bust's box (its cut-off bottom sits below `deskY`). */
  bust: { x: number; y: number; w: number; h: number };
  /** The line where the desk top meets the wall behind it. */
  deskY: number;
  unit: number;
  /** A channel card lying on the desk (the inbox), which the desk's props keep clear of. */
  clear?: { x: number; y: number; w: number; h: number } | null;
}

export interface Palette {
  wallTop: string;
  wallBottom: string;
  trim: string;
  deskTop: string;
  deskFront: string;
}

export const palettes: Record<RoomName, Palette> = {
  'home-office': { wallTop: '#f7eadf', wallBottom: '#f1dccb', trim: '#e7cdb7', deskTop: '#e3c29f', deskFront: '#cfa47c' },
  'yoga-studio': { wallTop: '#f9e6d3', wallBottom: '#f2d0b4', trim: '#e8bf9c', deskTop: '#e6c8a4', deskFront: '#d2a97f' },
  'conference-room': { wallTop: '#f1ede6', wallBottom: '#e6e0d6', trim: '#d8d0c3', deskTop: '#8d7462', deskFront: '#735c4d' },
  kitchen: { wallTop: '#f6efe2', wallBottom: '#efe3cf', trim: '#e2d2b8', deskTop: '#dbb68c', deskFront: '#c39a6f' },
  'calm-room': { wallTop: '#f7efe6', wallBottom: '#efe3d5', trim: '#e3d3c0', deskTop: '#e2c8aa', deskFront: '#cfb08e' },
};

export function roomPalette(kind: RoomName): Palette {
  return palettes[kind];
}

export function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(high, value));
}

/** A window with a soft sky, a far hill and mullions. */
export function windowPane(
  x: number,
  y: number,
  w: number,
  h: number,
  options: { arch?: boolean; warm?: boolean; id: string; frame?: string },
): string {
  const frame = options.frame ?? '#fffaf3';
  const border = Math.max(3, w * 0.045);
  const skyTop = options.warm ? '#f6c89f' : '#cfe4ec';
  const skyBottom = options.warm ? '#fbe5c8' : '#eef5f1';
  const defs = linearGradient(`${options.id}-sky`, [
    [0, skyTop],
    [1, skyBottom],
  ]);
  const radius = options.arch ? w / 2 : w * 0.03;
  const outline = options.arch
    ? `M${n(x)} ${n(y + h)} L${n(x)} ${n(y + w / 2)} A${n(w / 2)} ${n(w / 2)} 0 0 1 ${n(x + w)} ${n(y + w / 2)} L${n(x + w)} ${n(y + h)} Z`
    : '';
  const ix = x + border;
  const iy = y + border;
  const iw = w - border * 2;
  const ih = h - border * 2;
  const innerArch = options.arch
    ? `M${n(ix)} ${n(iy + ih)} L${n(ix)} ${n(iy + iw / 2)} A${n(iw / 2)} ${n(iw / 2)} 0 0 1 ${n(ix + iw)} ${n(iy + iw / 2)} L${n(ix + iw)} ${n(iy + ih)} Z`
    : '';
  const hill = `M${n(ix)} ${n(iy + ih * 0.78)} C${n(ix + iw * 0.3)} ${n(iy + ih * 0.62)} ${n(ix + iw * 0.6)} ${n(iy + ih * 0.7)} ${n(ix + iw)} ${n(iy + ih * 0.6)} L${n(ix + iw)} ${n(iy + ih)} L${n(ix)} ${n(iy + ih)} Z`;
  const hill2 = `M${n(ix)} ${n(iy + ih * 0.9)} C${n(ix + iw * 0.4)} ${n(iy + ih * 0.76)} ${n(ix + iw * 0.7)} ${n(iy + ih * 0.86)} ${n(ix + iw)} ${n(iy + ih * 0.8)} L${n(ix + iw)} ${n(iy + ih)} L${n(ix)} ${n(iy + ih)} Z`;
  const clipId = `${options.id}-clip`;
  const clip = `<clipPath id="${clipId}">${options.arch ? `<path d="${innerArch}"/>` : `<rect x="${n(ix)}" y="${n(iy)}" width="${n(iw)}" height="${n(ih)}" rx="${n(radius * 0.6)}"/>`}</clipPath>`;
  const inside =
    rect(ix, iy, iw, ih, `url(#${options.id}-sky)`) +
    circle(ix + iw * 0.72, iy + ih * 0.28, Math.min(iw, ih) * 0.1, options.warm ? '#fff1dc' : '#ffffff', 'opacity="0.8"') +
    ellipse(ix + iw * 0.3, iy + ih * 0.3, iw * 0.16, ih * 0.035, '#ffffff', 'opacity="0.75"') +
    path(hill, options.warm ? '#e9b48e' : '#b9d3c0') +
    path(hill2, options.warm ? '#dca07a' : '#a3c4ad') +
    // A diagonal glint on the glass.
    path(
      `M${n(ix + iw * 0.1)} ${n(iy + ih)} L${n(ix + iw * 0.5)} ${n(iy)} L${n(ix + iw * 0.62)} ${n(iy)} L${n(ix + iw * 0.22)} ${n(iy + ih)} Z`,
      '#ffffff',
      'opacity="0.14"',
    );
  const mullions =
    rect(x + w / 2 - border / 3, y + (options.arch ? 0 : border), border * 0.66, h - border, frame) +
    rect(x, y + h * (options.arch ? 0.52 : 0.5) - border / 3, w, border * 0.66, frame);
  const sill = rect(x - w * 0.05, y + h - border * 0.4, w * 1.1, border * 1.3, shade(frame, -0.06), border * 0.3);
  const body = options.arch
    ? `${path(outline, frame)}<g clip-path="url(#${clipId})">${inside}</g>${mullions}${sill}`
    : `${rect(x, y, w, h, frame, radius)}<g clip-path="url(#${clipId})">${inside}</g>${mullions}${sill}`;
  return `<defs>${defs}${clip}</defs>${body}`;
}

/** A potted plant: a pot and a fan of leaves. */
export function plant(cx: number, baseY: number, size: number, pot: string, leaf: string, kind: 'fan' | 'tall' | 'round' = 'fan'): string {
  const potW = size * 0.46;
  const potH = size * 0.36;
  const leafDark = shade(leaf, -0.16);
  let leaves = '';
  const stemY = baseY - potH;
  if (kind === 'fan') {
    const angles = [-62, -38, -16, 6, 28, 52];
    leaves = angles
      .map((a, i) => {
        const len = size * (0.5 + (i % 2) * 0.14);
        return ellipse(cx, stemY - len / 2, size * 0.09, len / 2, i % 2 ? leafDark : leaf, `transform="rotate(${a} ${n(cx)} ${n(stemY)})"`);
      })
      .join('');
  } else if (kind === 'tall') {
    const specs = [
      [-14, 0.9],
      [10, 1.0],
      [-32, 0.7],
      [30, 0.74],
      [0, 1.15],
    ] as const;
    leaves = specs
      .map(([a, l], i) => {
        const len = size * l;
        return `<path d="M${n(cx)} ${n(stemY)} C${n(cx - size * 0.16)} ${n(stemY - len * 0.5)} ${n(cx - size * 0.05)} ${n(stemY - len * 0.9)} ${n(cx)} ${n(stemY - len)} C${n(cx + size * 0.05)} ${n(stemY - len * 0.9)} ${n(cx + size * 0.16)} ${n(stemY - len * 0.5)} ${n(cx)} ${n(stemY)} Z" fill="${i % 2 ? leafDark : leaf}" transform="rotate(${a} ${n(cx)} ${n(stemY)})"/>`;
      })
      .join('');
  } else {
    leaves =
      circle(cx - size * 0.16, stemY - size * 0.22, size * 0.22, leafDark) +
      circle(cx + size * 0.16, stemY - size * 0.24, size * 0.22, leaf) +
      circle(cx, stemY - size * 0.4, size * 0.24, leaf);
  }
  const potPath = `M${n(cx - potW / 2)} ${n(stemY)} L${n(cx + potW / 2)} ${n(stemY)} L${n(cx + potW * 0.38)} ${n(baseY)} L${n(cx - potW * 0.38)} ${n(baseY)} Z`;
  return leaves + path(potPath, pot) + rect(cx - potW * 0.54, stemY - potH * 0.1, potW * 1.08, potH * 0.2, shade(pot, -0.08), potH * 0.05);
}

/** A shelf with books and a small object. */
export function shelf(x: number, y: number, w: number, unit: number, wood: string, bookColors: string[]): string {
  const bookH = unit * 2.2;
  let books = '';
  let bx = x + w * 0.08;
  bookColors.forEach((color, i) => {
    const bw = unit * (0.45 + ((i * 37) % 5) * 0.08);
    const bh = bookH * (0.78 + ((i * 53) % 4) * 0.07);
    books += rect(bx, y - bh, bw, bh, color, unit * 0.06);
    books += rect(bx + bw * 0.2, y - bh * 0.8, bw * 0.6, unit * 0.12, shade(color, 0.35), unit * 0.05, 'opacity="0.8"');
    bx += bw + unit * 0.06;
  });
  // One book leaning on the last.
  books += rect(
    bx + unit * 0.2,
    y - bookH * 0.82,
    unit * 0.5,
    bookH * 0.82,
    bookColors[0] ?? '#b45f3c',
    unit * 0.06,
    `transform="rotate(14 ${n(bx + unit * 0.2)} ${n(y)})"`,
  );
  return (
    books +
    rect(x, y, w, unit * 0.32, wood, unit * 0.08) +
    rect(x + w * 0.1, y + unit * 0.32, unit * 0.2, unit * 0.5, shade(wood, -0.15)) +
    rect(x + w * 0.86, y + unit * 0.32, unit * 0.2, unit * 0.5, shade(wood, -0.15))
  );
}

export function framedPicture(x: number, y: number, w: number, h: number, frame: string, art: [string, string, string]): string {
  const b = Math.max(2, w * 0.07);
  return (
    rect(x, y, w, h, frame, b * 0.4) +
    rect(x + b, y + b, w - 2 * b, h - 2 * b, art[0]) +
    circle(x + w * 0.66, y + h * 0.36, Math.min(w, h) * 0.12, art[1]) +
    path(
      `M${n(x + b)} ${n(y + h - b)} L${n(x + w * 0.38)} ${n(y + h * 0.5)} L${n(x + w * 0.6)} ${n(y + h * 0.72)} L${n(x + w * 0.74)} ${n(y + h * 0.6)} L${n(x + w - b)} ${n(y + h - b)} Z`,
      art[2],
    )
  );
}

export function pendantLamp(cx: number, top: number, drop: number, size: number, shadeColor: string, glow: boolean, id: string): string {
  const defs = glow
    ? `<defs>${radialGradient(`${id}-glow`, [
        [0, '#fff0cf', 0.75],
        [1, '#fff0cf', 0],
      ])}</defs>`
    : '';
  return (
    defs +
    (glow ? circle(cx, top + drop + size * 0.5, size * 2.4, `url(#${id}-glow)`) : '') +
    stroke(`M${n(cx)} ${n(top)} L${n(cx)} ${n(top + drop)}`, '#8a7564', Math.max(1, size * 0.05)) +
    path(
      `M${n(cx - size * 0.22)} ${n(top + drop)} L${n(cx + size * 0.22)} ${n(top + drop)} L${n(cx + size * 0.55)} ${n(top + drop + size * 0.5)} L${n(cx - size * 0.55)} ${n(top + drop + size * 0.5)} Z`,
      shadeColor,
    ) +
    ellipse(cx, top + drop + size * 0.5, size * 0.3, size * 0.08, '#fff4dc')
  );
}

export function wall(frame: RoomFrame, palette: Palette, id: string): string {
  const { width: w, height: h } = frame;
  return `<defs>${linearGradient(`${id}-wall`, [
    [0, palette.wallTop],
    [1, palette.wallBottom],
  ])}</defs>${rect(0, 0, w, h, `url(#${id}-wall)`)}`;
}

/** Positions on the wall around the bust: the space to its left and right, and above the desk. */
export function around(frame: RoomFrame) {
  const { width: w, bust, deskY, unit } = frame;
  const leftSpace = bust.x;
  const rightSpace = w - (bust.x + bust.w);
  const wallH = deskY;
  return { w, unit, bust, deskY, leftSpace, rightSpace, wallH };
}
