/**
 * The channel frames: an email window, a phone on a call, a text thread, a video-call window. Each
 * drawing comes with the places where the stage writes its live text (names, the call timer, the
 * read receipt), so the words stay crisp Phaser text over the picture.
 *
 * Over 300 lines because it holds the four frame drawings side by side, which keeps their
 * shared sizes in one place; the seam for a split is one file per frame.
 */
import type { Channel } from '../../core/story/tags';
import { circle, ellipse, linearGradient, n, path, rect, shade, softShadow, stroke, svgDocument } from './svg';

interface TextSlot {
  x: number;
  y: number;
  size: number;
  color: string;
  /** 0 left, 0.5 centre, 1 right. */
  align: number;
  bold: boolean;
  maxWidth: number;
}

export interface FrameArt {
  svg: string;
  slots: Record<string, TextSlot>;
}

const accent = '#a8431f';
const ink = '#26242c';
const inkSoft = '#6b6572';
const deviceBody = '#2d2a33';

/** Icons on a 24-unit grid, drawn in `color` at (x, y) with side `size`. */
function icon(name: Channel | 'calendar' | 'mic' | 'camera' | 'hangup', x: number, y: number, size: number, color: string): string {
  const s = size / 24;
  const g = (body: string) => `<g transform="translate(${n(x)} ${n(y)}) scale(${n(s)})">${body}</g>`;
  const line = (d: string, width = 2) =>
    `<path d="${d}" fill="none" stroke="${color}" stroke-width="${width}" stroke-linecap="round" stroke-linejoin="round"/>`;
  const handset =
    'M6.6 10.8c1.4 2.8 3.8 5.1 6.6 6.6l2.2-2.2c.3-.3.7-.4 1-.2 1.1.4 2.3.6 3.6.6.6 0 1 .4 1 1V20c0 .6-.4 1-1 1C10.6 21 3 13.4 3 4c0-.6.4-1 1-1h3.5c.6 0 1 .4 1 1 0 1.3.2 2.5.6 3.6.1.3 0 .7-.2 1z';
  switch (name) {
    case 'email':
      return g(
        `<rect x="3" y="5.5" width="18" height="13" rx="2.2" fill="none" stroke="${color}" stroke-width="2"/>${line('M4 7l8 6 8-6')}`,
      );
    case 'phone':
      return g(`<path d="${handset}" fill="${color}"/>`);
    case 'hangup':
      return g(`<path d="${handset}" fill="${color}" transform="rotate(135 12 12)"/>`);
    case 'text':
      return g(
        `<path d="M5 4.5h14a2.5 2.5 0 0 1 2.5 2.5v8a2.5 2.5 0 0 1-2.5 2.5h-8l-5 4v-4H5A2.5 2.5 0 0 1 2.5 15V7A2.5 2.5 0 0 1 5 4.5z" fill="none" stroke="${color}" stroke-width="2" stroke-linejoin="round"/>` +
          `<circle cx="8" cy="11" r="1.3" fill="${color}"/><circle cx="12" cy="11" r="1.3" fill="${color}"/><circle cx="16" cy="11" r="1.3" fill="${color}"/>`,
      );
    case 'call':
    case 'camera':
      return g(
        `<rect x="2.5" y="6.5" width="13" height="11" rx="2.5" fill="none" stroke="${color}" stroke-width="2"/>` +
          `<path d="M15.5 10.5l6-3.5v10l-6-3.5z" fill="${color}"/>`,
      );
    case 'in-person':
      return g(
        `<circle cx="8.5" cy="8" r="3.2" fill="${color}"/><circle cx="16.5" cy="8.8" r="2.7" fill="${color}" opacity="0.75"/>` +
          `<path d="M2.5 20c0-3.8 2.7-6.3 6-6.3s6 2.5 6 6.3z" fill="${color}"/><path d="M13.2 14.4c.9-.5 2-.8 3.3-.8 2.9 0 5 2.2 5 5.6h-6.2" fill="${color}" opacity="0.75"/>`,
      );
    case 'mic':
      return g(`<rect x="9" y="3" width="6" height="11" rx="3" fill="${color}"/>${line('M6 11a6 6 0 0 0 12 0M12 17v4M9 21h6')}`);
    case 'calendar':
      return g(
        `<rect x="3" y="4.5" width="18" height="16.5" rx="2.6" fill="#ffffff" stroke="${color}" stroke-width="1.8"/>` +
          `<path d="M3 7.1a2.6 2.6 0 0 1 2.6-2.6h12.8A2.6 2.6 0 0 1 21 7.1V9.5H3z" fill="${color}"/>` +
          line('M8 3v3.5M16 3v3.5', 2) +
          `<circle cx="12.5" cy="15.3" r="3.6" fill="none" stroke="${color}" stroke-width="1.5"/>` +
          line('M12.5 13.4v2l1.4 1', 1.4),
      );
  }
}

