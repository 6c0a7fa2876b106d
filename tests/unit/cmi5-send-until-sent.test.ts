import { describe, expect, it } from 'vitest';
import { retrySchedule } from '../../src/core/records/statement-queue';
import { isUnreachable, sendUntilSent } from '../../src/platform/cmi5/send-until-sent';

const unreachable = Object.assign(new Error('Network Error'), { response: undefined });
const refused = (status: number) => Object.assign(new Error(`HTTP ${status}`), { response: { status } });

function harness(outcomes: unknown[], landed: boolean[] = []) {
  const waits: number[] = [];
  const notices: string[] = [];
  let sends = 0;
  const run = sendUntilSent(
    async () => {
      const outcome = outcomes[sends++];
      if (outcome !== undefined) throw outcome;
    },
    {
      alreadySent: async () => landed.shift() ?? false,
      onWaiting: () => notices.push('waiting'),
      sleep: async (ms) => void waits.push(ms),
    },
  );
  return { run, waits, notices, sends: () => sends };
}

describe("cmi5's defined statements while the LRS is out of reach", () => {
  it('are sent again with doubling waits, capped at a minute, until the LRS takes them; the learner is told once', async () => {
    const { run, waits, notices, sends } = harness([...Array.from({ length: 8 }, () => unreachable), undefined]);
    await run;
    expect(sends()).toBe(9);
    expect(waits).toEqual([1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000]);
    expect(waits[0]).toBe(retrySchedule.firstMs);
    expect(Math.max(...waits)).toBe(retrySchedule.longestMs);
    expect(notices).toEqual(['waiting']);
  });

  it('are not sent twice when the failed send had landed after all', async () => {
    const { run, sends } = harness([unreachable, unreachable], [false, true]);
    await run;
    expect(sends()).toBe(2);
  });

  it('wait out a 5xx, a 408 and a 429, and give up at once on any other refusal', async () => {
    expect([refused(503), refused(408), refused(429), unreachable].map(isUnreachable)).toEqual([true, true, true, true]);
    expect([refused(400), refused(401), refused(409)].map(isUnreachable)).toEqual([false, false, false]);
    const { run, sends } = harness([refused(400)]);
    await expect(run).rejects.toThrow('HTTP 400');
    expect(sends()).toBe(1);
  });
});
