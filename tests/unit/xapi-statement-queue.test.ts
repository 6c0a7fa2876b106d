import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type SendOutcome, StatementQueue, type StatementQueueOptions } from '../../src/core/records/statement-queue';
import type { XapiStatement } from '../../src/core/records/xapi-statements';

function statement(id: string): XapiStatement {
  return {
    id,
    actor: { objectType: 'Agent', name: 'Ada', account: { homePage: 'https://x.example/', name: 'Ada' } },
    verb: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
    object: { objectType: 'Activity', id: `https://x.example/${id}` },
    timestamp: '2026-12-01T13:00:00.000Z',
  };
}

/** An LRS that stores by id, can be cut off, and refuses the ids it is told to. */
function fakeLrs() {
  const stored: string[] = [];
  const batches: string[][] = [];
  const lrs = {
    stored,
    batches,
    reachable: true,
    refuse: new Map<string, number>(),
    send: async (batch: readonly XapiStatement[]): Promise<SendOutcome> => {
      batches.push(batch.map((s) => s.id));
      if (!lrs.reachable) return { kind: 'unreachable', detail: 'connection refused' };
      const bad = batch.find((s) => lrs.refuse.has(s.id));
      if (bad) return { kind: 'refused', status: lrs.refuse.get(bad.id)!, detail: `bad ${bad.id}` };
      for (const s of batch) if (!stored.includes(s.id)) stored.push(s.id);
      return { kind: 'stored' };
    },
  };
  return lrs;
}

function memoryStorage(initial: string | null = null) {
  let text = initial;
  return {
    read: () => text,
    write: (next: string) => {
      text = next;
    },
    text: () => text,
  };
}

