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
import { canvasBacking, softwareWebGL } from './canvas-budget';
import { setCanvasScale } from './stage-text';

/**
 * The stage only changes when the story does, so Phaser's loop sleeps unless something asks for a
 * frame: the scene wakes it for each change it has drawn (see StageScene.requestFrame), a resize
 * wakes it so Phaser's scale manager can follow. It goes back to sleep after the first frame
 * rendered with no tween running, so a still stage draws nothing at all (no heartbeat: the call
 * timer and the blink ask for their own frames).
 */
function sleepWhenStill(game: Phaser.Game): () => void {
  let awakeUntil = 0;
  const onResize = () => {
    awakeUntil = Math.max(awakeUntil, performance.now() + 300);
    if (!game.loop.running) game.loop.wake(true);
  };
  const afterFrame = () => {
    const scene = game.scene.getScene('StageScene');
    const moving = scene !== null && scene.tweens.getTweens().length > 0;
    if (!moving && performance.now() > awakeUntil && game.loop.running) game.loop.sleep();
  };
  window.addEventListener('resize', onResize);
  // No sleep right away: the first picture has been put on stage but not yet drawn (the loop was
  // running, so the scene asked for no frame of its own), and sleeping now would leave the canvas
  // blank until the next change. The frame that draws it puts the loop to sleep.
  game.events.on(Phaser.Core.Events.POST_RENDER, afterFrame);
  return () => {
    window.removeEventListener('resize', onResize);
    game.events.off(Phaser.Core.Events.POST_RENDER, afterFrame);
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
  for (const [i, name] of names.entries()) style.setProperty(name, `${Math.round(values[i] ?? 0)}px`);
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
  // Where WebGL is drawn by the CPU (SwiftShader, llvmpipe: a VM, a locked-down laptop), every WebGL
  // frame is read back for the software compositor: bench/canvas-cost measured a bare 1920x1080
  // WebGL canvas at 50 ms a frame there, a 2D canvas at 16.7 ms. The stage's art is pre-rasterised
  // textures, so Phaser's canvas renderer draws the same picture, three times cheaper.
  const software = softwareWebGL();
  const fit = () => {
    const backing = canvasBacking(
      clip.clientWidth || window.innerWidth,
      clip.clientHeight || window.innerHeight,
      window.devicePixelRatio || 1,
      software,
    );
    scale = backing.scale;
    surface.style.width = `${scale * 100}%`;
    surface.style.height = `${scale * 100}%`;
    setCanvasScale(scale);
    const canvas = (game as Phaser.Game | null)?.canvas;
    if (canvas) {
      canvas.style.transformOrigin = '0 0';
      canvas.style.transform = scale === 1 ? '' : `scale(${1 / scale})`;
      canvas.style.imageRendering = backing.wholePixels ? 'pixelated' : '';
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
      type: software ? Phaser.CANVAS : Phaser.AUTO,
      parent: surface,
      backgroundColor: '#fbf6ef',
      banner: false,
      audio: { noAudio: true },
      // Smooth texture sampling (the canvas may be scaled), but no multisampled drawing buffer: the
      // art arrives as pre-rasterised textures, so MSAA only adds a resolve to every frame.
      render: { antialias: true, antialiasGL: false, roundPixels: false },
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
  const stopSleeping = sleepWhenStill(game!);

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
