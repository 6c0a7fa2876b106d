/**
 * Where everything on the stage goes, for a window size. Pure arithmetic, no Phaser, so it is
 * cheap to call on every resize and easy to test.
 *
 * The DOM interface covers the right 62% of a wide window, or everything below the top 28% of a
 * narrow one; the stage draws what matters inside the part that stays visible.
 */
import type { Channel } from '../core/story/tags';
import { bustView } from './art/people';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** `column`: the visible area is a tall strip on the left; `row`: a short band across the top. */
export type Arrangement = 'column' | 'row';

export interface StageLayout {
  width: number;
  height: number;
  arrangement: Arrangement;
  /** The part of the window the interface panel leaves visible. */
  visible: Box;
  /** The size everything scales from: about one line of small text, in pixels. */
  unit: number;
  pad: number;
  /** Top-left corner of the timeline stamp; the channel label follows it. */
  badges: { x: number; y: number; h: number; maxRight: number; stack: boolean };
  bust: Box;
  /** Where the desk top meets the wall; the desk hides the bust below this line. */
  deskY: number;
  /** Where the bust stands when nothing sits beside it: the room's decor is arranged around it. */
  home: Box;
  /** The email window or phone, beside the bust. */
  card: Box | null;
  /** The video-call window (video area plus its toolbar), which frames the bust. */
  video: Box | null;
  videoToolbar: number;
  /**
   * The mood label's top edge and centre (or right edge when `inside` a video window); it sits
   * across the bottom of the bust and never reaches past `maxRight`.
   */
  moodLabel: { x: number; y: number; inside: boolean; maxRight: number };
  meters: Box | null;
  /**
   * The strip above the meters kept free for sound captions (the page places them there), so that
   * they never cover the channel frame; null where the captions go elsewhere (a narrow window).
   */
  captions: Box | null;
  /** Where the counterpart's name card goes on the briefing (the meters' place during play). */
  nameCard: Box;
  /** Font sizes in pixels. */
  text: { small: number; body: number; label: number };
}

export interface LayoutOptions {
  /** The channel frame to make room for; null for none (menu, debrief). */
  channel: Channel | null;
  /** How many meters to show. Room for two is always kept, so the scene does not jump. */
  meterCount: number;
  /** Canvas pixels per CSS pixel: the interface's breakpoints and size limits are in CSS pixels. */
  pixelScale?: number;
}

const reservedMeters = 2;

const bustAspect = bustView.height / bustView.width;
/** The share of the bust's height above the desk line. */
const bustAboveDesk = 0.86;

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(high, value));

/** `width` and `height` in CSS pixels. */
export function arrangementFor(width: number, height: number): Arrangement {
  // Matches the interface's media query: (max-aspect-ratio: 1/1), (max-width: 760px).
  return width / height <= 1 || width <= 760 ? 'row' : 'column';
}

export function visibleArea(width: number, height: number, pixelScale = 1): Box {
  return arrangementFor(width / pixelScale, height / pixelScale) === 'column'
    ? { x: 0, y: 0, w: Math.round(width * 0.38), h: height }
    : { x: 0, y: 0, w: width, h: Math.round(height * 0.28) };
}

/** Two rows of compact caption pills (captions.ts), in units: the page's text is about 0.9 units. */
const captionBandUnits = 3.6;

function metersHeight(unit: number, count: number): number {
  return count === 0 ? 0 : unit * 1.7 + count * unit * 2.5;
}

