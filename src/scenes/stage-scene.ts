/**
 * The stage behind the interface: the room of the scenario, the counterpart with their mood, the
 * channel frame, the timeline stamp and the live meters. It follows the stage bridge and redraws
 * only when something it shows changes or the window is resized.
 */
import * as Phaser from 'phaser';
import type { Presentation } from '../core/session/presentation';
import { deriveStageView, formatCallTimer, type StageView } from '../core/stage/stage-view';
import type { ScenarioMeta } from '../core/story/scenario';
import type { Meters } from '../core/story/story-player';
import { moods, type Mood } from '../core/story/tags';
import type { StageBridge, StageScreen } from '../core/stage/stage-bridge';
import { badgeIconSvg, callFrame, callOverlay, emailFrame, phoneFrame, textFrame, type FrameArt, type TextSlot } from './art/channel-frames';
import { bustBaseSvg, bustBlinkSvg, bustFaceSvg, bustView, faceCrop, personLook } from './art/people';
import { deskSurfaceDepth, deskSvg, glasshouseSvg, roomPalette, roomSvg, type RoomFrame } from './art/rooms';
import { colorNumber, ellipse, mix, svgDocument } from './art/svg';
import { MetersPanel } from './meters-panel';
import { stageLayout, type Box, type StageLayout } from './stage-layout';
import { colors, drawPill, fontFamily, getCanvasScale, stageText, textResolution } from './stage-text';
import { SvgTextures, type TextureRequest } from './svg-textures';

export interface StageSceneData {
  bridge: StageBridge;
  /** Called once the scene has drawn its first picture. */
  ready: () => void;
  /** Called with each view the scene puts on stage (the host mirrors it for tests). */
  shown?: (view: StageView) => void;
}

interface Keys {
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

const depth = { backdrop: 0, channelBack: 10, bust: 20, face: 21, blink: 22, desk: 30, channelFront: 40, label: 50, badges: 60, meters: 70 } as const;

/** Where the face layer sits over a bust drawn in `bust`. */
function faceBox(bust: Box): Box {
  const sx = bust.w / bustView.width;
  const sy = bust.h / bustView.height;
  return { x: bust.x + faceCrop.x * sx, y: bust.y + faceCrop.y * sy, w: faceCrop.w * sx, h: faceCrop.h * sy };
}

function boxKey(box: Box): string {
  return [box.x, box.y, box.w, box.h].map((v) => Math.round(v)).join(',');
}

export class StageScene extends Phaser.Scene {
  private bridge!: StageBridge;
  private onReady: (() => void) | null = null;
  private onShown: ((view: StageView) => void) | null = null;
  private unsubscribe: (() => void)[] = [];
  private art!: SvgTextures;
  private motionQuery: MediaQueryList | null = null;
  private readonly motionChanged = () => this.requestRefresh();

  private screenName: StageScreen = 'menu';
  private scenario: ScenarioMeta | null = null;
  private presentation: Presentation | null = null;
  private meterValues: Meters = {};

  private generation = 0;
  private shown: { view: StageView; layout: StageLayout; keys: Keys } | null = null;
  // Timers run on the page's clock, not Phaser's: the game loop sleeps while the stage is still
  // (see boot-stage), and Phaser's clock stands still with it.
  private resizeTimer = 0;
  private pruneTimer = 0;
  private blinkTimer = 0;
  private callTimer = 0;
  private callStartedAt = 0;

  private backdrop: Phaser.GameObjects.Image | null = null;
  private fadingBackdrop: Phaser.GameObjects.Image | null = null;
  private bust: Phaser.GameObjects.Image | null = null;
  private face: Phaser.GameObjects.Image | null = null;
  /** The previous expression while it fades out under the new one. */
  private fadingFace: Phaser.GameObjects.Image | null = null;
  private blink: Phaser.GameObjects.Image | null = null;
  private desk: Phaser.GameObjects.Image | null = null;
  private channelBack: Phaser.GameObjects.Container | null = null;
  private channelFront: Phaser.GameObjects.Container | null = null;
  private channelSignature = '';
  private leavingChannel: Phaser.GameObjects.Container[] = [];
  private timerTexts: Phaser.GameObjects.Text[] = [];
  private label: Phaser.GameObjects.Container | null = null;
  private badges: Phaser.GameObjects.Container | null = null;
  private meters!: MetersPanel;

  constructor() {
    super({ key: 'StageScene' });
  }