/** Room kept around a card for its shadow. */
function shadowMargin(w: number, h: number): number {
  return Math.max(4, Math.min(w, h) * 0.05);
}

function placeholderLines(x: number, y: number, w: number, lineH: number, widths: number[], color: string, gap = 1.9): string {
  return widths.map((f, i) => rect(x, y + i * lineH * gap, w * f, lineH, color, lineH / 2)).join('');
}

/** An email window: title bar with the envelope, the sender, a subject line and the message. */
export function emailFrame(w: number, h: number): FrameArt {
  const m = shadowMargin(w, h);
  const x = m;
  const y = m * 0.6;
  const cw = w - m * 2;
  const ch = h - m * 2;
  const r = cw * 0.04;
  const bar = ch * 0.15;
  const pad = cw * 0.06;
  const avatarR = ch * 0.085;
  const rowY = y + bar + ch * 0.06 + avatarR;
  const subjectY = rowY + avatarR + ch * 0.07;
  const subjectH = ch * 0.15;
  const bodyY = subjectY + subjectH + ch * 0.08;
  const lineH = ch * 0.045;
  const body =
    rect(x, y, cw, ch, '#ffffff', r, 'filter="url(#email-shadow)"') +
    path(
      `M${n(x)} ${n(y + bar)} L${n(x)} ${n(y + r)} Q${n(x)} ${n(y)} ${n(x + r)} ${n(y)} L${n(x + cw - r)} ${n(y)} Q${n(x + cw)} ${n(y)} ${n(x + cw)} ${n(y + r)} L${n(x + cw)} ${n(y + bar)} Z`,
      '#f4ede3',
    ) +
    [0, 1, 2]
      .map((i) => circle(x + pad * 0.7 + i * bar * 0.42, y + bar / 2, bar * 0.13, ['#e8a598', '#ecd08a', '#a9cf9f'][i] ?? '#ccc'))
      .join('') +
    icon('email', x + cw * 0.5 - bar * 0.95 - cw * 0.08, y + bar * 0.16, bar * 0.68, accent) +
    circle(x + pad + avatarR, rowY, avatarR, '#f3ddd0') +
    rect(x + pad, subjectY, cw - pad * 2, subjectH, '#f7f1e8', subjectH * 0.3) +
    rect(x + pad, subjectY, subjectH * 0.12, subjectH, accent, subjectH * 0.06) +
    placeholderLines(x + pad, bodyY, cw - pad * 2, lineH, [0.94, 0.88, 0.62], '#ebe3d8');
  const defs = softShadow('email-shadow', m * 0.45, m * 0.25);
  const textX = x + pad + avatarR * 2 + cw * 0.04;
  return {
    svg: svgDocument(w, h, `0 0 ${n(w)} ${n(h)}`, body, defs),
    slots: {
      title: { x: x + cw * 0.5 - cw * 0.04, y: y + bar / 2, size: bar * 0.42, color: ink, align: 0, bold: true, maxWidth: cw * 0.4 },
      initials: { x: x + pad + avatarR, y: rowY, size: avatarR * 0.85, color: accent, align: 0.5, bold: true, maxWidth: avatarR * 2 },
      sender: { x: textX, y: rowY - avatarR * 0.38, size: ch * 0.075, color: ink, align: 0, bold: true, maxWidth: x + cw - pad - textX },
      to: { x: textX, y: rowY + avatarR * 0.5, size: ch * 0.058, color: inkSoft, align: 0, bold: false, maxWidth: x + cw - pad - textX },
      subject: {
        x: x + pad + subjectH * 0.45,
        y: subjectY + subjectH / 2,
        size: ch * 0.066,
        color: ink,
        align: 0,
        bold: true,
        maxWidth: cw - pad * 2 - subjectH * 0.6,
      },
    },
  };
}

