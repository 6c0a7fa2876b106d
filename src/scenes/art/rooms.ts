/**
 * The rooms behind the counterpart, one per name of the room catalogue (src/core/stage/catalogues.ts,
 * what `# room:` names). Each is drawn for the visible part of the stage, around where the bust
 * stands, so nothing important hides under the interface panel; the desk in front of the bust is
 * in desks.ts, the menu's glasshouse in glasshouse.ts.
 */
import type { RoomName } from '../../core/stage/catalogues';
import { around, clamp, framedPicture, palettes, pendantLamp, plant, shelf, wall, windowPane, type RoomFrame } from './room-parts';
import { circle, ellipse, n, path, radialGradient, rect, shade, stroke, svgDocument } from './svg';

export type { RoomFrame } from './room-parts';

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
    `<defs>${radialGradient('ho-sun', [
      [0, '#fff6e6', 0.9],
      [1, '#fff6e6', 0],
    ])}</defs>` +
    ellipse(winX + winW * 0.5, winY + winH * 0.6, winW * 1.1, winH * 0.9, 'url(#ho-sun)') +
    windowPane(winX, winY, winW, winH, { id: 'ho-win' }) +
    // Curtain to one side.
    path(
      `M${n(winX - winW * 0.18)} ${n(winY - a.unit * 0.8)} L${n(winX + winW * 0.06)} ${n(winY - a.unit * 0.8)} C${n(winX + winW * 0.02)} ${n(winY + winH * 0.4)} ${n(winX + winW * 0.1)} ${n(winY + winH * 0.8)} ${n(winX + winW * 0.02)} ${n(a.deskY)} L${n(winX - winW * 0.2)} ${n(a.deskY)} Z`,
      '#e9b9a0',
    ) +
    rect(winX - winW * 0.25, winY - a.unit * 1, winW * 1.45, a.unit * 0.24, '#b98a6a', a.unit * 0.12) +
    framedPicture(shelfX + shelfW * 0.2, shelfY - a.unit * 7.2, pictureW, pictureW * 0.8, '#fffaf3', ['#f3d8c2', '#e8a46f', '#c97b5a']) +
    shelf(shelfX, shelfY, shelfW, a.unit, '#c99a6e', ['#b45f3c', '#e2b04a', '#5f8f87', '#e9d3bd', '#8c6a9e']) +
    plant(shelfX + shelfW * 0.8, shelfY, a.unit * 2.4, '#f4efe8', '#6f9c7a', 'round') +
    // A ring light on a stand: the tool of a professional blogger.
    (a.rightSpace > a.unit * 6
      ? circle(
          a.w - a.rightSpace * 0.35,
          a.deskY - a.unit * 8,
          a.unit * 1.8,
          'none',
          `stroke="#fffaf2" stroke-width="${n(a.unit * 0.55)}"`,
        ) +
        stroke(
          `M${n(a.w - a.rightSpace * 0.35)} ${n(a.deskY - a.unit * 6.2)} L${n(a.w - a.rightSpace * 0.35)} ${n(a.deskY)}`,
          '#9d8672',
          a.unit * 0.18,
        )
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
      return (
        rect(x, a.deskY - mh, a.unit * 1.1, mh, c, a.unit * 0.55) +
        ellipse(x + a.unit * 0.55, a.deskY - mh + a.unit * 0.55, a.unit * 0.32, a.unit * 0.32, shade(c, -0.18))
      );
    })
    .join('');
  return (
    wall(frame, p, 'ys') +
    `<defs>${radialGradient('ys-warm', [
      [0, '#ffe3bf', 0.85],
      [1, '#ffe3bf', 0],
    ])}</defs>` +
    ellipse(a.bust.x + a.bust.w * 0.5, a.bust.y + a.bust.h * 0.3, a.bust.w * 1.4, a.bust.h * 0.9, 'url(#ys-warm)') +
    windowPane(winX, winY, winW, winH, { id: 'ys-win', arch: true, warm: true }) +
    (win2X + winW * 0.7 < a.w ? windowPane(win2X, winY, winW * 0.7, winH, { id: 'ys-win2', arch: true, warm: true }) : '') +
    // Wooden slats on the lower wall.
    Array.from({ length: Math.ceil(a.w / (a.unit * 1.6)) }, (_, i) =>
      rect(i * a.unit * 1.6, a.deskY - a.unit * 2.4, a.unit * 1.3, a.unit * 2.4, '#e9c7a5', a.unit * 0.2, 'opacity="0.55"'),
    ).join('') +
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
  // A wall screen showing the call grid, and glass panels with a frosted band. The screen hangs
  // beside the head, never behind it (a phone or a thread may stand in front of it; the person
  // only ever moves away from it, to the left).
  const headRight = a.bust.x + a.bust.w * 0.74;
  const screenX = headRight + a.unit * 0.8;
  const screenW = Math.min(a.unit * 12, a.w - a.unit * 0.8 - screenX);
  const screenH = screenW * 0.58;
  const screenY = Math.max(a.unit * 0.6, a.bust.y + a.bust.h * 0.06);
  const showScreen = screenW >= a.unit * 5;
  const tiles = [0, 1, 2, 3]
    .map((i) => {
      const tw = (screenW - a.unit * 1.4) / 2;
      const th = (screenH - a.unit * 1.4) / 2;
      const tx = screenX + a.unit * 0.5 + (i % 2) * (tw + a.unit * 0.4);
      const ty = screenY + a.unit * 0.5 + Math.floor(i / 2) * (th + a.unit * 0.4);
      const tone = ['#4d5f73', '#566b62', '#6b5a66', '#3f4b5c'][i] ?? '#4d5f73';
      return (
        rect(tx, ty, tw, th, tone, a.unit * 0.25) +
        circle(tx + tw / 2, ty + th * 0.45, th * 0.18, shade(tone, 0.25)) +
        path(
          `M${n(tx + tw * 0.28)} ${n(ty + th)} C${n(tx + tw * 0.3)} ${n(ty + th * 0.7)} ${n(tx + tw * 0.7)} ${n(ty + th * 0.7)} ${n(tx + tw * 0.72)} ${n(ty + th)} Z`,
          shade(tone, 0.25),
        )
      );
    })
    .join('');
  const panelW = a.unit * 5;
  const panels = Array.from(
    { length: Math.ceil(a.w / panelW) + 1 },
    (_, i) =>
      rect(i * panelW, 0, panelW - a.unit * 0.25, a.deskY, '#dfe9ea', 0, 'opacity="0.45"') +
      rect(i * panelW, a.deskY * 0.46, panelW - a.unit * 0.25, a.unit * 1.4, '#ffffff', 0, 'opacity="0.6"'),
  ).join('');
  return (
    wall(frame, p, 'cr') +
    panels +
    rect(0, 0, a.w, a.unit * 0.5, '#d9d2c6') +
    // Ceiling lights.
    [0.2, 0.5, 0.8].map((f) => rect(a.w * f - a.unit * 2, a.unit * 0.5, a.unit * 4, a.unit * 0.3, '#fffdf6', a.unit * 0.15)).join('') +
    (showScreen
      ? rect(screenX - a.unit * 0.25, screenY - a.unit * 0.25, screenW + a.unit * 0.5, screenH + a.unit * 0.5, '#2d2a33', a.unit * 0.45) +
        rect(screenX, screenY, screenW, screenH, '#39404d', a.unit * 0.3) +
        tiles
      : '') +
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
    return (
      rect(x + a.unit * 0.15, cabinetY, cabW - a.unit * 0.3, cabinetH, '#a9c2ae', a.unit * 0.25) +
      rect(x + cabW * 0.5 - a.unit * 0.12, cabinetY + cabinetH - a.unit * 1.4, a.unit * 0.24, a.unit * 0.9, '#f4efe6', a.unit * 0.12)
    );
  }).join('');
  const tileH = a.unit * 1.1;
  const tileTop = a.deskY - tileH * 4;
  const tiles = Array.from({ length: 4 }, (_, row) =>
    Array.from({ length: Math.ceil(a.w / (tileH * 2)) + 1 }, (_, col) =>
      rect(col * tileH * 2 - (row % 2) * tileH, tileTop + row * tileH, tileH * 1.9, tileH * 0.9, '#ffffff', tileH * 0.12, 'opacity="0.55"'),
    ).join(''),
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
        Array.from({ length: 12 }, (_, i) =>
          circle(pegX + pegW * (0.12 + (i % 4) * 0.25), tileTop - a.unit * (7.2 - Math.floor(i / 4) * 2.2), a.unit * 0.09, '#b99a70'),
        ).join('') +
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
