/**
 * The rooms behind the counterpart, one per name of the room catalogue (src/core/stage/catalogues.ts,
 * what `# room:` names), and the glasshouse behind the menu. Each is drawn for the visible part of
 * the stage (`width` x `height`), around where the bust stands, so nothing important hides under
 * the interface panel. A room is two layers: the wall with its
 * decor, and the desk or table in front of the bust that hides where the bust is cut off.
 */
import type { RoomName } from '../../core/stage/catalogues';
import { circle, ellipse, linearGradient, n, path, radialGradient, rect, shade, stroke, svgDocument } from './svg';

/** Where things stand in the visible area, in pixels of that area. */
export interface RoomFrame {
  width: number;
  height: number;
  /** The bust's box (its cut-off bottom sits below `deskY`). */
  bust: { x: number; y: number; w: number; h: number };
  /** The line where the desk top meets the wall behind it. */
  deskY: number;
  unit: number;
}

interface Palette {
  wallTop: string;
  wallBottom: string;
  trim: string;
  deskTop: string;
  deskFront: string;
}

const palettes: Record<RoomName, Palette> = {
  'home-office': { wallTop: '#f7eadf', wallBottom: '#f1dccb', trim: '#e7cdb7', deskTop: '#e3c29f', deskFront: '#cfa47c' },
  'yoga-studio': { wallTop: '#f9e6d3', wallBottom: '#f2d0b4', trim: '#e8bf9c', deskTop: '#e6c8a4', deskFront: '#d2a97f' },
  'conference-room': { wallTop: '#f1ede6', wallBottom: '#e6e0d6', trim: '#d8d0c3', deskTop: '#8d7462', deskFront: '#735c4d' },
  kitchen: { wallTop: '#f6efe2', wallBottom: '#efe3cf', trim: '#e2d2b8', deskTop: '#dbb68c', deskFront: '#c39a6f' },
  'calm-room': { wallTop: '#f7efe6', wallBottom: '#efe3d5', trim: '#e3d3c0', deskTop: '#e2c8aa', deskFront: '#cfb08e' },
};

export function roomPalette(kind: RoomName): Palette {
  return palettes[kind];
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(high, value));
}

/** A window with a soft sky, a far hill and mullions. */
function windowPane(x: number, y: number, w: number, h: number, options: { arch?: boolean; warm?: boolean; id: string; frame?: string }): string {
  const frame = options.frame ?? '#fffaf3';
  const border = Math.max(3, w * 0.045);
  const skyTop = options.warm ? '#f6c89f' : '#cfe4ec';
  const skyBottom = options.warm ? '#fbe5c8' : '#eef5f1';
  const defs = linearGradient(`${options.id}-sky`, [[0, skyTop], [1, skyBottom]]);
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
    path(`M${n(ix + iw * 0.1)} ${n(iy + ih)} L${n(ix + iw * 0.5)} ${n(iy)} L${n(ix + iw * 0.62)} ${n(iy)} L${n(ix + iw * 0.22)} ${n(iy + ih)} Z`, '#ffffff', 'opacity="0.14"');
  const mullions =
    rect(x + w / 2 - border / 3, y + (options.arch ? 0 : border), border * 0.66, h - border, frame) +
    rect(x, y + h * (options.arch ? 0.52 : 0.5) - border / 3, w, border * 0.66, frame);
  const sill = rect(x - w * 0.05, y + h - border * 0.4, w * 1.1, border * 1.3, shade(frame, -0.06), border * 0.3);
  const body = options.arch
    ? path(outline, frame) + `<g clip-path="url(#${clipId})">${inside}</g>` + mullions + sill
    : rect(x, y, w, h, frame, radius) + `<g clip-path="url(#${clipId})">${inside}</g>` + mullions + sill;
  return `<defs>${defs}${clip}</defs>` + body;
}

