/** A fresh session built while the briefing is read, taken once by Start. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PlaySession } from '../../src/core/session/play-session';
import type { ScenarioMeta } from '../../src/core/story/scenario';
import { SessionAhead } from '../../src/ui/session-ahead';

const meta = (id: string) => ({ id, title: id }) as ScenarioMeta;
const sessionOf = (id: string) => ({ scenario: { meta: meta(id) } }) as unknown as PlaySession;

/** Paints a frame: the build waits for the briefing's frame, then a background task. */
function fakeFrames(): { paint: () => Promise<void> } {
  vi.useFakeTimers();
  let frames: FrameRequestCallback[] = [];
  vi.stubGlobal('window', globalThis);
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  return {
    paint: async () => {
      const due = frames;
      frames = [];
      for (const callback of due) callback(performance.now());
      await vi.advanceTimersByTimeAsync(1);
    },
  };
}

describe('a session built ahead', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('is built only after the briefing has painted, and taken once by its own scenario', async () => {
    const frames = fakeFrames();
    const build = vi.fn(async (m: ScenarioMeta) => sessionOf(m.id));
    const ahead = new SessionAhead(build);
    ahead.prepare(meta('studio'));
    expect(build).not.toHaveBeenCalled();
    await frames.paint();
    expect(build).toHaveBeenCalledTimes(1);
    expect(ahead.take('studio')?.scenario.meta.id).toBe('studio');
    expect(ahead.take('studio')).toBeNull();
  });

  it('is not given to another scenario, nor after the learner left the briefing', async () => {
    const frames = fakeFrames();
    const ahead = new SessionAhead(async (m) => sessionOf(m.id));
    ahead.prepare(meta('studio'));
    await frames.paint();
    expect(ahead.take('presenter')).toBeNull();
    ahead.prepare(meta('studio'));
    await frames.paint();
    ahead.drop();
    expect(ahead.take('studio')).toBeNull();
  });

  it('is dropped when it finishes after the learner moved on, and a failed build leaves Start to build its own', async () => {
    const frames = fakeFrames();
    let finish: (session: PlaySession) => void = () => {};
    const ahead = new SessionAhead(() => new Promise<PlaySession>((resolve) => (finish = resolve)));
    ahead.prepare(meta('studio'));
    await frames.paint();
    expect(ahead.take('studio')).toBeNull();
    finish(sessionOf('studio'));
    await vi.advanceTimersByTimeAsync(1);
    expect(ahead.take('studio')).toBeNull();

    const failing = new SessionAhead(() => Promise.reject(new Error('offline')));
    failing.prepare(meta('studio'));
    await frames.paint();
    expect(failing.take('studio')).toBeNull();
  });
});