  init(data: StageSceneData): void {
    this.bridge = data.bridge;
    this.onReady = data.ready;
    this.onShown = data.shown ?? null;
  }

  create(): void {
    this.art = new SvgTextures(this.textures);
    this.meters = new MetersPanel(this, depth.meters, () => this.requestFrame());
    this.motionQuery = typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-reduced-motion: reduce)') : null;
    this.motionQuery?.addEventListener('change', this.motionChanged);

    this.unsubscribe.push(
      this.bridge.follow('screen', (value) => {
        this.screenName = value;
        this.requestRefresh();
      }),
      this.bridge.follow('scenario', (value) => {
        this.scenario = value;
        this.requestRefresh();
      }),
      this.bridge.follow('presentation', (value) => {
        this.presentation = value;
        this.requestRefresh();
      }),
      this.bridge.follow('meters', (value) => {
        this.meterValues = value;
        this.requestRefresh();
      }),
    );

    this.scale.on(Phaser.Scale.Events.RESIZE, this.onResize, this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.teardown());
    this.events.once(Phaser.Scenes.Events.DESTROY, () => this.teardown());
  }

  private get reducedMotion(): boolean {
    return this.motionQuery?.matches ?? false;
  }

  private onResize(): void {
    // Rasterising the art is the costly part: wait until the window stops changing size.
    window.clearTimeout(this.resizeTimer);
    this.resizeTimer = window.setTimeout(() => this.requestRefresh(), 120);
  }

  private refreshQueued = false;
  private tornDown = false;
  private rasterising = 0;

  /** Coalesces the bridge's bursts of updates (screen, scenario, presentation, meters) into one redraw. */
  private requestRefresh(): void {
    if (this.refreshQueued) return;
    this.refreshQueued = true;
    queueMicrotask(() => {
      this.refreshQueued = false;
      if (!this.tornDown) void this.refresh();
    });
  }

  private deriveView(): StageView {
    return deriveStageView({ screen: this.screenName, scenario: this.scenario, presentation: this.presentation, meters: this.meterValues });
  }

  private roomFrame(layout: StageLayout): RoomFrame {
    return { width: layout.visible.w, height: layout.visible.h, bust: layout.home, deskY: layout.deskY, unit: layout.unit };
  }

  private textureRequests(view: StageView, layout: StageLayout): { keys: Keys; requests: TextureRequest[] } {
    const requests: TextureRequest[] = [];
    const want = (key: string, width: number, height: number, svg: () => string) => {
      requests.push({ key, width, height, svg });
      return key;
    };
    const { visible: R, unit } = layout;
    const keys: Keys = { backdrop: '', bust: null, faces: new Map(), blink: null, desk: null, frame: null, overlay: null, channelIcon: null, calendarIcon: null };
    if (view.kind === 'menu') {
      keys.backdrop = want(SvgTextures.key('glasshouse', R.w, R.h, Math.round(unit)), R.w, R.h, () => glasshouseSvg(R.w, R.h, unit));
      return { keys, requests };
    }
    const room = view.room;
    const frame = this.roomFrame(layout);
    const frameKey = [boxKey(frame.bust), Math.round(frame.deskY), Math.round(unit)].join(';');
    keys.backdrop = want(SvgTextures.key('room', R.w, R.h, room, frameKey), R.w, R.h, () => roomSvg(room, frame));
    const deskH = R.h - layout.deskY;
    keys.desk = want(SvgTextures.key('desk', R.w, deskH, room, frameKey), R.w, deskH, () => deskSvg(room, frame));

    const look = personLook(view.person);
    const person = view.person;
    // The bust is drawn at the largest size it is shown at; a video call shows it a little smaller.
    const bw = Math.max(layout.bust.w, layout.home.w);
    const bh = Math.max(layout.bust.h, layout.home.h);
    keys.bust = want(SvgTextures.key('bust', bw, bh, person), bw, bh, () => bustBaseSvg(look, bw, bh));
    const face = faceBox({ x: 0, y: 0, w: bw, h: bh });
    for (const mood of moods) keys.faces.set(mood, want(SvgTextures.key('face', face.w, face.h, person, mood), face.w, face.h, () => bustFaceSvg(look, mood, face.w, face.h)));
    keys.blink = want(SvgTextures.key('blink', face.w, face.h, person), face.w, face.h, () => bustBlinkSvg(look, face.w, face.h));

    const channel = view.channel;
    if (channel && layout.card && (channel === 'email' || channel === 'phone' || channel === 'text')) {
      const { w, h } = layout.card;
      const draw = { email: emailFrame, phone: phoneFrame, text: textFrame }[channel];
      keys.frame = want(SvgTextures.key(channel, w, h, view.sender.initials), w, h, () => draw(w, h, view.sender.initials).svg);
    } else if (channel === 'call' && layout.video) {
      const { w, h } = layout.video;
      const toolbar = layout.videoToolbar;
      keys.frame = want(SvgTextures.key('call', w, h, person, Math.round(toolbar)), w, h, () => callFrame(w, h, toolbar, look.videoBackdrop).svg);
      keys.overlay = want(SvgTextures.key('call-overlay', w, h - toolbar, Math.round(toolbar)), w, h - toolbar, () => callOverlay(w, h, toolbar).svg);
    } else if (channel === 'in-person') {
      const size = unit * 3.2;
      keys.frame = want(SvgTextures.key('cups', size, size), size, size, () => cupsSvg(size));
    }
    const iconSize = Math.round(layout.badges.h * 0.56);
    if (channel) keys.channelIcon = want(SvgTextures.key('icon', iconSize, iconSize, channel), iconSize, iconSize, () => badgeIconSvg(channel, iconSize, colors.accent));
    if (view.time) keys.calendarIcon = want(SvgTextures.key('icon', iconSize, iconSize, 'calendar'), iconSize, iconSize, () => badgeIconSvg('calendar', iconSize, colors.accent));
    return { keys, requests };
  }

