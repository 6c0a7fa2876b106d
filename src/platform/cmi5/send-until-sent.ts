/**
 * cmi5's defined statements (completed, passed, failed, terminated) are sent by the cmi5 library
 * itself, not through the statement queue; this keeps them from being lost all the same. A send
 * that fails because the LRS is out of reach (no response, a 5xx, 408 or 429) is tried again with
 * the statement queue's backoff (1 s, doubling, at most a minute) for as long as the page is open; before each retry,
 * `alreadySent` asks the LRS whether the failed send landed after all, so a retry never doubles it.
 * Any other refusal (a 4xx) is final and rethrown for the caller to report.
 */
import { retryDelayMs } from '../../core/records/statement-queue';

export interface SendUntilSentOptions {
  /** Whether the LRS already has this statement (a send whose answer was lost may have landed). */
  alreadySent: () => Promise<boolean>;
  /** Said once, at the first failure: the learner's result is waiting, not lost. */
  onWaiting: () => void;
  sleep: (ms: number) => Promise<void>;
}

/** True for a failure worth waiting out: no answer from the LRS, or an answer that says "later". */
export function isUnreachable(error: unknown): boolean {
  const status = typeof error === 'object' && error !== null && 'response' in error ? statusOf(error.response) : undefined;
  return status === undefined || status >= 500 || status === 408 || status === 429;
}

function statusOf(response: unknown): number | undefined {
  if (typeof response !== 'object' || response === null || !('status' in response)) return undefined;
  return typeof response.status === 'number' ? response.status : undefined;
}

export async function sendUntilSent(send: () => Promise<unknown>, options: SendUntilSentOptions): Promise<void> {
  let failures = 0;
  let told = false;
  for (;;) {
    try {
      await send();
      return;
    } catch (error) {
      if (!isUnreachable(error)) throw error;
      if (!told) {
        told = true;
        options.onWaiting();
      }
    }
    await options.sleep(retryDelayMs(failures));
    failures += 1;
    try {
      if (await options.alreadySent()) return;
    } catch {
      // Still out of reach: the next send finds out.
    }
  }
}
