/**
 * The xAPI statements waiting for the LRS, kept in storage before any is sent, so none is lost
 * when the LRS is unreachable, the tab reloads or closes. They go in the order made, in batches,
 * one batch at a time; while the LRS cannot be reached (a network error or a 5xx) the queue tries
 * again later, waiting twice as long each time up to a cap. A statement the LRS refuses (400) or
 * that conflicts with one it already has under the same id (409) is set aside, kept and reported,
 * never retried forever; when a batch is refused, halves are tried until the one at fault is
 * found, so the others still arrive, in order. Sending a statement twice is harmless: the LRS
 * keeps one per id (which is also what makes two tabs sharing this queue safe).
 *
 * Pure logic: the storage, the sender and the timers are passed in.
 */
import { z } from '../zod.ts';
import type { XapiStatement } from './xapi-statements.ts';

/** What the LRS made of one batch. */
export type SendOutcome =
  | { readonly kind: 'stored' }
  /** A network error or a 5xx: the batch is kept and tried again later. */
  | { readonly kind: 'unreachable'; readonly detail: string }
  /** A 400 (invalid) or 409 (an id already stored with other content), or another 4xx. */
  | { readonly kind: 'refused'; readonly status: number; readonly detail: string };

interface QueueStorage {
  read(): string | null;
  write(text: string): void;
  /** Keeps a stored queue that could not be read, before it is replaced (as saved data is set aside). */
  keepUnreadable?(text: string): void;
}

interface QueueTimers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface SetAsideStatement {
  readonly statement: XapiStatement;
  readonly status: number;
  readonly detail: string;
}

export interface StatementQueueOptions {
  readonly storage: QueueStorage;
  readonly send: (batch: readonly XapiStatement[]) => Promise<SendOutcome>;
  readonly timers: QueueTimers;
  /** Told, in words for a trainer, when a statement is set aside or the stored queue was unreadable. */
  readonly notify: (message: string) => void;
  readonly batchSize?: number;
  readonly firstRetryMs?: number;
  readonly maxRetryMs?: number;
}

const statementSchema = z.custom<XapiStatement>(
  (value) => typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string',
  'a statement with an id',
);

const storedQueueSchema = z.lazy(() =>
  z.object({
    version: z.literal(1),
    pending: z.array(statementSchema),
    setAside: z.array(z.object({ statement: statementSchema, status: z.int(), detail: z.string() })),
  }),
);

type StoredQueue = z.infer<typeof storedQueueSchema>;

/** The wait before a retry while the LRS is out of reach: 1 s, doubling, at most a minute. */
export const retrySchedule = { firstMs: 1000, longestMs: 60_000 } as const;

/** The wait before retry number `failures` + 1 (0 for the first retry). */
export function retryDelayMs(
  failures: number,
  firstMs: number = retrySchedule.firstMs,
  longestMs: number = retrySchedule.longestMs,
): number {
  return Math.min(longestMs, firstMs * 2 ** failures);
}

const emptyQueue = (): StoredQueue => ({ version: 1, pending: [], setAside: [] });

function refusalNotice(status: number): string {
  const why = status === 409 ? 'conflicts with one it already has under the same id' : 'is not valid for it';
  return `The learning record store refused a record (HTTP ${status}: it ${why}). It is kept in this browser, set aside; the other records still go.`;
}

export class StatementQueue {
  private readonly batchSize: number;
  private readonly firstRetryMs: number;
  private readonly maxRetryMs: number;
  private sending = false;
  private retryHandle: unknown = null;
  private failures = 0;
  /** While looking for the statement a refused batch holds: the most to send at once. */
  private narrowedTo: number | null = null;
  private idle: Array<() => void> = [];
  private unreadableReported = false;

  constructor(private readonly options: StatementQueueOptions) {
    this.batchSize = options.batchSize ?? 20;
    this.firstRetryMs = options.firstRetryMs ?? retrySchedule.firstMs;
    this.maxRetryMs = options.maxRetryMs ?? retrySchedule.longestMs;
  }

  /** Statements not yet stored by the LRS, oldest first. */
  get pending(): readonly XapiStatement[] {
    return this.load().pending;
  }