function deviceShell(
  x: number,
  y: number,
  w: number,
  h: number,
  screen: string,
  id: string,
): { svg: string; screen: { x: number; y: number; w: number; h: number } } {
  const r = w * 0.14;
  const b = w * 0.045;
  const sx = x + b;
  const sy = y + b;
  const sw = w - b * 2;
  const sh = h - b * 2;
  return {
    svg:
      rect(x, y, w, h, deviceBody, r, `filter="url(#${id}-shadow)"`) +
      rect(x + b * 0.35, y + b * 0.35, w - b * 0.7, h - b * 0.7, shade(deviceBody, 0.12), r * 0.92, 'opacity="0.6"') +
      rect(sx, sy, sw, sh, screen, r - b) +
      rect(x + w * 0.36, sy + sh * 0.012, w * 0.28, sh * 0.028, deviceBody, sh * 0.014),
    screen: { x: sx, y: sy, w: sw, h: sh },
  };
}

/** A phone on a call: caller, running timer, and the call buttons. */
export function phoneFrame(w: number, h: number): FrameArt {
  const m = shadowMargin(w, h);
  const shell = deviceShell(m, m * 0.6, w - m * 2, h - m * 2, 'url(#phone-screen)', 'phone');
  const s = shell.screen;
  const avatarR = s.w * 0.2;
  const avatarY = s.y + s.h * 0.42;
  const buttonR = s.w * 0.105;
  const rowY = s.y + s.h * 0.68;
  const buttons = [
    ['mic', 0.22],
    ['phone', 0.5],
    ['camera', 0.78],
  ] as const;
  const body =
    shell.svg +
    circle(s.x + s.w / 2, avatarY, avatarR * 1.35, '#ffffff', 'opacity="0.06"') +
    circle(s.x + s.w / 2, avatarY, avatarR, '#f3ddd0') +
    buttons
      .map(
        ([name, fx]) =>
          circle(s.x + s.w * fx, rowY, buttonR, '#ffffff', 'opacity="0.16"') +
          icon(name === 'phone' ? 'text' : name, s.x + s.w * fx - buttonR * 0.6, rowY - buttonR * 0.6, buttonR * 1.2, '#ffffff'),
      )
      .join('') +
    circle(s.x + s.w / 2, s.y + s.h * 0.86, buttonR * 1.15, '#d8553f') +
    icon('hangup', s.x + s.w / 2 - buttonR * 0.7, s.y + s.h * 0.86 - buttonR * 0.7, buttonR * 1.4, '#ffffff');
  const defs =
    softShadow('phone-shadow', m * 0.45, m * 0.25, 0.22) +
    linearGradient('phone-screen', [
      [0, '#35605c'],
      [1, '#243c45'],
    ]);
  return {
    svg: svgDocument(w, h, `0 0 ${n(w)} ${n(h)}`, body, defs),
    slots: {
      caller: { x: s.x + s.w / 2, y: s.y + s.h * 0.12, size: s.w * 0.095, color: '#ffffff', align: 0.5, bold: true, maxWidth: s.w * 0.9 },
      timer: { x: s.x + s.w / 2, y: s.y + s.h * 0.19, size: s.w * 0.08, color: '#cfe6df', align: 0.5, bold: false, maxWidth: s.w * 0.9 },
      initials: { x: s.x + s.w / 2, y: avatarY, size: avatarR * 0.8, color: accent, align: 0.5, bold: true, maxWidth: avatarR * 2 },
    },
  };
}