/** A potted plant: a pot and a fan of leaves. */
function plant(cx: number, baseY: number, size: number, pot: string, leaf: string, kind: 'fan' | 'tall' | 'round' = 'fan'): string {
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
      [-14, 0.9], [10, 1.0], [-32, 0.7], [30, 0.74], [0, 1.15],
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
function shelf(x: number, y: number, w: number, unit: number, wood: string, bookColors: string[]): string {
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
  books += rect(bx + unit * 0.2, y - bookH * 0.82, unit * 0.5, bookH * 0.82, bookColors[0] ?? '#b45f3c', unit * 0.06, `transform="rotate(14 ${n(bx + unit * 0.2)} ${n(y)})"`);
  return books + rect(x, y, w, unit * 0.32, wood, unit * 0.08) + rect(x + w * 0.1, y + unit * 0.32, unit * 0.2, unit * 0.5, shade(wood, -0.15)) + rect(x + w * 0.86, y + unit * 0.32, unit * 0.2, unit * 0.5, shade(wood, -0.15));
}

function framedPicture(x: number, y: number, w: number, h: number, frame: string, art: [string, string, string]): string {
  const b = Math.max(2, w * 0.07);
  return (
    rect(x, y, w, h, frame, b * 0.4) +
    rect(x + b, y + b, w - 2 * b, h - 2 * b, art[0]) +
    circle(x + w * 0.66, y + h * 0.36, Math.min(w, h) * 0.12, art[1]) +
    path(`M${n(x + b)} ${n(y + h - b)} L${n(x + w * 0.38)} ${n(y + h * 0.5)} L${n(x + w * 0.6)} ${n(y + h * 0.72)} L${n(x + w * 0.74)} ${n(y + h * 0.6)} L${n(x + w - b)} ${n(y + h - b)} Z`, art[2])
  );
}

function pendantLamp(cx: number, top: number, drop: number, size: number, shadeColor: string, glow: boolean, id: string): string {
  const defs = glow ? `<defs>${radialGradient(`${id}-glow`, [[0, '#fff0cf', 0.75], [1, '#fff0cf', 0]])}</defs>` : '';
  return (
    defs +
    (glow ? circle(cx, top + drop + size * 0.5, size * 2.4, `url(#${id}-glow)`) : '') +
    stroke(`M${n(cx)} ${n(top)} L${n(cx)} ${n(top + drop)}`, '#8a7564', Math.max(1, size * 0.05)) +
    path(`M${n(cx - size * 0.22)} ${n(top + drop)} L${n(cx + size * 0.22)} ${n(top + drop)} L${n(cx + size * 0.55)} ${n(top + drop + size * 0.5)} L${n(cx - size * 0.55)} ${n(top + drop + size * 0.5)} Z`, shadeColor) +
    ellipse(cx, top + drop + size * 0.5, size * 0.3, size * 0.08, '#fff4dc')
  );
}

function wall(frame: RoomFrame, palette: Palette, id: string): string {
  const { width: w, height: h } = frame;
  return (
    `<defs>${linearGradient(`${id}-wall`, [[0, palette.wallTop], [1, palette.wallBottom]])}</defs>` +
    rect(0, 0, w, h, `url(#${id}-wall)`)
  );
}

/** Positions on the wall around the bust: the space to its left and right, and above the desk. */
function around(frame: RoomFrame) {
  const { width: w, bust, deskY, unit } = frame;
  const leftSpace = bust.x;
  const rightSpace = w - (bust.x + bust.w);
  const wallH = deskY;
  return { w, unit, bust, deskY, leftSpace, rightSpace, wallH };
}

function homeOffice(frame: RoomFrame): string {
  const p = palettes['home-office'];
  const a = around(frame);
  const winW = clamp(a.bust.w * 0.95, a.unit * 6, a.w * 0.5);
  const winH = Math.min(winW * 1.25, a.deskY - a.unit * 2);
  const winX = clamp(a.bust.x - winW * 0.55, a.unit * 0.8, a.w - winW);
  const winY = Math.max(a.unit * 3.2, a.deskY - winH - a.unit * 1.6);
  const shelfW = clamp(a.bust.w * 0.62, a.unit * 5, a.unit * 12);
  const shelfX = clamp(a.bust.x + a.bust.w * 0.72, winX + winW + a.unit, a.w - shelfW * 0.5);
  const shelfY = a.bust.y + a.bust.h * 0.32;
  const pictureW = shelfW * 0.52;
  return (
    wall(frame, p, 'ho') +
    // A soft patch of sunlight on the wall.
    `<defs>${radialGradient('ho-sun', [[0, '#fff6e6', 0.9], [1, '#fff6e6', 0]])}</defs>` +
    ellipse(winX + winW * 0.5, winY + winH * 0.6, winW * 1.1, winH * 0.9, 'url(#ho-sun)') +
    windowPane(winX, winY, winW, winH, { id: 'ho-win' }) +
    // Curtain to one side.
    path(`M${n(winX - winW * 0.18)} ${n(winY - a.unit * 0.8)} L${n(winX + winW * 0.06)} ${n(winY - a.unit * 0.8)} C${n(winX + winW * 0.02)} ${n(winY + winH * 0.4)} ${n(winX + winW * 0.1)} ${n(winY + winH * 0.8)} ${n(winX + winW * 0.02)} ${n(a.deskY)} L${n(winX - winW * 0.2)} ${n(a.deskY)} Z`, '#e9b9a0') +
    rect(winX - winW * 0.25, winY - a.unit * 1, winW * 1.45, a.unit * 0.24, '#b98a6a', a.unit * 0.12) +
    framedPicture(shelfX + shelfW * 0.2, shelfY - a.unit * 7.2, pictureW, pictureW * 0.8, '#fffaf3', ['#f3d8c2', '#e8a46f', '#c97b5a']) +
    shelf(shelfX, shelfY, shelfW, a.unit, '#c99a6e', ['#b45f3c', '#e2b04a', '#5f8f87', '#e9d3bd', '#8c6a9e']) +
    plant(shelfX + shelfW * 0.8, shelfY, a.unit * 2.4, '#f4efe8', '#6f9c7a', 'round') +
    // A ring light on a stand: the tool of a professional blogger.
    (a.rightSpace > a.unit * 6
      ? circle(a.w - a.rightSpace * 0.35, a.deskY - a.unit * 8, a.unit * 1.8, 'none', `stroke="#fffaf2" stroke-width="${n(a.unit * 0.55)}"`) +
        stroke(`M${n(a.w - a.rightSpace * 0.35)} ${n(a.deskY - a.unit * 6.2)} L${n(a.w - a.rightSpace * 0.35)} ${n(a.deskY)}`, '#9d8672', a.unit * 0.18)
      : '')
  );
}

function yogaStudio(frame: RoomFrame): string {
  const p = palettes['yoga-studio'];
  const a = around(frame);
  const winW = clamp(a.bust.w * 0.8, a.unit * 6, a.w * 0.42);
  const winH = Math.min(winW * 1.7, a.deskY - a.unit * 1.5);
  const winX = clamp(a.bust.x - winW * 0.5, a.unit * 0.6, a.w - winW);
  const winY = a.deskY - winH - a.unit * 0.4;
  const win2X = a.bust.x + a.bust.w * 0.78;
  const matsX = clamp(a.bust.x + a.bust.w + a.unit * 0.5, win2X + winW * 0.7 + a.unit, a.w - a.unit * 3);
  const mats = ['#e07a5f', '#7fa88f', '#e2b04a', '#9c89b8']
    .map((c, i) => {
      const x = matsX + i * a.unit * 1.25;
      const mh = a.unit * (6.5 - (i % 2) * 0.8);
      return rect(x, a.deskY - mh, a.unit * 1.1, mh, c, a.unit * 0.55) + ellipse(x + a.unit * 0.55, a.deskY - mh + a.unit * 0.55, a.unit * 0.32, a.unit * 0.32, shade(c, -0.18));
    })
    .join('');
  return (
    wall(frame, p, 'ys') +
    `<defs>${radialGradient('ys-warm', [[0, '#ffe3bf', 0.85], [1, '#ffe3bf', 0]])}</defs>` +
    ellipse(a.bust.x + a.bust.w * 0.5, a.bust.y + a.bust.h * 0.3, a.bust.w * 1.4, a.bust.h * 0.9, 'url(#ys-warm)') +
    windowPane(winX, winY, winW, winH, { id: 'ys-win', arch: true, warm: true }) +
    (win2X + winW * 0.7 < a.w ? windowPane(win2X, winY, winW * 0.7, winH, { id: 'ys-win2', arch: true, warm: true }) : '') +
    // Wooden slats on the lower wall.
    Array.from({ length: Math.ceil(a.w / (a.unit * 1.6)) }, (_, i) => rect(i * a.unit * 1.6, a.deskY - a.unit * 2.4, a.unit * 1.3, a.unit * 2.4, '#e9c7a5', a.unit * 0.2, 'opacity="0.55"')).join('') +
    pendantLamp(a.bust.x + a.bust.w * 0.92, 0, a.unit * 2.2, a.unit * 2.2, '#d98a5f', true, 'ys-l1') +
    pendantLamp(a.bust.x + a.bust.w * 0.08, 0, a.unit * 3.2, a.unit * 1.8, '#e2b04a', true, 'ys-l2') +
    (matsX + a.unit * 5 < a.w + a.unit ? mats : '') +
    plant(Math.max(a.unit * 2, winX - a.unit * 0.5), a.deskY, a.unit * 5.2, '#c9845f', '#5f9270', 'tall') +
    (a.rightSpace > a.unit * 9 ? plant(a.w - a.unit * 2.4, a.deskY, a.unit * 4.4, '#f4e6d6', '#7fa88f', 'fan') : '')
  );
}

function conferenceRoom(frame: RoomFrame): string {
  const p = palettes['conference-room'];
  const a = around(frame);
  // A wall screen showing the call grid, and glass panels with a frosted band.
  const screenW = clamp(a.bust.w * 1.05, a.unit * 8, a.w * 0.62);
  const screenH = screenW * 0.58;
  const screenX = clamp(a.bust.x + a.bust.w * 0.5 - screenW * 0.5, a.unit * 0.8, a.w - screenW - a.unit * 0.8);
  const screenY = Math.max(a.unit * 0.6, a.bust.y - screenH * 0.35);
  const tiles = [0, 1, 2, 3]
    .map((i) => {
      const tw = (screenW - a.unit * 1.4) / 2;
      const th = (screenH - a.unit * 1.4) / 2;
      const tx = screenX + a.unit * 0.5 + (i % 2) * (tw + a.unit * 0.4);
      const ty = screenY + a.unit * 0.5 + Math.floor(i / 2) * (th + a.unit * 0.4);
      const tone = ['#4d5f73', '#566b62', '#6b5a66', '#3f4b5c'][i] ?? '#4d5f73';
      return rect(tx, ty, tw, th, tone, a.unit * 0.25) + circle(tx + tw / 2, ty + th * 0.45, th * 0.18, shade(tone, 0.25)) + path(`M${n(tx + tw * 0.28)} ${n(ty + th)} C${n(tx + tw * 0.3)} ${n(ty + th * 0.7)} ${n(tx + tw * 0.7)} ${n(ty + th * 0.7)} ${n(tx + tw * 0.72)} ${n(ty + th)} Z`, shade(tone, 0.25));
    })
    .join('');
  const panelW = a.unit * 5;
  const panels = Array.from({ length: Math.ceil(a.w / panelW) + 1 }, (_, i) =>
    rect(i * panelW, 0, panelW - a.unit * 0.25, a.deskY, '#dfe9ea', 0, 'opacity="0.45"') + rect(i * panelW, a.deskY * 0.46, panelW - a.unit * 0.25, a.unit * 1.4, '#ffffff', 0, 'opacity="0.6"'),
  ).join('');
  return (
    wall(frame, p, 'cr') +
    panels +
    rect(0, 0, a.w, a.unit * 0.5, '#d9d2c6') +
    // Ceiling lights.
    [0.2, 0.5, 0.8].map((f) => rect(a.w * f - a.unit * 2, a.unit * 0.5, a.unit * 4, a.unit * 0.3, '#fffdf6', a.unit * 0.15)).join('') +
    rect(screenX - a.unit * 0.25, screenY - a.unit * 0.25, screenW + a.unit * 0.5, screenH + a.unit * 0.5, '#2d2a33', a.unit * 0.45) +
    rect(screenX, screenY, screenW, screenH, '#39404d', a.unit * 0.3) +
    tiles +
    plant(a.unit * 2.4, a.deskY, a.unit * 5.8, '#e9e3da', '#5b8a6a', 'tall') +
    (a.rightSpace > a.unit * 7 ? plant(a.w - a.unit * 2.6, a.deskY, a.unit * 4.4, '#3f4b5c', '#6f9c7a', 'fan') : '')
  );
}

function kitchen(frame: RoomFrame): string {
  const p = palettes.kitchen;
  const a = around(frame);
  const cabinetY = a.unit * 0.0;
  const cabinetH = Math.max(a.unit * 3.4, a.bust.y + a.bust.h * 0.1);
  const cabW = a.unit * 4.2;
  const cabinets = Array.from({ length: Math.ceil(a.w / cabW) + 1 }, (_, i) => {
    const x = i * cabW;
    if (x + cabW > a.bust.x + a.unit && x < a.bust.x + a.bust.w - a.unit) return '';
    return rect(x + a.unit * 0.15, cabinetY, cabW - a.unit * 0.3, cabinetH, '#a9c2ae', a.unit * 0.25) + rect(x + cabW * 0.5 - a.unit * 0.12, cabinetY + cabinetH - a.unit * 1.4, a.unit * 0.24, a.unit * 0.9, '#f4efe6', a.unit * 0.12);
  }).join('');
  const tileH = a.unit * 1.1;
  const tileTop = a.deskY - tileH * 4;
  const tiles = Array.from({ length: 4 }, (_, row) =>
    Array.from({ length: Math.ceil(a.w / (tileH * 2)) + 1 }, (_, col) => rect(col * tileH * 2 - (row % 2) * tileH, tileTop + row * tileH, tileH * 1.9, tileH * 0.9, '#ffffff', tileH * 0.12, 'opacity="0.55"')).join(''),
  ).join('');
  const winW = clamp(a.bust.w * 0.9, a.unit * 6, a.w * 0.5);
  const winH = Math.min(winW * 0.9, tileTop - a.unit * 2);
  const winX = clamp(a.bust.x + a.bust.w * 0.5 - winW * 0.5, a.unit, a.w - winW - a.unit);
  const winY = tileTop - winH - a.unit * 0.8;
  // A pegboard of tools: the family business works from home.
  const pegX = a.bust.x + a.bust.w + a.unit * 0.8;
  const pegW = Math.min(a.unit * 7, a.w - pegX - a.unit * 0.6);
  const pegboard =
    pegW > a.unit * 3.5
      ? rect(pegX, tileTop - a.unit * 8, pegW, a.unit * 6.5, '#e6cfa9', a.unit * 0.3) +
        Array.from({ length: 12 }, (_, i) => circle(pegX + pegW * (0.12 + (i % 4) * 0.25), tileTop - a.unit * (7.2 - Math.floor(i / 4) * 2.2), a.unit * 0.09, '#b99a70')).join('') +
        rect(pegX + pegW * 0.14, tileTop - a.unit * 7, a.unit * 0.4, a.unit * 3.2, '#5f8f87', a.unit * 0.18) +
        circle(pegX + pegW * 0.55, tileTop - a.unit * 5.6, a.unit * 1.1, 'none', `stroke="#c0603e" stroke-width="${n(a.unit * 0.3)}"`) +
        rect(pegX + pegW * 0.78, tileTop - a.unit * 7.2, a.unit * 0.3, a.unit * 2.6, '#7a6a5e', a.unit * 0.1)
      : '';
  return (
    wall(frame, p, 'kt') +
    cabinets +
    tiles +
    windowPane(winX, winY, winW, winH, { id: 'kt-win' }) +
    // Café curtain across the bottom of the window.
    rect(winX + winW * 0.04, winY + winH * 0.55, winW * 0.92, winH * 0.4, '#f1d9c4', a.unit * 0.12, 'opacity="0.95"') +
    stroke(`M${n(winX)} ${n(winY + winH * 0.55)} L${n(winX + winW)} ${n(winY + winH * 0.55)}`, '#b98a6a', a.unit * 0.18) +
    pegboard +
    pendantLamp(a.bust.x - a.unit * 1.5, 0, a.unit * 3, a.unit * 2, '#e2b04a', true, 'kt-l') +
    (a.leftSpace > a.unit * 5 ? plant(a.unit * 2.2, tileTop, a.unit * 2.4, '#c97b5a', '#6f9c7a', 'round') : '')
  );
}

function calmRoom(frame: RoomFrame): string {
  const p = palettes['calm-room'];
  const a = around(frame);
  const winW = clamp(a.bust.w * 0.9, a.unit * 6, a.w * 0.5);
  const winH = Math.min(winW * 1.2, a.deskY - a.unit * 2);
  const winX = clamp(a.bust.x - winW * 0.4, a.unit, a.w - winW);
  const winY = a.deskY - winH - a.unit * 1.5;
  return (
    wall(frame, p, 'cm') +
    windowPane(winX, winY, winW, winH, { id: 'cm-win' }) +
    plant(Math.min(a.w - a.unit * 2.5, a.bust.x + a.bust.w + a.unit * 2), a.deskY, a.unit * 5, '#f4e6d6', '#7fa88f', 'fan')
  );
}

/** The wall and what hangs on it, for the visible area of the stage. */
export function roomSvg(kind: RoomName, frame: RoomFrame): string {
  const body = {
    'home-office': homeOffice,
    'yoga-studio': yogaStudio,
    'conference-room': conferenceRoom,
    kitchen: kitchen,
    'calm-room': calmRoom,
  }[kind](frame);
  return svgDocument(frame.width, frame.height, `0 0 ${n(frame.width)} ${n(frame.height)}`, body);
}

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
    (steam ? stroke(`M${n(cx - size * 0.12)} ${n(baseY - size * 1.2)} C${n(cx - size * 0.3)} ${n(baseY - size * 1.45)} ${n(cx + size * 0.05)} ${n(baseY - size * 1.6)} ${n(cx - size * 0.1)} ${n(baseY - size * 1.85)}`, '#ffffff', size * 0.08, 'opacity="0.7"') : '') +
    circle(cx + size * 0.42, baseY - size * 0.45, size * 0.2, 'none', `stroke="${color}" stroke-width="${n(size * 0.09)}"`) +
    rect(cx - size * 0.4, baseY - size * 0.9, size * 0.8, size * 0.9, color, size * 0.14)
  );
}