  private async refresh(): Promise<void> {
    const generation = ++this.generation;
    const { width, height } = this.scale.gameSize;
    if (width < 2 || height < 2) return;
    const view = this.deriveView();
    const meterCount = Object.values(view.meters).filter((v) => typeof v === 'number').length;
    const layout = stageLayout(width, height, { channel: view.channel, meterCount, pixelScale: getCanvasScale() });
    const { keys, requests } = this.textureRequests(view, layout);
    this.rasterising++;
    try {
      await this.art.ensure(requests);
    } finally {
      this.rasterising--;
    }
    // A newer change arrived while the art was drawn: that refresh will show the newer state.
    if (generation !== this.generation || this.tornDown) return;
    this.apply(view, layout, keys);
    if (this.onReady) {
      const ready = this.onReady;
      this.onReady = null;
      ready();
    }
    window.clearTimeout(this.pruneTimer);
    this.pruneTimer = window.setTimeout(() => this.prune(), 800);
  }

  /**
   * Removes art nobody shows any more. Waits while a redraw is rasterising (its fresh textures are
   * not on stage yet), and keeps whatever any object on stage still uses, fading ones included.
   */
  private prune(): void {
    if (!this.shown || this.tornDown) return;
    if (this.rasterising > 0) {
      this.pruneTimer = window.setTimeout(() => this.prune(), 800);
      return;
    }
    const { keys } = this.shown;
    const keep = new Set<string>([keys.backdrop, ...keys.faces.values()]);
    for (const key of [keys.bust, keys.blink, keys.desk, keys.frame, keys.overlay, keys.channelIcon, keys.calendarIcon]) if (key) keep.add(key);
    const visit = (objects: Phaser.GameObjects.GameObject[]) => {
      for (const object of objects) {
        if (object instanceof Phaser.GameObjects.Image) keep.add(object.texture.key);
        else if (object instanceof Phaser.GameObjects.Container) visit(object.list);
      }
    };
    visit(this.children.list);
    this.art.prune(keep);
  }

