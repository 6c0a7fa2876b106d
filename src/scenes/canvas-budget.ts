/**
 * How many pixels the stage's canvas gets, and how the browser scales it to the screen. With a GPU
 * a 4K canvas (with a little headroom) costs little. Without one (software rendering: SwiftShader
 * in Debian's Chromium, llvmpipe in a VM or on a locked-down workshop laptop) flat vector art gains
 * nothing from more pixels, so the canvas stops at 1600x900 and the compositor scales it up.
 *
 * That scaling has its own price in software: smooth (bilinear) scaling to a large screen costs
 * the compositor per screen pixel, for every frame the stage changes. Measured at
 * 3840x2160 (`npm run bench:web`, 2 cores): a 1600x900 canvas smoothly scaled held the page at
 * 30 fps while the stage animated; the same stage doubled pixel for pixel ran at 60. So on a large
 * screen the software canvas takes a whole fraction of the screen's pixels (a half, a third) and is
 * scaled by whole pixels (`image-rendering: pixelated`): each canvas pixel becomes an exact 2x2
 * block, which looks like the same stage on a 1080p projector and costs the compositor a copy.
 */
export const maxCanvasPixels = { gpu: 3840 * 2160 * 1.15, software: 1600 * 900 } as const;

/** Software canvases scaled by whole pixels may take up to this many (a 1920x1200 canvas). */
export const maxWholePixelCanvas = 1920 * 1200;

/**
 * Screens (in device pixels) above which smooth software scaling costs a frame: a 2560x1600
 * screen still scales smoothly within one, a 3840x2160 one does not.
 */
const maxSmoothScaledScreen = 2560 * 1600;

/** Below this many canvas pixels per CSS pixel the stage's small text would blur past reading. */
export const minBackingScale = 0.4;

/** How the stage's canvas is sized and scaled. */
export interface CanvasBacking {
  /** Canvas pixels per CSS pixel. */
  scale: number;
  /** Scaled to the screen by whole pixels (nearest neighbour), not smoothly. */
  wholePixels: boolean;
}

export function canvasBudget(software: boolean): number {
  return software ? maxCanvasPixels.software : maxCanvasPixels.gpu;
}

/**
 * Canvas pixels per CSS pixel: the screen's density (at most 2), lowered until the canvas fits
 * `budget` pixels; below 1 on a large screen drawn in software, never below `minBackingScale`.
 */
export function backingScale(cssWidth: number, cssHeight: number, density: number, budget: number): number {
  const byArea = Math.sqrt(budget / Math.max(1, cssWidth * cssHeight));
  return Math.max(minBackingScale, Math.min(density, 2, byArea));
}

/**
 * The stage's canvas for a screen: `backingScale` within the renderer's budget, except in software
 * on a screen too large to scale smoothly, where the canvas gets one device pixel in 2 (or 3, ...)
 * each way, the fewest that fit `maxWholePixelCanvas`, and is scaled by whole pixels.
 */
export function canvasBacking(cssWidth: number, cssHeight: number, density: number, software: boolean): CanvasBacking {
  const scale = backingScale(cssWidth, cssHeight, density, canvasBudget(software));
  const screenPixels = cssWidth * cssHeight * density * density;
  if (!software || scale >= density || screenPixels <= maxSmoothScaledScreen) return { scale, wholePixels: false };
  const cssPixels = Math.max(1, cssWidth * cssHeight);
  for (let step = 2; density / step >= minBackingScale; step++) {
    const whole = density / step;
    if (whole * whole * cssPixels <= maxWholePixelCanvas) return { scale: whole, wholePixels: true };
  }
  return { scale, wholePixels: false };
}

/** True when WebGL is drawn by the CPU, asked of a throwaway context that is released at once. */
export function softwareWebGL(): boolean {
  const gl = document.createElement('canvas').getContext('webgl');
  if (!gl) return true;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return isSoftwareRenderer(renderer);
}

export function isSoftwareRenderer(renderer: string): boolean {
  return /swiftshader|llvmpipe|softpipe|software/i.test(renderer);
}