  get setAside(): readonly SetAsideStatement[] {
    return this.load().setAside;
  }

  /** True while the LRS could not be reached and a retry is scheduled. */
  get waitingToRetry(): boolean {
    return this.retryHandle !== null;
  }

  /** Keeps the statements (in storage, first), then sends. */
  add(statements: readonly XapiStatement[]): void {
    if (statements.length === 0) return;
    this.update((queue) => {
      const known = new Set(queue.pending.map((s) => s.id));
      return { ...queue, pending: [...queue.pending, ...statements.filter((s) => !known.has(s.id))] };
    });
    void this.flush();
  }

  /**
   * Sends what is pending, batch by batch, until nothing is left or the LRS is unreachable (then
   * a retry is scheduled). A retry already scheduled is brought forward: call this when the
   * browser says it is back online, and at start to resume a stored queue.
   */
  async flush(): Promise<void> {
    if (this.sending) return;
    this.cancelRetry();
    this.sending = true;
    try {
      for (;;) {
        const pending = this.load().pending;
        const batch = pending.slice(0, this.narrowedTo ?? this.batchSize);
        if (batch.length === 0) break;
        const outcome = await this.sendSafely(batch);
        if (outcome.kind === 'unreachable') {
          this.scheduleRetry();
          return;
        }
        this.failures = 0;
        if (outcome.kind === 'stored') {
          this.forget(batch);
          // Past the halves that held the refused statement: back to full batches.
          if (this.narrowedTo !== null && batch.length <= this.narrowedTo) this.narrowedTo = null;
          continue;
        }
        if (batch.length > 1) {
          this.narrowedTo = Math.ceil(batch.length / 2);
          continue;
        }
        this.putAside(batch[0]!, outcome.status, outcome.detail);
        this.narrowedTo = null;
      }
    } finally {
      this.sending = false;
    }
    if (!this.waitingToRetry) this.settle();
  }

  /** Resolves once nothing is pending (at once if the queue is empty); waits through retries. */
  whenEmpty(): Promise<void> {
    if (this.load().pending.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  private settle(): void {
    if (this.load().pending.length > 0) return;
    const waiting = this.idle;
    this.idle = [];
    for (const resolve of waiting) resolve();
  }

  private async sendSafely(batch: readonly XapiStatement[]): Promise<SendOutcome> {
    try {
      return await this.options.send(batch);
    } catch (error) {
      return { kind: 'unreachable', detail: error instanceof Error ? error.message : String(error) };
    }
  }

  private scheduleRetry(): void {
    const delay = retryDelayMs(this.failures, this.firstRetryMs, this.maxRetryMs);
    this.failures += 1;
    this.retryHandle = this.options.timers.setTimeout(() => {
      this.retryHandle = null;
      void this.flush();
    }, delay);
  }

  private cancelRetry(): void {
    if (this.retryHandle === null) return;
    this.options.timers.clearTimeout(this.retryHandle);
    this.retryHandle = null;
  }

  private forget(batch: readonly XapiStatement[]): void {
    const sent = new Set(batch.map((s) => s.id));
    this.update((queue) => ({ ...queue, pending: queue.pending.filter((s) => !sent.has(s.id)) }));
  }

  private putAside(statement: XapiStatement, status: number, detail: string): void {
    this.update((queue) => ({
      ...queue,
      pending: queue.pending.filter((s) => s.id !== statement.id),
      setAside: [...queue.setAside, { statement, status, detail }],
    }));
    this.options.notify(refusalNotice(status));
  }

  /** Read, change, write at once: another tab may have changed the stored queue meanwhile. */
  private update(change: (queue: StoredQueue) => StoredQueue): void {
    this.options.storage.write(JSON.stringify(change(this.load())));
  }

  private load(): StoredQueue {
    const text = this.options.storage.read();
    if (text === null) return emptyQueue();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
    const parsed = storedQueueSchema.safeParse(json);
    if (parsed.success) return parsed.data;
    if (!this.unreadableReported) {
      this.unreadableReported = true;
      this.options.storage.keepUnreadable?.(text);
      this.options.notify(
        'The records waiting for the learning record store could not be read back; they are set aside in this browser, and new records are still sent.',
      );
    }
    return emptyQueue();
  }
}
