/** How many pixels the stage's canvas gets, and when the stage does its work after a change. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from '../../src/dom/after-next-paint';
import {
  backingScale,
  canvasBacking,
  canvasBudget,
  isSoftwareRenderer,
  maxCanvasPixels,
  maxWholePixelCanvas,
  minBackingScale,
} from '../../src/scenes/canvas-budget';

const pixels = (width: number, height: number, scale: number) => Math.round(width * scale) * Math.round(height * scale);

describe('the canvas budget', () => {
  it('keeps a 1280x720 stage at one canvas pixel per CSS pixel in software', () => {
    expect(backingScale(1280, 720, 1, canvasBudget(true))).toBe(1);
  });

  it('draws a 1920x1080 or 3840x2160 stage in software into no more than 1600x900 pixels', () => {
    for (const [width, height] of [
      [1920, 1080],
      [3840, 2160],
    ] as const) {
      const scale = backingScale(width, height, 1, canvasBudget(true));
      expect(scale).toBeLessThan(1);
      expect(pixels(width, height, scale)).toBeLessThanOrEqual(maxCanvasPixels.software + width + height);
    }
  });

  it('keeps a GPU-drawn 4K stage at full size and a 1440x900 screen of density 2 sharp', () => {
    expect(backingScale(3840, 2160, 1, canvasBudget(false))).toBe(1);
    expect(backingScale(1440, 900, 2, canvasBudget(false))).toBe(2);
  });

  it('never drops below the scale where small text still reads', () => {
    expect(backingScale(7680, 4320, 1, canvasBudget(true))).toBe(minBackingScale);
  });

  it('scales a software stage smoothly on screens up to 2560x1600', () => {
    expect(canvasBacking(1280, 720, 1, true)).toEqual({ scale: 1, wholePixels: false });
    expect(canvasBacking(1920, 1080, 1, true).wholePixels).toBe(false);
    expect(canvasBacking(2560, 1600, 1, true).wholePixels).toBe(false);
  });

  it('doubles a software stage pixel for pixel on a 4K screen, whatever its density', () => {
    // 3840x2160 device pixels as 3840x2160 at density 1, 1920x1080 at 2 and 2560x1440 at 1.5.
    for (const [width, height, density] of [
      [3840, 2160, 1],
      [1920, 1080, 2],
      [2560, 1440, 1.5],
    ] as const) {
      const backing = canvasBacking(width, height, density, true);
      expect(backing.wholePixels).toBe(true);
      expect(density / backing.scale).toBe(2);
      expect(pixels(width, height, backing.scale)).toBeLessThanOrEqual(maxWholePixelCanvas);
    }
  });

  it('scales smoothly where whole pixels would blur the stage text (a software 5K screen), and never scales a GPU stage by whole pixels', () => {
    expect(canvasBacking(5120, 2880, 1, true)).toEqual({ scale: minBackingScale, wholePixels: false });
    expect(canvasBacking(3840, 2160, 1, false)).toEqual({ scale: 1, wholePixels: false });
  });

  it('recognises the software renderers and not a GPU', () => {
    expect(isSoftwareRenderer('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)')).toBe(true);
    expect(isSoftwareRenderer('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(true);
    expect(isSoftwareRenderer('ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)')).toBe(false);
  });
});

describe('work after the next paint', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  function fakeFrames(): { paint: () => void } {
    vi.useFakeTimers();
    let frameCallbacks: FrameRequestCallback[] = [];
    vi.stubGlobal('window', globalThis);
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frameCallbacks.push(callback));
    return {
      paint: () => {
        const due = frameCallbacks;
        frameCallbacks = [];
        for (const callback of due) callback(performance.now());
      },
    };
  }

  it('runs in a task after the frame, not in the frame itself or before it', () => {
    const frames = fakeFrames();
    const work = vi.fn();
    afterNextPaint(work);
    vi.advanceTimersByTime(10);
    expect(work).not.toHaveBeenCalled();
    frames.paint();
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(work).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('runs once after a timeout when the page paints no frame (a hidden tab)', () => {
    fakeFrames();
    const work = vi.fn();
    afterNextPaint(work, 250);
    vi.advanceTimersByTime(249);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledTimes(1);
  });
});