/** A text thread: contact header, message bubbles, a read receipt and the compose bar. */
export function textFrame(w: number, h: number): FrameArt {
  const m = shadowMargin(w, h);
  const shell = deviceShell(m, m * 0.6, w - m * 2, h - m * 2, '#fbf7f1', 'text');
  const s = shell.screen;
  const headerH = s.h * 0.14;
  const avatarR = headerH * 0.26;
  const inset = s.w * 0.07;
  const bubble = (x: number, y: number, bw: number, bh: number, mine: boolean) => {
    const r = bh * 0.32;
    const fill = mine ? '#2f6f73' : '#efe7dc';
    const lines = mine ? '#ffffff' : '#cfc3b3';
    const tail = mine
      ? path(
          `M${n(x + bw - r)} ${n(y + bh)} L${n(x + bw + r * 0.5)} ${n(y + bh + r * 0.2)} L${n(x + bw - r * 0.2)} ${n(y + bh - r)} Z`,
          fill,
        )
      : path(`M${n(x + r)} ${n(y + bh)} L${n(x - r * 0.5)} ${n(y + bh + r * 0.2)} L${n(x + r * 0.2)} ${n(y + bh - r)} Z`, fill);
    const lh = bh * 0.13;
    return (
      rect(x, y, bw, bh, fill, r) +
      tail +
      placeholderLines(x + bw * 0.1, y + bh * 0.3, bw * 0.8, lh, bh > s.h * 0.1 ? [0.92, 0.6] : [0.7], lines, 2.2).replace(
        /<rect /g,
        `<rect opacity="${mine ? 0.55 : 1}" `,
      )
    );
  };
  const b1y = s.y + headerH + s.h * 0.05;
  const b2y = b1y + s.h * 0.15;
  const b3y = b2y + s.h * 0.17;
  const body =
    shell.svg +
    rect(s.x, s.y, s.w, headerH, '#f1e9de', s.w * 0.1) +
    rect(s.x, s.y + headerH * 0.5, s.w, headerH * 0.5, '#f1e9de') +
    stroke(
      `M${n(s.x + inset)} ${n(s.y + headerH * 0.62)} l${n(s.w * 0.035)} ${n(-s.w * 0.035)} M${n(s.x + inset)} ${n(s.y + headerH * 0.62)} l${n(s.w * 0.035)} ${n(s.w * 0.035)}`,
      accent,
      s.w * 0.016,
    ) +
    circle(s.x + inset + s.w * 0.16, s.y + headerH * 0.62, avatarR, '#f6d3c2') +
    bubble(s.x + inset, b1y, s.w * 0.66, s.h * 0.12, false) +
    bubble(s.x + s.w - inset - s.w * 0.6, b2y, s.w * 0.6, s.h * 0.12, true) +
    bubble(s.x + s.w - inset - s.w * 0.44, b3y, s.w * 0.44, s.h * 0.075, true) +
    // The compose bar.
    rect(
      s.x + inset,
      s.y + s.h * 0.86,
      s.w * 0.68,
      s.h * 0.07,
      '#ffffff',
      s.h * 0.035,
      `stroke="#e4dacb" stroke-width="${n(s.w * 0.008)}"`,
    ) +
    circle(s.x + s.w - inset - s.h * 0.035, s.y + s.h * 0.895, s.h * 0.035, '#2f6f73') +
    path(
      `M${n(s.x + s.w - inset - s.h * 0.05)} ${n(s.y + s.h * 0.895)} l${n(s.h * 0.03)} ${n(-s.h * 0.016)} l${n(-s.h * 0.008)} ${n(s.h * 0.032)} Z`,
      '#ffffff',
    );
  const defs = softShadow('text-shadow', m * 0.45, m * 0.25, 0.22);
  const nameX = s.x + inset + s.w * 0.16 + avatarR + s.w * 0.04;
  return {
    svg: svgDocument(w, h, `0 0 ${n(w)} ${n(h)}`, body, defs),
    slots: {
      contact: {
        x: nameX,
        y: s.y + headerH * 0.62,
        size: s.w * 0.075,
        color: ink,
        align: 0,
        bold: true,
        maxWidth: s.x + s.w - inset - nameX,
      },
      initials: {
        x: s.x + inset + s.w * 0.16,
        y: s.y + headerH * 0.62,
        size: avatarR * 0.85,
        color: accent,
        align: 0.5,
        bold: true,
        maxWidth: avatarR * 2,
      },
      receipt: {
        x: s.x + s.w - inset,
        y: b3y + s.h * 0.075 + s.h * 0.05,
        size: s.w * 0.068,
        color: inkSoft,
        align: 1,
        bold: false,
        maxWidth: s.w * 0.8,
      },
    },
  };
}