  /** Puts the view on stage, with short transitions for what changed (none with reduced motion). */
  private apply(view: StageView, layout: StageLayout, keys: Keys): void {
    const before = this.shown;
    const motion = !this.reducedMotion && before !== null;
    const resized = before !== null && (before.layout.width !== layout.width || before.layout.height !== layout.height);
    const sceneChanged = !before || before.view.kind !== view.kind || before.view.scenarioId !== view.scenarioId;
    const animate = motion && !resized;
    const R = layout.visible;

    this.cameras.main.setBackgroundColor(view.kind === 'menu' ? '#f9efe4' : mix(roomPalette(view.room).wallBottom, '#fbf6ef', 0.4));

    // The room or the glasshouse.
    if (!this.backdrop || this.backdrop.texture.key !== keys.backdrop) {
      const next = this.add.image(0, 0, keys.backdrop).setOrigin(0, 0).setDepth(depth.backdrop);
      next.setDisplaySize(R.w, R.h);
      const old = this.backdrop;
      this.backdrop = next;
      // A backdrop still under a crossfade from an earlier change goes at once.
      this.fadingBackdrop?.destroy();
      this.fadingBackdrop = null;
      if (old) {
        this.tweens.killTweensOf(old);
        if (animate && sceneChanged) {
          old.setAlpha(1);
          this.fadingBackdrop = old;
          next.setAlpha(0);
          this.tweens.add({
            targets: next,
            alpha: 1,
            duration: 320,
            ease: 'Sine.easeInOut',
            onComplete: () => {
              if (this.fadingBackdrop === old) this.fadingBackdrop = null;
              old.destroy();
            },
          });
        } else old.destroy();
      }
    } else {
      this.backdrop.setDisplaySize(R.w, R.h);
    }

    this.applyPerson(view, layout, keys, before, animate, sceneChanged);
    this.applyChannel(view, layout, keys, before, animate, sceneChanged);
    this.applyLabel(view, layout, animate && (sceneChanged || before?.view.mood !== view.mood));
    this.applyBadges(view, layout, keys);
    const metersBox = layout.meters;
    const sameStory = before !== null && !sceneChanged && before.view.screen === view.screen;
    this.meters.show(metersBox, view.meters, layout.unit, layout.text.body, { animate: animate && sameStory, announce: sameStory && view.screen === 'play' });
    this.updateCallTimer(view, before?.view ?? null);
    this.shown = { view, layout, keys };
    this.onShown?.(view);
    this.scheduleBlink();
    this.requestFrame();
  }

  /** Makes sure a changed stage is drawn, even if the game loop was sleeping. */
  private requestFrame(): void {
    const loop = this.game?.loop;
    if (loop && !loop.running && !this.tornDown) loop.wake(true);
  }

  private applyPerson(view: StageView, layout: StageLayout, keys: Keys, before: StageScene['shown'], animate: boolean, sceneChanged: boolean): void {
    if (view.kind === 'menu' || !keys.bust) {
      this.fadingFace?.destroy();
      this.fadingFace = null;
      for (const image of [this.bust, this.face, this.blink, this.desk]) {
        if (!image) continue;
        if (animate) this.tweens.add({ targets: image, alpha: 0, duration: 200, onComplete: () => image.destroy() });
        else image.destroy();
      }
      this.bust = this.face = this.blink = this.desk = null;
      return;
    }
    const box = layout.bust;
    const face = faceBox(box);
    const faceKey = keys.faces.get(view.mood) ?? '';
    const placeAt = (image: Phaser.GameObjects.Image, target: Box) => image.setPosition(target.x, target.y).setDisplaySize(target.w, target.h);
    const glide = (image: Phaser.GameObjects.Image, target: Box) =>
      this.tweens.add({ targets: image, x: target.x, y: target.y, scaleX: target.w / image.width, scaleY: target.h / image.height, duration: 280, ease: 'Cubic.easeInOut' });

    if (!this.bust || sceneChanged) {
      const appear = (image: Phaser.GameObjects.Image, target: Box) => {
        placeAt(image, target);
        if (animate) {
          image.setAlpha(0);
          image.y += layout.unit * 0.6;
          this.tweens.add({ targets: image, alpha: 1, y: target.y, duration: 320, ease: 'Cubic.easeOut' });
        }
        return image;
      };
      for (const image of [this.bust, this.face, this.blink, this.fadingFace]) image?.destroy();
      this.fadingFace = null;
      this.bust = appear(this.add.image(0, 0, keys.bust).setOrigin(0, 0).setDepth(depth.bust), box);
      this.face = appear(this.add.image(0, 0, faceKey).setOrigin(0, 0).setDepth(depth.face), face);
      this.blink = placeAt(this.add.image(0, 0, keys.blink ?? faceKey).setOrigin(0, 0).setDepth(depth.blink), face).setVisible(false);
    } else {
      this.bust.setTexture(keys.bust);
      if (keys.blink) this.blink?.setTexture(keys.blink);
      const moved = before !== null && boxKey(before.layout.bust) !== boxKey(box);
      const parts: [Phaser.GameObjects.Image | null, Box][] = [
        [this.bust, box],
        [this.face, face],
        [this.blink, face],
      ];
      for (const [image, target] of parts) {
        if (!image) continue;
        if (moved && animate) {
          // A channel change moves the person (into a video window, beside a phone): glide there.
          glide(image, target);
        } else {
          this.tweens.killTweensOf(image);
          placeAt(image, target).setAlpha(1);
        }
      }
      if (this.face && this.face.texture.key !== faceKey) {
        const changedMood = before !== null && before.view.mood !== view.mood;
        if (animate && changedMood) {
          // The expression change: the new face fades in over the old one in 200 ms.
          const old = this.face;
          this.fadingFace?.destroy();
          this.fadingFace = old;
          this.tweens.killTweensOf(old);
          const next = this.add.image(old.x, old.y, faceKey).setOrigin(0, 0).setDepth(depth.face).setScale(old.scaleX, old.scaleY).setAlpha(0);
          if (moved) glide(next, face);
          this.face = next;
          this.tweens.add({ targets: next, alpha: 1, duration: 200, ease: 'Sine.easeOut' });
          this.tweens.add({
            targets: old,
            alpha: 0,
            duration: 200,
            ease: 'Sine.easeIn',
            onComplete: () => {
              if (this.fadingFace === old) this.fadingFace = null;
              old.destroy();
            },
          });
        } else {
          this.face.setTexture(faceKey);
          if (!moved || !animate) placeAt(this.face, face);
        }
      }
    }

    // The desk hides the bust's cut-off bottom; a video call frames the bust instead.
    const showDesk = view.channel !== 'call' && keys.desk !== null;
    if (keys.desk) {
      const deskH = layout.visible.h - layout.deskY;
      if (!this.desk || this.desk.texture.key !== keys.desk) {
        this.desk?.destroy();
        this.desk = this.add.image(0, layout.deskY, keys.desk).setOrigin(0, 0).setDepth(depth.desk);
        this.desk.setAlpha(showDesk ? 1 : 0);
        if (animate && sceneChanged) {
          this.desk.setAlpha(0);
          if (showDesk) this.tweens.add({ targets: this.desk, alpha: 1, duration: 320 });
        }
      }
      this.desk.setPosition(0, layout.deskY).setDisplaySize(layout.visible.w, deskH);
      const target = showDesk ? 1 : 0;
      if (this.desk.alpha !== target && !(animate && sceneChanged)) {
        if (animate) this.tweens.add({ targets: this.desk, alpha: target, duration: 240 });
        else this.desk.setAlpha(target);
      }
    }
  }

