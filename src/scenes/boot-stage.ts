/**
 * Boots the Phaser stage inside `host`, behind the DOM interface. Thin on purpose: the scene does
 * the drawing; this file configures the game, hands over the bridge, and keeps the canvas at the
 * screen's real pixel density.
 */
import * as Phaser from 'phaser';
import type { StageBridge } from '../core/stage/stage-bridge';
import { stageDataset } from '../core/stage/stage-view';
import type { Box } from './stage-layout';
import { StageScene, type StageSceneData } from './stage-scene';
import { setCanvasScale } from './stage-text';

/** The most canvas pixels worth filling every frame: a 4K screen, with a little headroom. */
const maxCanvasPixels = 3840 * 2160 * 1.15;

/**
 * How many canvas pixels per CSS pixel. Scale mode RESIZE sizes the canvas to its parent in CSS
 * pixels, which looks soft on a high-density screen; so the parent is made this many times larger
 * and the canvas is shrunk back by a CSS transform. Capped at 2 and at a 4K canvas to keep the
 * frame rate.
 */
function backingScale(cssWidth: number, cssHeight: number): number {
  const density = window.devicePixelRatio || 1;
  const byArea = Math.sqrt(maxCanvasPixels / Math.max(1, cssWidth * cssHeight));
  return Math.max(1, Math.min(density, 2, byArea));
}

/**
 * The stage only changes when the story does, so between changes Phaser's loop sleeps: an idle
 * stage then costs nothing (a laptop on battery, a 4K projector, software WebGL in a test browser).
 * It wakes for each change the interface publishes, each resize, and briefly once a second so the
 * call timer and the occasional blink still tick; it stays awake while any tween runs.
 */
function sleepWhenStill(game: Phaser.Game, bridge: StageBridge): () => void {
  let awakeUntil = 0;
  const wakeFor = (ms: number) => {
    awakeUntil = Math.max(awakeUntil, performance.now() + ms);
    if (!game.loop.running) game.loop.wake(true);
  };
  const onChange = () => wakeFor(900);
  const unfollow = (['screen', 'scenario', 'presentation', 'meters'] as const).map((name) => bridge.follow(name, onChange));
  window.addEventListener('resize', onChange);
  const heartbeat = window.setInterval(() => wakeFor(120), 1000);
  const watcher = window.setInterval(() => {
    const scene = game.scene.getScene('StageScene');
    if (scene && scene.tweens.getTweens().length > 0) wakeFor(150);
    else if (performance.now() > awakeUntil && game.loop.running) game.loop.sleep();
  }, 100);
  return () => {
    unfollow.forEach((stop) => stop());
    window.removeEventListener('resize', onChange);
    window.clearInterval(heartbeat);
    window.clearInterval(watcher);
  };
}

/**
 * Tells the page where the stage keeps a strip free for sound captions (CSS custom properties read
 * by captions.ts), in CSS pixels; without the stage, or on a narrow window, captions use their own
 * placement.
 */
function placeCaptions(band: Box | null, scale: number): void {
  const style = document.documentElement.style;
  const names = ['--stage-captions-left', '--stage-captions-bottom', '--stage-captions-width', '--stage-captions-height'];
  if (!band) {
    for (const name of names) style.removeProperty(name);
    return;
  }
  const bottom = window.innerHeight - (band.y + band.h) / scale;
  const values = [band.x / scale, bottom, band.w / scale, band.h / scale];
  names.forEach((name, i) => style.setProperty(name, `${Math.round(values[i] ?? 0)}px`));
}

/** Resolves once the stage has drawn its first picture (or after a few seconds, whichever is first). */
export async function bootStage(host: HTMLElement, bridge: StageBridge): Promise<{ destroy(): void }> {
  const clip = document.createElement('div');
  clip.style.cssText = 'position:absolute;inset:0;overflow:hidden;pointer-events:none';
  const surface = document.createElement('div');
  surface.style.cssText = 'position:absolute;left:0;top:0';
  clip.append(surface);
  host.append(clip);

  let scale = 1;
  let game: Phaser.Game | null = null;
  const fit = () => {
    scale = backingScale(clip.clientWidth || window.innerWidth, clip.clientHeight || window.innerHeight);
    surface.style.width = `${scale * 100}%`;
    surface.style.height = `${scale * 100}%`;
    setCanvasScale(scale);
    const canvas = (game as Phaser.Game | null)?.canvas;
    if (canvas) {
      canvas.style.transformOrigin = '0 0';
      canvas.style.transform = scale === 1 ? '' : `scale(${1 / scale})`;
    }
  };
  fit();
  // Registered before the game's own listener, so the parent has its new size when Phaser reads it.
  window.addEventListener('resize', fit);
  // Moving the window to a screen of another density changes the pixel ratio without a resize.
  let densityQuery: MediaQueryList | null = null;
  const followDensity = () => {
    densityQuery?.removeEventListener('change', onDensity);
    densityQuery = typeof window.matchMedia === 'function' ? window.matchMedia(`(resolution: ${window.devicePixelRatio || 1}dppx)`) : null;
    densityQuery?.addEventListener('change', onDensity);
  };
  const onDensity = () => {
    fit();
    followDensity();
  };
  followDensity();

  const firstPicture = new Promise<void>((resolve) => {
    const data: StageSceneData = {
      bridge,
      ready: resolve,
      shown: (view, layout) => {
        Object.assign(host.dataset, stageDataset(view));
        // The channel frame's box in CSS pixels, so tests can check nothing of the page covers it.
        const frame = layout.card ?? layout.video;
        host.dataset.frame = frame ? [frame.x, frame.y, frame.w, frame.h].map((v) => Math.round(v / scale)).join(' ') : '';
        placeCaptions(layout.captions, scale);
      },
    };
    game = new Phaser.Game({
      type: Phaser.AUTO,
      parent: surface,
      backgroundColor: '#fbf6ef',
      banner: false,
      audio: { noAudio: true },
      render: { antialias: true, antialiasGL: true, roundPixels: false },
      scale: {
        mode: Phaser.Scale.RESIZE,
        width: Math.max(1, surface.clientWidth),
        height: Math.max(1, surface.clientHeight),
      },
      // The stage is decoration behind the interface: it takes no pointer or keyboard input.
      input: { keyboard: false, mouse: false, touch: false, gamepad: false },
      disableContextMenu: false,
      callbacks: {
        postBoot: (booted) => {
          fit();
          booted.scene.add('StageScene', StageScene, true, data);
        },
      },
    });
    // A stage that cannot draw must not hold up the interface.
    window.setTimeout(resolve, 8000);
  });
  await firstPicture;
  const stopSleeping = sleepWhenStill(game!, bridge);

  let destroyed = false;
  return {
    destroy(): void {
      if (destroyed) return;
      destroyed = true;
      stopSleeping();
      window.removeEventListener('resize', fit);
      densityQuery?.removeEventListener('change', onDensity);
      const running = game as Phaser.Game | null;
      game = null;
      const scene = running?.scene.getScene('StageScene');
      if (scene instanceof StageScene) scene.detach();
      running?.destroy(true);
      clip.remove();
    },
  };
}