function notebook(x: number, baseY: number, w: number, color: string): string {
  return rect(x, baseY - w * 0.1, w, w * 0.1, color, w * 0.03) + rect(x + w * 0.04, baseY - w * 0.13, w * 0.92, w * 0.04, '#fffaf3', w * 0.02);
}

/** How deep the desk's top surface looks: deep enough that things can stand on it. */
export function deskSurfaceDepth(deskHeight: number, unit: number): number {
  return Math.max(unit * 1.2, Math.min(deskHeight * 0.42, unit * 9));
}

/** What stands on each desk: the things that tell whose desk it is. */
function deskProps(kind: RoomName, bust: RoomFrame['bust'], propsY: number, unit: number): string {
  const left = bust.x;
  const right = bust.x + bust.w;
  switch (kind) {
    case 'home-office':
      return (
        laptopBack(right - bust.w * 0.02, propsY, Math.min(bust.w * 0.46, unit * 10), unit) +
        mug(left + bust.w * 0.06, propsY, unit * 1.3, '#e07a5f', false) +
        notebook(left - unit * 4, propsY, unit * 4, '#5f8f87')
      );
    case 'yoga-studio':
      // A small plant, the studio's class cards and a candle on the front counter.
      return (
        plant(left + bust.w * 0.05, propsY, unit * 2.4, '#f4e6d6', '#6f9c7a', 'round') +
        rect(right - bust.w * 0.2, propsY - unit * 0.9, unit * 2.6, unit * 0.9, '#fffaf3', unit * 0.2) +
        rect(right - bust.w * 0.2 + unit * 0.3, propsY - unit * 0.65, unit * 2, unit * 0.12, '#d98a5f') +
        circle(right + unit * 1.4, propsY - unit * 0.5, unit * 0.5, '#f1d9c4') +
        ellipse(right + unit * 1.4, propsY - unit * 0.95, unit * 0.1, unit * 0.25, '#f6b05a')
      );
    case 'conference-room': {
      // The conference speakerphone, a notepad and a glass of water.
      const px = bust.x + bust.w * 0.5;
      return (
        path(`M${n(px - unit * 2.6)} ${n(propsY)} L${n(px + unit * 2.6)} ${n(propsY)} L${n(px + unit * 1.6)} ${n(propsY - unit * 0.9)} L${n(px - unit * 1.6)} ${n(propsY - unit * 0.9)} Z`, '#2d2a33') +
        ellipse(px, propsY - unit * 0.9, unit * 1.6, unit * 0.22, '#4a4552') +
        circle(px, propsY - unit * 0.5, unit * 0.14, '#7fd0a8') +
        notebook(right - unit * 1, propsY, unit * 4.5, '#fffaf3') +
        rect(left - unit * 0.5, propsY - unit * 1.8, unit * 1.0, unit * 1.8, '#dfeef3', unit * 0.15, 'opacity="0.85"')
      );
    }
    case 'kitchen':
      return (
        laptopBack(left + bust.w * 0.12, propsY, Math.min(bust.w * 0.44, unit * 9.5), unit, '#c3c8cf', '#9c89b8') +
        mug(right - bust.w * 0.12, propsY, unit * 1.3, '#7fa88f', true) +
        // The parcel the broken swing came in.
        rect(right + unit * 0.8, propsY - unit * 2.2, unit * 3.2, unit * 2.2, '#d7b07f', unit * 0.12) +
        rect(right + unit * 2.2, propsY - unit * 2.2, unit * 0.4, unit * 2.2, '#efdcb9')
      );
    case 'calm-room':
      return mug(right - bust.w * 0.15, propsY, unit * 1.2, '#5f8f87', false) + notebook(left, propsY, unit * 4, '#e2b04a');
  }
}