function columnLayout(width: number, height: number, options: LayoutOptions): StageLayout {
  const px = options.pixelScale ?? 1;
  const visible = visibleArea(width, height, px);
  const unit = clamp(Math.min(visible.h / 40, visible.w / 22), 9 * px, 64 * px);
  const pad = unit * 1.2;
  const badgeH = unit * 2.1;
  // A narrow column cannot fit the stamp and the channel side by side: give them two rows.
  const twoRows = visible.w < unit * 25;
  const sceneTop = pad + badgeH + unit * 0.9 + (twoRows ? badgeH + unit * 0.5 : 0);
  const metersH = metersHeight(unit, options.meterCount);
  const meters = options.meterCount
    ? { x: pad, y: visible.h - pad - metersH, w: Math.min(visible.w - pad * 2, unit * 24), h: metersH }
    : null;
  const captionsH = unit * captionBandUnits;
  const sceneBottom = visible.h - pad - metersHeight(unit, reservedMeters) - unit * 0.6 - captionsH - unit * 0.3;
  const captions = { x: pad, y: sceneBottom + unit * 0.3, w: visible.w - pad * 2, h: captionsH };
  const sceneH = sceneBottom - sceneTop;
  const labelH = unit * 2;
  const base = {
    width,
    height,
    arrangement: 'column' as const,
    visible,
    unit,
    pad,
    badges: { x: pad, y: pad, h: badgeH, maxRight: visible.w - pad, stack: twoRows },
    meters,
    captions,
    nameCard: {
      x: pad,
      y: visible.h - pad - metersHeight(unit, reservedMeters),
      w: Math.min(visible.w - pad * 2, unit * 24),
      h: metersHeight(unit, reservedMeters),
    },
    text: { small: unit * 0.78, body: unit * 0.92, label: unit * 0.98 },
    videoToolbar: unit * 2.8,
  };

  const homeH = Math.min(sceneH * 0.68, visible.w * 0.74 * bustAspect);
  // In a tall, narrow column the width limits the bust: lower it so the desk still sits near
  // the middle of the scene instead of leaving an empty desk front.
  const deskY = Math.max(sceneTop + unit * 0.2 + homeH * bustAboveDesk, sceneTop + sceneH * 0.58);
  const bustTop = deskY - homeH * bustAboveDesk;
  const homeW = homeH / bustAspect;
  const home = { x: (visible.w - homeW) / 2, y: bustTop, w: homeW, h: homeH };

  if (options.channel === 'call') {
    const w = visible.w - pad * 2;
    const toolbar = base.videoToolbar;
    const videoH = Math.min(w * 1.0, sceneH - toolbar - unit * 0.4);
    const video = { x: pad, y: sceneTop, w, h: videoH + toolbar };
    const bh = Math.min(videoH * 0.88, w * 0.78 * bustAspect);
    const bw = bh / bustAspect;
    const bust = { x: pad + (w - bw) / 2, y: sceneTop + videoH - bh, w: bw, h: bh };
    return {
      ...base,
      bust,
      deskY,
      home,
      card: null,
      video,
      moodLabel: {
        x: video.x + video.w - unit * 0.8,
        y: sceneTop + videoH - labelH - unit * 0.7,
        inside: true,
        maxRight: video.x + video.w - unit * 0.8,
      },
    };
  }

  const tallCard = options.channel === 'phone' || options.channel === 'text';
  const bh = homeH;
  const bw = bh / bustAspect;
  let cx = visible.w / 2;
  let card: Box | null = null;
  // The mood sits on the desk in front of the person, like a name plate, not on their chest.
  const labelY = deskY + unit * 0.35;

  if (tallCard) {
    const fullW = Math.min((sceneBottom - (bustTop + bh * 0.42)) * 0.52, visible.w * 0.42);
    // The phone overlaps the shoulder, never the face; in a narrow column the phone gives way.
    cx = clamp(visible.w - pad - fullW - bw * 0.24, bw / 2, visible.w / 2);
    const x = Math.max(visible.w - pad - fullW, cx + bw * 0.24);
    const w = visible.w - pad - x;
    card = { x, y: sceneBottom - w / 0.52, w, h: w / 0.52 };
  } else if (options.channel === 'email') {
    // The email window lies on the desk, in front of the person, below the mood.
    const top = labelY + labelH + unit * 0.5;
    let h = sceneBottom - top;
    let w = h / 0.56;
    if (w > visible.w - pad * 2) {
      w = visible.w - pad * 2;
      h = w * 0.56;
    }
    card = { x: (visible.w - w) / 2, y: top + (sceneBottom - top - h) / 2, w, h };
  }

  return {
    ...base,
    bust: { x: cx - bw / 2, y: deskY - bh * bustAboveDesk, w: bw, h: bh },
    deskY,
    home,
    card,
    video: null,
    moodLabel: { x: cx, y: labelY, inside: false, maxRight: tallCard && card ? card.x - unit * 0.5 : visible.w - pad },
  };
}