/** A video-call window: the video area (behind the bust) and its toolbar. */
export function callFrame(w: number, h: number, toolbar: number, backdrop: [string, string]): FrameArt {
  const r = Math.min(w, h) * 0.045;
  const videoH = h - toolbar;
  const buttonR = toolbar * 0.3;
  const cy = videoH + toolbar / 2;
  const controls = [
    ['mic', w / 2 - buttonR * 3.6],
    ['camera', w / 2 - buttonR * 1.2],
  ] as const;
  const body =
    rect(0, 0, w, h, deviceBody, r) +
    `<path d="M${n(r * 0.5)} ${n(videoH)} L${n(r * 0.5)} ${n(r)} Q${n(r * 0.5)} ${n(r * 0.5)} ${n(r)} ${n(r * 0.5)} L${n(w - r)} ${n(r * 0.5)} Q${n(w - r * 0.5)} ${n(r * 0.5)} ${n(w - r * 0.5)} ${n(r)} L${n(w - r * 0.5)} ${n(videoH)} Z" fill="url(#call-bg)"/>` +
    // A softly blurred room behind the caller.
    circle(w * 0.18, videoH * 0.3, Math.min(w, videoH) * 0.16, '#ffffff', 'opacity="0.28"') +
    circle(w * 0.84, videoH * 0.22, Math.min(w, videoH) * 0.1, '#ffffff', 'opacity="0.22"') +
    rect(w * 0.06, videoH * 0.58, w * 0.24, videoH * 0.05, shade(backdrop[1], -0.12), videoH * 0.02, 'opacity="0.6"') +
    ellipse(w * 0.86, videoH * 0.74, w * 0.07, videoH * 0.12, '#7fa88f', 'opacity="0.45"') +
    controls
      .map(
        ([name, x]) => circle(x, cy, buttonR, '#4a4552') + icon(name, x - buttonR * 0.62, cy - buttonR * 0.62, buttonR * 1.24, '#ffffff'),
      )
      .join('') +
    rect(w / 2 + buttonR * 0.4, cy - buttonR, buttonR * 3.4, buttonR * 2, '#d8553f', buttonR) +
    icon('hangup', w / 2 + buttonR * 2.1 - buttonR * 0.75, cy - buttonR * 0.75, buttonR * 1.5, '#ffffff') +
    circle(w * 0.06 + buttonR * 0.2, cy, buttonR * 0.22, '#e0584a');
  const defs = linearGradient('call-bg', [
    [0, backdrop[0]],
    [1, backdrop[1]],
  ]);
  return {
    svg: svgDocument(w, h, `0 0 ${n(w)} ${n(h)}`, body, defs),
    slots: {
      timer: { x: w * 0.06 + buttonR * 0.7, y: cy, size: toolbar * 0.3, color: '#ffffff', align: 0, bold: false, maxWidth: w * 0.25 },
    },
  };
}

/** What sits over the caller in a video call: the player's own small picture. */
export function callOverlay(w: number, h: number, toolbar: number): FrameArt {
  const videoH = h - toolbar;
  const tw = Math.max(w * 0.24, 40);
  const th = tw * 0.72;
  const tx = w - tw - w * 0.04;
  const ty = w * 0.04;
  const body =
    rect(tx, ty, tw, th, '#55606f', tw * 0.08, 'stroke="#ffffff" stroke-opacity="0.85" stroke-width="2"') +
    circle(tx + tw / 2, ty + th * 0.44, th * 0.17, '#e3b48f') +
    path(
      `M${n(tx + tw * 0.28)} ${n(ty + th)} C${n(tx + tw * 0.3)} ${n(ty + th * 0.68)} ${n(tx + tw * 0.7)} ${n(ty + th * 0.68)} ${n(tx + tw * 0.72)} ${n(ty + th)} Z`,
      '#7fa88f',
    ) +
    path(
      `M${n(tx + tw / 2 - th * 0.19)} ${n(ty + th * 0.4)} C${n(tx + tw / 2 - th * 0.2)} ${n(ty + th * 0.2)} ${n(tx + tw / 2 + th * 0.2)} ${n(ty + th * 0.2)} ${n(tx + tw / 2 + th * 0.19)} ${n(ty + th * 0.4)} Z`,
      '#3b2f2a',
    );
  return {
    svg: svgDocument(w, videoH, `0 0 ${n(w)} ${n(videoH)}`, body),
    slots: {
      you: {
        x: tx + tw * 0.08,
        y: ty + th - th * 0.14,
        size: Math.max(9, th * 0.16),
        color: '#ffffff',
        align: 0,
        bold: true,
        maxWidth: tw,
      },
    },
  };
}

/** A small square icon for the channel badge or the timeline stamp. */
export function badgeIconSvg(name: Channel | 'calendar', size: number, color: string): string {
  return svgDocument(size, size, '0 0 24 24', icon(name, 0, 0, 24, color));
}

/** A cup of coffee on a saucer, for the in-person table: the two of you are sitting together. */
export function cupSvg(size: number): string {
  const body =
    ellipse(50, 86, 40, 9, '#e9dccb') +
    ellipse(50, 84, 30, 6, '#fffaf3') +
    `<path d="M24 44 L76 44 L70 80 C68 86 32 86 30 80 Z" fill="#fffaf3"/>` +
    `<ellipse cx="50" cy="44" rx="26" ry="6" fill="#8a5a3c"/>` +
    `<path d="M76 52 C92 52 92 72 72 72" fill="none" stroke="#fffaf3" stroke-width="6"/>` +
    `<path d="M44 34 C38 26 50 20 44 10" fill="none" stroke="#ffffff" stroke-width="3" stroke-linecap="round" opacity="0.8"/>`;
  return svgDocument(size, size, '0 0 100 100', body);
}