  private applyChannel(view: StageView, layout: StageLayout, keys: Keys, before: StageScene['shown'], animate: boolean, sceneChanged: boolean): void {
    const signature = [view.channel, keys.frame, keys.overlay, view.sender.name, view.sender.initials, view.channel === 'email' ? view.subject : '', view.channel === 'text' ? view.readReceipt : '', boxKey(layout.card ?? layout.video ?? layout.bust), layout.width, layout.height].join('|');
    if (signature === this.channelSignature && this.channelFront) {
      // Unchanged: just make sure an interrupted slide-in did not leave the frame half shown.
      for (const container of [this.channelBack, this.channelFront]) {
        if (container && !this.tweens.isTweening(container)) container.setAlpha(1).setY(0);
      }
      return;
    }
    this.channelSignature = signature;
    const channelChanged = before?.view.channel !== view.channel || sceneChanged;
    // At most one frame is on its way out: one still fading from an earlier change goes at once.
    for (const container of this.leavingChannel) container.destroy();
    this.leavingChannel = [];
    const oldBack = this.channelBack;
    const oldFront = this.channelFront;
    this.timerTexts = [];
    const back = this.add.container(0, 0).setDepth(depth.channelBack);
    const front = this.add.container(0, 0).setDepth(depth.channelFront);
    this.channelBack = back;
    this.channelFront = front;
    this.buildChannel(view, layout, keys, back, front);

    const leave = (container: Phaser.GameObjects.Container | null) => {
      if (!container) return;
      this.tweens.killTweensOf(container);
      if (animate && channelChanged) {
        this.leavingChannel.push(container);
        this.tweens.add({
          targets: container,
          alpha: 0,
          duration: 160,
          ease: 'Sine.easeIn',
          onComplete: () => {
            this.leavingChannel = this.leavingChannel.filter((c) => c !== container);
            container.destroy();
          },
        });
      } else container.destroy();
    };
    leave(oldBack);
    leave(oldFront);
    if (animate && channelChanged) {
      // The new frame slides in from just below.
      const lift = layout.unit * 0.8;
      for (const container of [back, front]) {
        container.setAlpha(0).setY(lift);
        this.tweens.add({ targets: container, alpha: 1, y: 0, delay: 90, duration: 240, ease: 'Cubic.easeOut' });
      }
    }
  }