function queueWith(
  lrs: ReturnType<typeof fakeLrs>,
  storage: StatementQueueOptions['storage'] = memoryStorage(),
  notices: string[] = [],
  batchSize = 20,
) {
  return new StatementQueue({
    storage,
    send: lrs.send,
    timers: {
      setTimeout: (run, ms) => setTimeout(run, ms),
      clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    },
    notify: (message) => notices.push(message),
    batchSize,
    firstRetryMs: 1000,
    maxRetryMs: 8000,
  });
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the durable statement queue', () => {
  it('writes statements to storage before sending them, and forgets them once stored', async () => {
    const lrs = fakeLrs();
    const storage = memoryStorage();
    let storedBeforeSend: string | null = null;
    const queue = new StatementQueue({
      storage,
      send: (batch) => {
        storedBeforeSend = storage.text();
        return lrs.send(batch);
      },
      timers: { setTimeout, clearTimeout: () => {} },
      notify: () => {},
    });
    queue.add([statement('a'), statement('b')]);
    await vi.runAllTimersAsync();
    expect(storedBeforeSend).toContain('"id":"a"');
    expect(lrs.stored).toEqual(['a', 'b']);
    expect(queue.pending).toEqual([]);
  });

  it('sends in order, in batches of the given size', async () => {
    const lrs = fakeLrs();
    const queue = queueWith(lrs, memoryStorage(), [], 2);
    queue.add(['a', 'b', 'c', 'd', 'e'].map(statement));
    await vi.runAllTimersAsync();
    expect(lrs.batches).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('retries while the LRS is unreachable, waiting twice as long each time up to the cap, and loses nothing', async () => {
    const lrs = fakeLrs();
    lrs.reachable = false;
    const queue = queueWith(lrs);
    queue.add([statement('a')]);
    await vi.advanceTimersByTimeAsync(0);
    expect(lrs.batches).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(999);
    expect(lrs.batches).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1); // 1 s
    await vi.advanceTimersByTimeAsync(2000); // 2 s
    await vi.advanceTimersByTimeAsync(4000); // 4 s
    await vi.advanceTimersByTimeAsync(8000); // 8 s, the cap
    expect(lrs.batches).toHaveLength(5);
    await vi.advanceTimersByTimeAsync(7999);
    expect(lrs.batches).toHaveLength(5);
    queue.add([statement('b')]); // brings the retry forward, still in order
    lrs.reachable = true;
    await vi.runAllTimersAsync();
    expect(lrs.stored).toEqual(['a', 'b']);
    expect(queue.pending).toEqual([]);
  });

  it('sends what is added while the LRS is away once it is back, in the order made', async () => {
    const lrs = fakeLrs();
    lrs.reachable = false;
    const queue = queueWith(lrs);
    queue.add([statement('a')]);
    await vi.advanceTimersByTimeAsync(0);
    queue.add([statement('b')]);
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.pending.map((s) => s.id)).toEqual(['a', 'b']);
    lrs.reachable = true;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(lrs.stored).toEqual(['a', 'b']);
  });

  it('resumes a queue left in storage by an earlier visit (a reload)', async () => {
    const storage = memoryStorage();
    const offline = fakeLrs();
    offline.reachable = false;
    queueWith(offline, storage).add([statement('a'), statement('b')]);
    await vi.advanceTimersByTimeAsync(0);
    vi.clearAllTimers(); // the tab is gone
    const lrs = fakeLrs();
    const queue = queueWith(lrs, storage);
    await queue.flush();
    expect(lrs.stored).toEqual(['a', 'b']);
  });

  it('sets a refused (400) statement aside, reports it, and still sends the others in order', async () => {
    const lrs = fakeLrs();
    lrs.refuse.set('c', 400);
    const notices: string[] = [];
    const queue = queueWith(lrs, memoryStorage(), notices);
    queue.add(['a', 'b', 'c', 'd', 'e'].map(statement));
    await vi.runAllTimersAsync();
    expect(lrs.stored).toEqual(['a', 'b', 'd', 'e']);
    expect(queue.setAside.map((s) => [s.statement.id, s.status, s.detail])).toEqual([['c', 400, 'bad c']]);
    expect(queue.pending).toEqual([]);
    expect(notices).toEqual([expect.stringContaining('HTTP 400')]);
  });

  it('treats a 409 as a conflict, set aside and reported, never as stored', async () => {
    const lrs = fakeLrs();
    lrs.refuse.set('a', 409);
    const notices: string[] = [];
    const queue = queueWith(lrs, memoryStorage(), notices);
    queue.add([statement('a')]);
    await vi.runAllTimersAsync();
    expect(lrs.stored).toEqual([]);
    expect(queue.setAside.map((s) => s.status)).toEqual([409]);
    expect(notices[0]).toContain('conflicts');
  });

  it('adds a statement it already holds only once, and a thrown send counts as unreachable', async () => {
    const storage = memoryStorage();
    let calls = 0;
    const queue = new StatementQueue({
      storage,
      send: async () => {
        calls += 1;
        if (calls === 1) throw new Error('socket hang up');
        return { kind: 'stored' };
      },
      timers: { setTimeout: (run, ms) => setTimeout(run, ms), clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) },
      notify: () => {},
    });
    queue.add([statement('a')]);
    queue.add([statement('a')]);
    expect(queue.pending).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.waitingToRetry).toBe(true);
    await vi.runAllTimersAsync();
    expect(queue.pending).toEqual([]);
  });

  it('resolves whenEmpty once everything pending is stored', async () => {
    const lrs = fakeLrs();
    lrs.reachable = false;
    const queue = queueWith(lrs);
    queue.add([statement('a')]);
    let emptied = false;
    void queue.whenEmpty().then(() => {
      emptied = true;
    });
    await vi.advanceTimersByTimeAsync(3000);
    expect(emptied).toBe(false);
    lrs.reachable = true;
    await vi.runAllTimersAsync();
    expect(emptied).toBe(true);
  });

  it('sets an unreadable stored queue aside, reports it once, and goes on with new statements', async () => {
    const lrs = fakeLrs();
    const notices: string[] = [];
    const kept: string[] = [];
    const queue = queueWith(lrs, { ...memoryStorage('{not json'), keepUnreadable: (text: string) => void kept.push(text) }, notices);
    queue.add([statement('a')]);
    await vi.runAllTimersAsync();
    expect(lrs.stored).toEqual(['a']);
    expect(kept).toEqual(['{not json']);
    expect(notices).toHaveLength(1);
  });
});