/** The desk or table in front of the bust: from `deskY` to the bottom of the visible area. */
export function deskSvg(kind: RoomName, frame: RoomFrame): string {
  const p = palettes[kind];
  const { width: w, height: h, deskY, unit, bust } = frame;
  const top = 0;
  const localH = h - deskY;
  const surface = deskSurfaceDepth(localH, unit);
  const propsY = top + surface * 0.55;
  const props = deskProps(kind, bust, propsY, unit);
  const body =
    `<defs>${linearGradient('desk-top', [[0, shade(p.deskTop, 0.08)], [1, p.deskTop]])}${linearGradient('desk-front', [[0, p.deskFront], [1, shade(p.deskFront, -0.08)]])}</defs>` +
    rect(0, top + surface, w, localH - surface, 'url(#desk-front)') +
    rect(0, top, w, surface, 'url(#desk-top)') +
    rect(0, top + surface - unit * 0.12, w, unit * 0.24, shade(p.deskTop, 0.22), 0, 'opacity="0.7"') +
    // Faint grain along the top.
    [0.3, 0.55, 0.78]
      .map((f, i) => stroke(`M${n(w * (0.05 + i * 0.2))} ${n(top + surface * f)} L${n(w * (0.55 + i * 0.15))} ${n(top + surface * f)}`, shade(p.deskTop, -0.08), Math.max(1, unit * 0.08), 'opacity="0.5"'))
      .join('') +
    // A soft shadow where the person sits behind the desk.
    ellipse(bust.x + bust.w / 2, top + unit * 0.1, bust.w * 0.46, unit * 0.35, shade(p.deskTop, -0.25), 'opacity="0.35"') +
    props;
  return svgDocument(w, localH, `0 0 ${n(w)} ${n(localH)}`, body);
}