  private slotText(container: Phaser.GameObjects.Container, art: FrameArt, slotName: string, offset: { x: number; y: number }, content: string): Phaser.GameObjects.Text | null {
    const slot: TextSlot | undefined = art.slots[slotName];
    if (!slot) return null;
    const text = stageText(this, offset.x + slot.x, offset.y + slot.y, content, { size: slot.size, color: slot.color, bold: slot.bold, align: slot.align, maxWidth: slot.maxWidth });
    container.add(text);
    return text;
  }

  private buildChannel(view: StageView, layout: StageLayout, keys: Keys, back: Phaser.GameObjects.Container, front: Phaser.GameObjects.Container): void {
    const channel = view.channel;
    if (!channel || !keys.frame) return;
    const timerStart = formatCallTimer(this.callSeconds());
    if (layout.card && (channel === 'email' || channel === 'phone' || channel === 'text')) {
      const card = layout.card;
      front.add(this.add.image(card.x, card.y, keys.frame).setOrigin(0, 0).setDisplaySize(card.w, card.h));
      const at = { x: card.x, y: card.y };
      if (channel === 'email') {
        const art = emailFrame(card.w, card.h, view.sender.initials);
        this.slotText(front, art, 'title', at, 'Inbox');
        this.slotText(front, art, 'initials', at, view.sender.initials);
        this.slotText(front, art, 'sender', at, view.sender.name);
        this.slotText(front, art, 'to', at, 'to you');
        this.slotText(front, art, 'subject', at, view.subject);
      } else if (channel === 'phone') {
        const art = phoneFrame(card.w, card.h, view.sender.initials);
        this.slotText(front, art, 'caller', at, view.sender.name);
        const timer = this.slotText(front, art, 'timer', at, timerStart);
        if (timer) this.timerTexts.push(timer);
        this.slotText(front, art, 'initials', at, view.sender.initials);
      } else {
        const art = textFrame(card.w, card.h, view.sender.initials);
        this.slotText(front, art, 'contact', at, view.sender.name);
        this.slotText(front, art, 'initials', at, view.sender.initials);
        this.slotText(front, art, 'receipt', at, view.readReceipt);
      }
    } else if (channel === 'call' && layout.video) {
      const video = layout.video;
      back.add(this.add.image(video.x, video.y, keys.frame).setOrigin(0, 0).setDisplaySize(video.w, video.h));
      const art = callFrame(video.w, video.h, layout.videoToolbar, ['#000000', '#000000']);
      const timer = this.slotText(front, art, 'timer', { x: video.x, y: video.y }, timerStart);
      if (timer) this.timerTexts.push(timer);
      if (keys.overlay) {
        const overlayArt = callOverlay(video.w, video.h, layout.videoToolbar);
        front.add(this.add.image(video.x, video.y, keys.overlay).setOrigin(0, 0).setDisplaySize(video.w, video.h - layout.videoToolbar));
        this.slotText(front, overlayArt, 'you', { x: video.x, y: video.y }, 'You');
      }
      // The caller's name tag, top left of the video as in most call apps.
      const size = layout.text.small;
      const tagH = size * 2;
      const name = stageText(this, 0, 0, view.sender.name, { size, color: '#ffffff', bold: true, maxWidth: video.w * 0.5 });
      const tagW = name.width + size * 1.4;
      const tagX = video.x + layout.unit * 0.7;
      const tagY = video.y + layout.unit * 0.7;
      const tag = this.add.graphics();
      drawPill(tag, tagX, tagY, tagW, tagH, { fill: '#26242c', alpha: 0.72, border: null });
      name.setPosition(Math.round(tagX + size * 0.7), Math.round(tagY + tagH / 2));
      front.add([tag, name]);
    } else if (channel === 'in-person') {
      // Two cups on the table: the two of you are sitting together.
      const size = layout.unit * 3.2;
      const bust = layout.bust;
      const y = layout.deskY + deskSurfaceDepth(layout.visible.h - layout.deskY, layout.unit) * 0.92 - size * 0.86;
      front.add(this.add.image(bust.x + bust.w * 0.92 - size * 0.3, y, keys.frame).setOrigin(0, 0).setDisplaySize(size, size));
      front.add(this.add.image(bust.x + bust.w * 0.08 - size * 0.7, y, keys.frame).setOrigin(0, 0).setDisplaySize(size, size).setFlipX(true));
    }
  }

