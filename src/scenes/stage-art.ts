/**
 * Which rasterised pictures a view needs (the room, the person and each face, the desk, the
 * channel frame, the badge icons) and under which texture keys. Equal views and layouts give equal
 * keys, so a redraw rasterises only what changed. No Phaser here: the scene hands the requests to
 * SvgTextures and passes the keys on to its layers.
 */
import type { StageView } from '../core/stage/stage-view';
import { moods, type Mood } from '../core/story/tags';
import { badgeIconSvg, callFrame, callOverlay, cupSvg, emailFrame, phoneFrame, textFrame } from './art/channel-frames';
import { deskSvg } from './art/desks';
import { glasshouseSvg } from './art/glasshouse';
import { bustBaseSvg, bustView, faceCrop } from './art/people';
import { bustBlinkSvg, bustFaceSvg } from './art/faces';
import { personLook } from './art/people-looks';
import { roomSvg, type RoomFrame } from './art/rooms';
import type { Box, StageLayout } from './stage-layout';
import { colors } from './stage-text';
import { SvgTextures, type TextureRequest } from './svg-textures';

/** The texture keys of one picture of the stage; null where the view shows no such thing. */
export interface StageArt {
  backdrop: string;
  bust: string | null;
  faces: Map<Mood, string>;
  blink: string | null;
  desk: string | null;
  frame: string | null;
  overlay: string | null;
  channelIcon: string | null;
  calendarIcon: string | null;
}

/** What is on stage: the view, where it was laid out and the art it was drawn with. */
export interface StagePicture {
  view: StageView;
  layout: StageLayout;
  art: StageArt;
}

/** How a layer should move from the picture before to the next one. */
export interface StageChange {
  before: StagePicture | null;
  /** False with reduced motion, on the first picture and on a resize. */
  animate: boolean;
  /** Another scenario, or the menu to or from a scenario: the whole scene changes. */
  sceneChanged: boolean;
}

/** Stacking order of the layers, back to front. */
export const depth = {
  backdrop: 0,
  channelBack: 10,
  bust: 20,
  face: 21,
  blink: 22,
  desk: 30,
  channelFront: 40,
  label: 50,
  badges: 60,
  meters: 70,
} as const;

/** The in-person table's cup, in pixels. */
export function cupSize(layout: StageLayout): number {
  return layout.unit * 3.2;
}

/** Where the face layer sits over a bust drawn in `bust`. */
export function faceBox(bust: Box): Box {
  const sx = bust.w / bustView.width;
  const sy = bust.h / bustView.height;
  return { x: bust.x + faceCrop.x * sx, y: bust.y + faceCrop.y * sy, w: faceCrop.w * sx, h: faceCrop.h * sy };
}

export function boxKey(box: Box): string {
  return [box.x, box.y, box.w, box.h].map((v) => Math.round(v)).join(',');
}

function roomFrame(layout: StageLayout, channel: StageView['channel']): RoomFrame {
  // Only the inbox lies on the desk; the phone and the thread stand beside the person.
  const clear = channel === 'email' ? layout.card : null;
  return { width: layout.visible.w, height: layout.visible.h, bust: layout.home, deskY: layout.deskY, unit: layout.unit, clear };
}

export function planStageArt(view: StageView, layout: StageLayout): { art: StageArt; requests: TextureRequest[] } {
  const requests: TextureRequest[] = [];
  const want = (key: string, width: number, height: number, svg: () => string) => {
    requests.push({ key, width, height, svg });
    return key;
  };
  const { visible: R, unit } = layout;
  const art: StageArt = {
    backdrop: '',
    bust: null,
    faces: new Map(),
    blink: null,
    desk: null,
    frame: null,
    overlay: null,
    channelIcon: null,
    calendarIcon: null,
  };
  if (view.kind === 'menu') {
    art.backdrop = want(SvgTextures.key('glasshouse', R.w, R.h, Math.round(unit)), R.w, R.h, () => glasshouseSvg(R.w, R.h, unit));
    return { art, requests };
  }
  const room = view.room;
  const frame = roomFrame(layout, view.channel);
  const frameKey = [boxKey(frame.bust), Math.round(frame.deskY), Math.round(unit)].join(';');
  art.backdrop = want(SvgTextures.key('room', R.w, R.h, room, frameKey), R.w, R.h, () => roomSvg(room, frame));
  const deskH = R.h - layout.deskY;
  const clearKey = frame.clear ? boxKey(frame.clear) : '';
  art.desk = want(SvgTextures.key('desk', R.w, deskH, room, frameKey, clearKey), R.w, deskH, () => deskSvg(room, frame));

  const person = view.person;
  const look = personLook(person);
  // The bust is drawn at the largest size it is shown at; a video call shows it a little smaller.
  const bw = Math.max(layout.bust.w, layout.home.w);
  const bh = Math.max(layout.bust.h, layout.home.h);
  art.bust = want(SvgTextures.key('bust', bw, bh, person), bw, bh, () => bustBaseSvg(look, bw, bh));
  const face = faceBox({ x: 0, y: 0, w: bw, h: bh });
  for (const mood of moods)
    art.faces.set(
      mood,
      want(SvgTextures.key('face', face.w, face.h, person, mood), face.w, face.h, () => bustFaceSvg(look, mood, face.w, face.h)),
    );
  art.blink = want(SvgTextures.key('blink', face.w, face.h, person), face.w, face.h, () => bustBlinkSvg(look, face.w, face.h));

  const channel = view.channel;
  if (channel && layout.card && (channel === 'email' || channel === 'phone' || channel === 'text')) {
    const { w, h } = layout.card;
    const draw = { email: emailFrame, phone: phoneFrame, text: textFrame }[channel];
    // The frame's art has no text in it (names are drawn as labels), so one texture serves every sender.
    art.frame = want(SvgTextures.key(channel, w, h), w, h, () => draw(w, h).svg);
  } else if (channel === 'call' && layout.video) {
    const { w, h } = layout.video;
    const toolbar = layout.videoToolbar;
    art.frame = want(
      SvgTextures.key('call', w, h, person, Math.round(toolbar)),
      w,
      h,
      () => callFrame(w, h, toolbar, look.videoBackdrop).svg,
    );
    art.overlay = want(
      SvgTextures.key('call-overlay', w, h - toolbar, Math.round(toolbar)),
      w,
      h - toolbar,
      () => callOverlay(w, h, toolbar).svg,
    );
  } else if (channel === 'in-person') {
    const size = cupSize(layout);
    art.frame = want(SvgTextures.key('cups', size, size), size, size, () => cupSvg(size));
  }
  const iconSize = Math.round(layout.badges.h * 0.56);
  if (channel)
    art.channelIcon = want(SvgTextures.key('icon', iconSize, iconSize, channel), iconSize, iconSize, () =>
      badgeIconSvg(channel, iconSize, colors.accent),
    );
  if (view.time)
    art.calendarIcon = want(SvgTextures.key('icon', iconSize, iconSize, 'calendar'), iconSize, iconSize, () =>
      badgeIconSvg('calendar', iconSize, colors.accent),
    );
  return { art, requests };
}

/** Every texture key a picture uses, so pruning keeps them. */
export function artKeys(art: StageArt): string[] {
  return [
    art.backdrop,
    ...art.faces.values(),
    art.bust,
    art.blink,
    art.desk,
    art.frame,
    art.overlay,
    art.channelIcon,
    art.calendarIcon,
  ].filter((key): key is string => key !== null);
}
