import { describe, expect, it } from 'vitest';
import type { Channel } from '../../src/core/story/tags';
import { arrangementFor, stageLayout, visibleArea, type Box, type StageLayout } from '../../src/scenes/stage-layout';

const sizes: [number, number][] = [
  [1280, 720],
  [1366, 768],
  [1920, 1080],
  [2560, 1440],
  [3840, 2160],
  [2560, 1080],
  [1000, 900],
  [800, 1000],
  [768, 1024],
  [390, 844],
  [1024, 700],
];
const channels: (Channel | null)[] = ['email', 'phone', 'text', 'call', 'in-person', null];

function inside(inner: Box, outer: Box, slack = 0.5): boolean {
  return (
    inner.x >= outer.x - slack &&
    inner.y >= outer.y - slack &&
    inner.x + inner.w <= outer.x + outer.w + slack &&
    inner.y + inner.h <= outer.y + outer.h + slack
  );
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** The face inside the bust drawing (its 400 x 440 space: x 122 to 278, y 76 to 262). */
function faceOf(bust: Box): Box {
  return { x: bust.x + bust.w * 0.305, y: bust.y + bust.h * 0.17, w: bust.w * 0.39, h: bust.h * 0.43 };
}

function everyLayout(check: (layout: StageLayout, size: string, channel: Channel | null) => void): void {
  for (const [width, height] of sizes) {
    for (const channel of channels) {
      for (const meterCount of [0, 1, 2])
        check(stageLayout(width, height, { channel, meterCount }), `${width}x${height} ${channel} ${meterCount}`, channel);
    }
  }
}

describe('the stage layout', () => {
  it('uses the left 38% of a wide window and the top 28% of a narrow one, as the interface does', () => {
    expect(arrangementFor(1280, 720)).toBe('column');
    expect(arrangementFor(800, 1000)).toBe('row');
    expect(arrangementFor(740, 500)).toBe('row');
    expect(arrangementFor(1000, 1000)).toBe('row');
    expect(visibleArea(1920, 1080)).toEqual({ x: 0, y: 0, w: Math.round(1920 * 0.38), h: 1080 });
    expect(visibleArea(800, 1000)).toEqual({ x: 0, y: 0, w: 800, h: 280 });
  });

  it('keeps the counterpart, the channel frame, the labels and the meters inside the visible area', () => {
    everyLayout((layout, size) => {
      const visible = layout.visible;
      // The bust may run below the desk line (the desk hides it) but never off the sides or top.
      expect(layout.bust.x, size).toBeGreaterThanOrEqual(-0.5);
      expect(layout.bust.x + layout.bust.w, size).toBeLessThanOrEqual(visible.w + 0.5);
      expect(layout.bust.y, size).toBeGreaterThanOrEqual(0);
      if (layout.card) expect(inside(layout.card, visible), size).toBe(true);
      if (layout.video) expect(inside(layout.video, visible), size).toBe(true);
      if (layout.meters) expect(inside(layout.meters, visible), size).toBe(true);
      expect(layout.moodLabel.y, size).toBeGreaterThan(0);
      expect(layout.moodLabel.y + layout.unit * 2, size).toBeLessThanOrEqual(visible.h);
    });
  });

  it('never covers the face with the channel frame or the meters', () => {
    everyLayout((layout, size) => {
      const face = faceOf(layout.bust);
      if (layout.card) expect(overlaps(layout.card, face), size).toBe(false);
      if (layout.meters) expect(overlaps(layout.meters, face), size).toBe(false);
      expect(layout.moodLabel.y, size).toBeGreaterThan(face.y + face.h);
    });
  });

  it('keeps the frame clear of the meters', () => {
    everyLayout((layout, size) => {
      if (!layout.meters) return;
      if (layout.card) expect(overlaps(layout.card, layout.meters), size).toBe(false);
      if (layout.video) expect(overlaps(layout.video, layout.meters), size).toBe(false);
    });
  });

  it('frames the bust inside the video window on a call', () => {
    for (const [width, height] of sizes) {
      const layout = stageLayout(width, height, { channel: 'call', meterCount: 2 });
      expect(layout.video).not.toBeNull();
      if (layout.video) expect(inside(layout.bust, layout.video), `${width}x${height}`).toBe(true);
    }
  });

  it('keeps the room in place when only the channel changes, so the background does not jump', () => {
    for (const [width, height] of sizes) {
      const rooms = channels.map((channel) => {
        const layout = stageLayout(width, height, { channel, meterCount: 2 });
        return { home: layout.home, deskY: layout.deskY };
      });
      for (const room of rooms) expect(room).toEqual(rooms[0]);
    }
  });

  it('scales with the canvas density and keeps the interface breakpoints in CSS pixels', () => {
    const css = stageLayout(1280, 720, { channel: 'phone', meterCount: 2 });
    const dense = stageLayout(2560, 1440, { channel: 'phone', meterCount: 2, pixelScale: 2 });
    expect(dense.arrangement).toBe(css.arrangement);
    expect(dense.unit).toBeCloseTo(css.unit * 2, 5);
    expect(dense.bust.w).toBeCloseTo(css.bust.w * 2, 5);
    // 1400 canvas pixels at density 2 is a 700 CSS pixel window: narrower than the 760 breakpoint.
    expect(stageLayout(1400, 900, { channel: null, meterCount: 0, pixelScale: 2 }).arrangement).toBe('row');
  });

  it('puts the mood on the desk in front of the person, never on the chest', () => {
    everyLayout((layout, size, channel) => {
      if (channel !== 'call') expect(layout.moodLabel.y, size).toBeGreaterThanOrEqual(layout.deskY);
    });
  });

  it('keeps a strip for sound captions above the meters, clear of every channel frame', () => {
    everyLayout((layout, size) => {
      if (layout.arrangement === 'row') {
        expect(layout.captions, size).toBeNull();
        return;
      }
      const band = layout.captions!;
      expect(inside(band, layout.visible), size).toBe(true);
      if (layout.card) expect(overlaps(layout.card, band), size).toBe(false);
      if (layout.video) expect(overlaps(layout.video, band), size).toBe(false);
      if (layout.meters) expect(overlaps(layout.meters, band), size).toBe(false);
      // Room for two rows of captions at the page's text size (about 0.9 units).
      expect(band.h, size).toBeGreaterThanOrEqual(layout.unit * 0.9 * 3.5);
    });
  });

  it('lays the inbox on the desk below the mood', () => {
    for (const [width, height] of sizes) {
      const layout = stageLayout(width, height, { channel: 'email', meterCount: 2 });
      if (layout.arrangement === 'column' && layout.card)
        expect(layout.card.y, `${width}x${height}`).toBeGreaterThan(layout.moodLabel.y + layout.unit * 2);
    }
  });
});