  private applyLabel(view: StageView, layout: StageLayout, animate: boolean): void {
    this.label?.destroy();
    this.label = null;
    if (view.kind === 'menu') return;
    const container = this.add.container(0, 0).setDepth(depth.label);
    if (view.screen === 'briefing') this.buildNameCard(container, view, layout);
    else this.buildMoodLabel(container, view, layout);
    this.label = container;
    if (animate) {
      container.setAlpha(0);
      this.tweens.add({ targets: container, alpha: 1, duration: 200 });
    }
  }

  /** The mood in words across the bottom of the bust, so it never rests on the face alone. */
  private buildMoodLabel(container: Phaser.GameObjects.Container, view: StageView, layout: StageLayout): void {
    const size = layout.text.label;
    const anchor = layout.moodLabel;
    const caption = stageText(this, 0, 0, view.label.caption, { size: layout.text.small, color: colors.inkSoft });
    const title = stageText(this, 0, 0, view.label.text, { size, bold: true, color: colors.ink });
    const padX = size * 0.8;
    const gap = size * 0.45;
    const h = size * 1.9;
    const w = caption.width + gap + title.width + padX * 2;
    let x = anchor.inside ? anchor.x - w : anchor.x - w / 2;
    x = Math.max(layout.pad * 0.5, Math.min(anchor.maxRight - w, x));
    const background = this.add.graphics();
    drawPill(background, x, anchor.y, w, h);
    caption.setPosition(Math.round(x + padX), Math.round(anchor.y + h / 2));
    title.setPosition(Math.round(x + padX + caption.width + gap), Math.round(anchor.y + h / 2));
    container.add([background, caption, title]);
  }

  /** Who the learner is about to talk to: a name and a role, in the meters' place. */
  private buildNameCard(container: Phaser.GameObjects.Container, view: StageView, layout: StageLayout): void {
    const box = layout.nameCard;
    const inner = layout.unit * 0.85;
    const maxWidth = box.w - inner * 2;
    const name = stageText(this, 0, 0, view.counterpart.name, { size: layout.text.label * 1.08, bold: true, color: colors.ink, maxWidth });
    const role = view.counterpart.role
      ? this.add.text(0, 0, view.counterpart.role, {
          fontFamily,
          fontSize: `${Math.max(8, Math.round(layout.text.small))}px`,
          color: colors.inkSoft,
          resolution: textResolution(),
          wordWrap: { width: maxWidth, useAdvancedWrap: true },
          maxLines: 3,
        })
      : null;
    const nameH = name.height;
    const h = inner * 2 + nameH + (role ? role.height + layout.unit * 0.2 : 0);
    const background = this.add.graphics();
    background.fillStyle(colorNumber(colors.card), 0.95);
    background.fillRoundedRect(box.x, box.y, box.w, Math.min(h, box.h + inner), layout.unit * 0.7);
    background.lineStyle(Math.max(1, layout.unit * 0.07), colorNumber(colors.line), 1);
    background.strokeRoundedRect(box.x, box.y, box.w, Math.min(h, box.h + inner), layout.unit * 0.7);
    name.setPosition(Math.round(box.x + inner), Math.round(box.y + inner + nameH / 2));
    container.add([background, name]);
    if (role) {
      role.setPosition(Math.round(box.x + inner), Math.round(box.y + inner + nameH + layout.unit * 0.2));
      container.add(role);
    }
  }

  private applyBadges(view: StageView, layout: StageLayout, keys: Keys): void {
    this.badges?.destroy();
    this.badges = null;
    if (view.kind === 'menu') return;
    const container = this.add.container(0, 0).setDepth(depth.badges);
    const { x: startX, y: startY, h } = layout.badges;
    const size = layout.text.body;
    const iconSize = Math.round(h * 0.56);
    const items: { icon: string | null; text: string; bold: boolean }[] = [];
    if (view.time) items.push({ icon: keys.calendarIcon, text: view.time, bold: true });
    if (view.channelName) items.push({ icon: keys.channelIcon, text: view.channelName, bold: false });
    let x = startX;
    let y = startY;
    for (const item of items) {
      const text = stageText(this, 0, 0, item.text, { size, bold: item.bold, color: colors.ink, maxWidth: layout.badges.maxRight - startX - h * 1.4 });
      const w = h * 0.42 + iconSize + h * 0.28 + text.width + h * 0.5;
      if (x > startX && (layout.badges.stack || x + w > layout.badges.maxRight)) {
        x = startX;
        y += h + layout.unit * 0.5;
      }
      const background = this.add.graphics();
      drawPill(background, x, y, w, h);
      container.add(background);
      if (item.icon) container.add(this.add.image(Math.round(x + h * 0.42), Math.round(y + (h - iconSize) / 2), item.icon).setOrigin(0, 0));
      text.setPosition(Math.round(x + h * 0.42 + iconSize + h * 0.28), Math.round(y + h / 2));
      container.add(text);
      x += w + layout.unit * 0.5;
    }
    this.badges = container;
  }

