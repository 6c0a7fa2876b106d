/**
 * The stage behind the interface. It follows the stage bridge, derives what to show (a pure view
 * from src/core/stage), has the art for it rasterised, and hands the picture to its layers:
 * backdrop, person, channel frame, labels, badges and meters. It redraws only when something it
 * shows changes or the window is resized.
 */
import * as Phaser from 'phaser';
import type { Presentation } from '../core/session/presentation';
import type { StageBridge, StageScreen } from '../core/stage/stage-bridge';
import { deriveStageView, type StageView } from '../core/stage/stage-view';
import type { ScenarioMeta } from '../core/story/scenario';
import type { Meters } from '../core/story/meters';
import { BackdropLayer } from './layers/backdrop-layer';
import { BadgesLayer } from './layers/badges-layer';
import { Blinking } from './layers/blinking';
import { CallTimer } from './layers/call-timer';
import { ChannelLayer } from './layers/channel-layer';
import { LabelLayer } from './layers/label-layer';
import { PersonLayer } from './layers/person-layer';
import { MetersPanel } from './meters-panel';
import { artKeys, depth, planStageArt, type StagePicture } from './stage-art';
import { stageLayout, type StageLayout } from './stage-layout';
import { afterNextPaint } from '../dom/after-next-paint';
import { getCanvasScale } from './stage-text';
import { SvgTextures } from './svg-textures';

export interface StageSceneData {
  bridge: StageBridge;
  /** Called once the scene has drawn its first picture. */
  ready: () => void;
  /** Called with each view the scene puts on stage and its layout (the host mirrors both for tests). */
  shown?: (view: StageView, layout: StageLayout) => void;
}

export class StageScene extends Phaser.Scene {
  private bridge!: StageBridge;
  private onReady: (() => void) | null = null;
  private onShown: ((view: StageView, layout: StageLayout) => void) | null = null;
  private unsubscribe: (() => void)[] = [];
  private art!: SvgTextures;
  private motionQuery: MediaQueryList | null = null;
  private readonly motionChanged = () => this.requestRefresh();

  private screenName: StageScreen = 'menu';
  private scenario: ScenarioMeta | null = null;
  private presentation: Presentation | null = null;
  private meterValues: Meters = {};

  private generation = 0;
  private shown: StagePicture | null = null;
  private refreshQueued = false;
  private tornDown = false;
  private rasterising = 0;
  // Timers run on the page's clock, not Phaser's: the game loop sleeps while the stage is still
  // (see boot-stage), and Phaser's clock stands still with it.
  private resizeTimer = 0;
  private pruneTimer = 0;

  private backdrop!: BackdropLayer;
  private person!: PersonLayer;
  private channel!: ChannelLayer;
  private label!: LabelLayer;
  private badges!: BadgesLayer;
  private meters!: MetersPanel;
  private callTimer!: CallTimer;
  private blinking!: Blinking;

  constructor() {
    super({ key: 'StageScene' });
  }

  init(data: StageSceneData): void {
    this.bridge = data.bridge;
    this.onReady = data.ready;
    this.onShown = data.shown ?? null;
  }

  create(): void {
    const requestFrame = () => this.requestFrame();
    this.art = new SvgTextures(this.textures);
    this.backdrop = new BackdropLayer(this);
    this.person = new PersonLayer(this);
    this.channel = new ChannelLayer(this);
    this.label = new LabelLayer(this);
    this.badges = new BadgesLayer(this);
    this.meters = new MetersPanel(this, depth.meters, requestFrame);
    this.callTimer = new CallTimer(requestFrame);
    this.blinking = new Blinking(
      this,
      () => (this.shown?.view.kind === 'scene' && !this.reducedMotion ? this.person.blinkTargets() : null),
      requestFrame,
    );
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

  /**
   * Coalesces the bridge's bursts of updates (screen, scenario, presentation, meters) into one
   * redraw, started only after the browser has painted the frame that shows the interface's
   * change: the new line must not wait for the stage to lay out, rasterise and draw.
   */
  private requestRefresh(): void {
    if (this.refreshQueued) return;
    this.refreshQueued = true;
    // The frame that paints the interface's change draws no stage either: a tween still running
    // from the last change would otherwise render in it (and in software, commit a whole canvas).
    // The loop pauses for that one frame and resumes with the redraw.
    const loop = this.game?.loop;
    const paused = loop?.running === true;
    if (paused) loop.sleep();
    afterNextPaint(() => {
      this.refreshQueued = false;
      if (this.tornDown) return;
      if (paused) this.requestFrame();
      void this.refresh();
    });
  }

  private async refresh(): Promise<void> {
    const generation = ++this.generation;
    const { width, height } = this.scale.gameSize;
    if (width < 2 || height < 2) return;
    const view = deriveStageView({
      screen: this.screenName,
      scenario: this.scenario,
      presentation: this.presentation,
      meters: this.meterValues,
    });
    const meterCount = Object.values(view.meters).filter((v) => typeof v === 'number').length;
    const layout = stageLayout(width, height, { channel: view.channel, meterCount, pixelScale: getCanvasScale() });
    const { art, requests } = planStageArt(view, layout);
    this.rasterising++;
    try {
      await this.art.ensure(requests);
    } finally {
      this.rasterising--;
    }
    // A newer change arrived while the art was drawn: that refresh will show the newer state.
    if (generation !== this.generation || this.tornDown) return;
    this.apply({ view, layout, art });
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
    const keep = new Set<string>(artKeys(this.shown.art));
    const visit = (objects: Phaser.GameObjects.GameObject[]) => {
      for (const object of objects) {
        if (object instanceof Phaser.GameObjects.Image) keep.add(object.texture.key);
        else if (object instanceof Phaser.GameObjects.Container) visit(object.list);
      }
    };
    visit(this.children.list);
    this.art.prune(keep);
  }

  /** Puts the picture on stage, with short transitions for what changed (none with reduced motion). */
  private apply(picture: StagePicture): void {
    const { view, layout } = picture;
    const before = this.shown;
    const resized = before !== null && (before.layout.width !== layout.width || before.layout.height !== layout.height);
    const sceneChanged = !before || before.view.kind !== view.kind || before.view.scenarioId !== view.scenarioId;
    const change = { before, animate: !this.reducedMotion && before !== null && !resized, sceneChanged };

    this.backdrop.show(picture, change);
    this.person.show(picture, change);
    this.channel.show(picture, change, this.callTimer.label);
    const labelChanged = before?.view.label.text !== view.label.text || before?.view.label.caption !== view.label.caption;
    this.label.show(view, layout, change.animate && (sceneChanged || labelChanged));
    this.badges.show(picture);
    const sameStory = before !== null && !sceneChanged && before.view.screen === view.screen;
    this.meters.show(layout.meters, view.meters, layout.unit, layout.text.body, {
      animate: change.animate && sameStory,
      announce: sameStory && view.screen === 'play',
    });
    this.callTimer.follow(view, before?.view ?? null, this.channel.timerTexts);
    this.shown = picture;
    this.onShown?.(view, layout);
    this.blinking.schedule();
    this.requestFrame();
  }

  /** Makes sure a changed stage is drawn, even if the game loop was sleeping. */
  private requestFrame(): void {
    const loop = this.game?.loop;
    if (loop && !loop.running && !this.tornDown) loop.wake(true);
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
    for (const timer of [this.resizeTimer, this.pruneTimer]) window.clearTimeout(timer);
    this.blinking?.stop();
    this.callTimer?.stop();
    this.generation++;
    this.art?.destroy();
    this.meters?.destroy();
  }
}