function rowLayout(width: number, height: number, options: LayoutOptions): StageLayout {
  const px = options.pixelScale ?? 1;
  const visible = visibleArea(width, height, px);
  const unit = clamp(Math.min(visible.h / 15, visible.w / 40), 8 * px, 48 * px);
  const pad = unit;
  const badgeH = unit * 1.9;
  // An information column on the right (stamp, channel, meters); the scene fills the rest.
  const infoW = Math.min(unit * 13, visible.w * 0.34);
  const infoX = visible.w - pad - infoW;
  const badgesBottom = pad + badgeH * 2 + unit * 0.5;
  const metersH = Math.min(metersHeight(unit, options.meterCount), visible.h - pad * 0.5 - badgesBottom - unit * 0.6);
  const meters = options.meterCount ? { x: infoX, y: badgesBottom + unit * 0.6, w: infoW, h: metersH } : null;
  const left = pad * 0.5;
  const right = infoX - unit;
  const middle = right - left;
  const base = {
    width,
    height,
    arrangement: 'row' as const,
    visible,
    unit,
    pad,
    badges: { x: infoX, y: pad, h: badgeH, maxRight: visible.w - pad, stack: true },
    meters,
    captions: null,
    nameCard: { x: infoX, y: pad + badgeH + unit * 0.6, w: infoW, h: visible.h - pad * 1.5 - badgeH - unit * 0.6 },
    text: { small: unit * 0.8, body: unit * 0.92, label: unit * 0.95 },
    videoToolbar: unit * 2.2,
  };
  const deskY = visible.h * 0.8;
  const labelH = unit * 1.8;
  const bustTop = unit * 0.7;
  const bh = (deskY - bustTop) / bustAboveDesk;
  const bw = bh / bustAspect;
  const home = { x: left + (middle - bw) / 2, y: bustTop, w: bw, h: bh };

  if (options.channel === 'call') {
    const h = visible.h - pad * 1.4;
    const toolbar = base.videoToolbar;
    const videoH = h - toolbar;
    const w = Math.min(videoH * 1.45, middle);
    const video = { x: left + (middle - w) / 2, y: pad * 0.7, w, h };
    const vh = Math.min(videoH * 0.88, w * 0.78 * bustAspect);
    const vw = vh / bustAspect;
    return {
      ...base,
      bust: { x: video.x + (w - vw) / 2, y: video.y + videoH - vh, w: vw, h: vh },
      deskY,
      home,
      card: null,
      video,
      moodLabel: {
        x: video.x + w - unit * 0.6,
        y: video.y + videoH - labelH - unit * 0.5,
        inside: true,
        maxRight: video.x + w - unit * 0.6,
      },
    };
  }

  let card: Box | null = null;
  let cx = left + middle / 2;
  const roomForCard = middle > bw + unit * 8;
  if (options.channel && options.channel !== 'in-person' && roomForCard) {
    const tall = options.channel !== 'email';
    let h = tall ? visible.h - pad * 1.2 : visible.h * 0.56;
    let w = tall ? h * 0.52 : h / 0.56;
    const overlap = tall ? bw * 0.12 : bw * 0.08;
    const maxW = middle - bw + overlap;
    if (w > maxW) {
      w = maxW;
      h = tall ? w / 0.52 : w * 0.56;
    }
    const groupW = bw + w - overlap;
    cx = left + (middle - groupW) / 2 + bw / 2;
    card = { x: cx + bw / 2 - overlap, y: tall ? visible.h - pad * 0.6 - h : Math.min(deskY - h * 0.55, visible.h - pad * 0.6 - h), w, h };
  }
  return {
    ...base,
    bust: { x: cx - bw / 2, y: bustTop, w: bw, h: bh },
    deskY,
    home,
    card,
    video: null,
    moodLabel: { x: cx, y: deskY + unit * 0.2, inside: false, maxRight: card ? card.x - unit * 0.4 : right },
  };
}

export function stageLayout(width: number, height: number, options: LayoutOptions): StageLayout {
  const w = Math.max(1, width);
  const h = Math.max(1, height);
  const px = options.pixelScale ?? 1;
  return arrangementFor(w / px, h / px) === 'column' ? columnLayout(w, h, options) : rowLayout(w, h, options);
}