  /** Seconds on the current call; the count starts when a phone or video call begins in play. */
  private callSeconds(): number {
    return this.callStartedAt ? Math.max(0, Math.floor((Date.now() - this.callStartedAt) / 1000)) : 0;
  }

  private updateCallTimer(view: StageView, before: StageView | null): void {
    const onCall = view.screen === 'play' && (view.channel === 'phone' || view.channel === 'call');
    const wasOnCall = before !== null && before.screen === 'play' && before.channel === view.channel && (before.channel === 'phone' || before.channel === 'call');
    if (onCall && !wasOnCall) this.callStartedAt = Date.now();
    if (!onCall) this.callStartedAt = 0;
    window.clearInterval(this.callTimer);
    this.callTimer = 0;
    const tick = () => {
      const label = formatCallTimer(this.callSeconds());
      let changed = false;
      for (const text of this.timerTexts) {
        if (text.active && text.text !== label) {
          text.setText(label);
          changed = true;
        }
      }
      if (changed) this.requestFrame();
    };
    tick();
    // Once a second, with or without reduced motion: a clock is information, not decoration.
    if (onCall) this.callTimer = window.setInterval(tick, 1000);
  }

  /** A brief, unobtrusive blink every few seconds; none with reduced motion or eyes already shut. */
  private scheduleBlink(): void {
    if (this.blinkTimer || this.tornDown) return;
    this.blinkTimer = window.setTimeout(() => {
      this.blinkTimer = 0;
      const shown = this.shown;
      const blink = this.blink;
      const face = this.face;
      if (blink && face && shown && shown.view.kind === 'scene' && !this.reducedMotion && shown.view.mood !== 'delighted' && !this.tweens.isTweening(face)) {
        blink.setPosition(face.x, face.y).setScale(face.scaleX, face.scaleY);
        // A tween, not a timer, holds the eyes shut: a running tween keeps the game loop awake.
        this.tweens.add({ targets: blink, alpha: { from: 1, to: 1 }, duration: 120, onStart: () => blink.setVisible(true), onComplete: () => blink.setVisible(false) });
        this.requestFrame();
      }
      this.scheduleBlink();
    }, 3800 + Math.random() * 3500);
  }

  /** Stops following the bridge at once, before the game itself is torn down on its next frame. */
  detach(): void {
    this.teardown();
  }

  private teardown(): void {
    if (this.tornDown) return;
    this.tornDown = true;
    for (const stop of this.unsubscribe) stop();
    this.unsubscribe = [];
    this.motionQuery?.removeEventListener('change', this.motionChanged);
    this.scale.off(Phaser.Scale.Events.RESIZE, this.onResize, this);
    for (const timer of [this.resizeTimer, this.pruneTimer, this.blinkTimer]) window.clearTimeout(timer);
    window.clearInterval(this.callTimer);
    this.generation++;
    this.art?.destroy();
    this.meters?.destroy();
  }
}

/** A cup of coffee on a saucer, for the in-person table. */
function cupsSvg(size: number): string {
  const body =
    ellipse(50, 86, 40, 9, '#e9dccb') +
    ellipse(50, 84, 30, 6, '#fffaf3') +
    `<path d="M24 44 L76 44 L70 80 C68 86 32 86 30 80 Z" fill="#fffaf3"/>` +
    `<ellipse cx="50" cy="44" rx="26" ry="6" fill="#8a5a3c"/>` +
    `<path d="M76 52 C92 52 92 72 72 72" fill="none" stroke="#fffaf3" stroke-width="6"/>` +
    `<path d="M44 34 C38 26 50 20 44 10" fill="none" stroke="#ffffff" stroke-width="3" stroke-linecap="round" opacity="0.8"/>`;
  return svgDocument(size, size, '0 0 100 100', body);
}

