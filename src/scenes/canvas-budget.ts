/**
 * How many pixels the stage's canvas gets. With a GPU a 4K canvas (with a little headroom) costs
 * little. Without one (software WebGL: SwiftShader in Debian's Chromium, llvmpipe in a VM or on a
 * locked-down workshop laptop) every frame is read back pixel by pixel, measured at about 40 ms at
 * 1280x720 and 370 ms at 3840x2160, and flat vector art gains nothing from more pixels: there the
 * canvas stops at 1600x900 and CSS scales it up.
 */
export const maxCanvasPixels = { gpu: 3840 * 2160 * 1.15, software: 1600 * 900 } as const;

/** Below this many canvas pixels per CSS pixel the stage's small text would blur past reading. */
export const minBackingScale = 0.4;

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