/** The menu's glasshouse: tall glass panes in a warm frame, plants inside, morning light. */
export function glasshouseSvg(width: number, height: number, unit: number): string {
  const w = width;
  const h = height;
  const margin = unit * 1.6;
  const houseW = Math.min(w - margin * 2, h * 1.6);
  const houseX = (w - houseW) / 2;
  const eaveY = Math.max(margin + houseW * 0.3, h * 0.3);
  const roofTop = eaveY - Math.min(houseW * 0.32, eaveY - margin);
  const floorY = h - unit * 2.2;
  const cols = Math.max(3, Math.round(houseW / (unit * 4.5)));
  const colW = houseW / cols;
  const frame = '#fffaf3';
  const bar = Math.max(2, unit * 0.28);
  const outline = `M${n(houseX)} ${n(floorY)} L${n(houseX)} ${n(eaveY)} L${n(houseX + houseW / 2)} ${n(roofTop)} L${n(houseX + houseW)} ${n(eaveY)} L${n(houseX + houseW)} ${n(floorY)} Z`;
  let bars = '';
  for (let i = 1; i < cols; i++) {
    const x = houseX + i * colW;
    const roofY = x < houseX + houseW / 2 ? eaveY - (eaveY - roofTop) * ((x - houseX) / (houseW / 2)) : eaveY - (eaveY - roofTop) * ((houseX + houseW - x) / (houseW / 2));
    bars += rect(x - bar / 2, roofY, bar, floorY - roofY, frame);
  }
  const rows = Math.max(2, Math.round((floorY - eaveY) / (unit * 5)));
  for (let j = 1; j < rows; j++) bars += rect(houseX, eaveY + ((floorY - eaveY) * j) / rows - bar / 2, houseW, bar, frame);
  bars += rect(houseX, eaveY - bar / 2, houseW, bar, frame);
  const panes = Array.from({ length: cols }, (_, i) => rect(houseX + i * colW, roofTop, colW, floorY - roofTop, i % 2 ? '#ffffff' : '#dcefee', 0, `opacity="${i % 3 === 0 ? 0.22 : 0.12}"`)).join('');
  const glints = [0.18, 0.55]
    .map((f) => path(`M${n(houseX + houseW * f)} ${n(floorY)} L${n(houseX + houseW * (f + 0.18))} ${n(roofTop)} L${n(houseX + houseW * (f + 0.26))} ${n(roofTop)} L${n(houseX + houseW * (f + 0.08))} ${n(floorY)} Z`, '#ffffff', 'opacity="0.18"'))
    .join('');
  const plantsInside =
    plant(houseX + houseW * 0.22, floorY, unit * 7, '#c9845f', '#6f9c7a', 'tall') +
    plant(houseX + houseW * 0.5, floorY, unit * 5, '#f4e6d6', '#5f9270', 'fan') +
    plant(houseX + houseW * 0.78, floorY, unit * 8, '#e2b04a', '#7fa88f', 'tall') +
    plant(houseX + houseW * 0.64, floorY, unit * 3.4, '#9c89b8', '#6f9c7a', 'round') +
    plant(houseX + houseW * 0.36, floorY, unit * 3, '#e07a5f', '#8fb39a', 'round');
  const body =
    `<defs>${linearGradient('gh-sky', [[0, '#f8e6d4'], [1, '#fbf6ef']])}${linearGradient('gh-in', [[0, '#e3f0ec'], [1, '#f5efe4']])}${radialGradient('gh-sun', [[0, '#fff3dc', 1], [1, '#fff3dc', 0]])}<clipPath id="gh-clip"><path d="${outline}"/></clipPath></defs>` +
    rect(0, 0, w, h, 'url(#gh-sky)') +
    circle(w * 0.78, h * 0.16, Math.min(w, h) * 0.4, 'url(#gh-sun)') +
    circle(w * 0.78, h * 0.16, unit * 2.2, '#fde8c4', 'opacity="0.9"') +
    // Ground.
    rect(0, floorY, w, h - floorY, '#ead8c2') +
    rect(0, floorY, w, unit * 0.3, '#dcc4a8') +
    `<g clip-path="url(#gh-clip)">` +
    rect(houseX, roofTop, houseW, floorY - roofTop, 'url(#gh-in)') +
    plantsInside +
    panes +
    glints +
    '</g>' +
    bars +
    `<path d="${outline}" fill="none" stroke="${frame}" stroke-width="${n(bar * 1.8)}" stroke-linejoin="round"/>` +
    // A door in the middle pane.
    rect(houseX + houseW / 2 - colW * 0.4, floorY - Math.min(unit * 7, (floorY - eaveY) * 0.8), colW * 0.8, Math.min(unit * 7, (floorY - eaveY) * 0.8), 'none', 0, `stroke="${shade(frame, -0.1)}" stroke-width="${n(bar)}"`) +
    plant(houseX - unit * 0.2, floorY + unit * 0.6, unit * 4.6, '#c9845f', '#5f9270', 'fan') +
    plant(houseX + houseW + unit * 0.4, floorY + unit * 0.6, unit * 3.6, '#f4e6d6', '#6f9c7a', 'round');
  return svgDocument(w, h, `0 0 ${n(w)} ${n(h)}`, body);
}
