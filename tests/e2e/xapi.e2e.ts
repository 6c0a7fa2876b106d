/**
 * The game pointed at a real LRS (Learning Locker's statement service) by config.json, through a
 * TCP proxy the test cuts mid-scenario and restores: every statement arrives exactly once, in the
 * order made, with the competency deltas; one the LRS refuses (400) is set aside and reported while
 * the rest still arrive. A site without config.json sends nothing and loads no platform code.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { competencyDeltasExtension } from '../../src/core/records/xapi-statements';
import { queueKey } from '../../src/platform/xapi/queue-key';
import { lessonPath } from '../scenarios/pushy-presenter.paths';
import { playScripted } from '../scenarios/scripted-paths';
import { openGame, optionButton, screenshot, useBrowser } from './browser';
import { type LrsProxy, startProxy } from './lrs-proxy';
import { type LrsStatement, readStatements, type RunningLrs, startLrs } from './lrs-server';
import { serveSiteWithConfig } from './lrs-site';
import type { StaticServer } from './static-server';

const browser = useBrowser();
let lrs: RunningLrs;
let proxy: LrsProxy;
let site: { server: StaticServer; url: string };

beforeAll(async () => {
  lrs = await startLrs();
  proxy = await startProxy(lrs.port);
  site = await serveSiteWithConfig('xapi-site', {
    lrs: { endpoint: `http://127.0.0.1:${proxy.port}/xAPI/`, username: 'trainer-key', password: 'write-only-secret' },
  });
});

afterAll(async () => {
  await site?.server.close();
  await proxy?.close();
  await lrs?.stop();
});

const verb = (statement: LrsStatement) => statement.verb.id.replace('http://adlnet.gov/expapi/verbs/', '');

async function pendingInBrowser(page: Page): Promise<number> {
  return page.evaluate((key) => {
    const text = localStorage.getItem(key);
    return text ? (JSON.parse(text) as { pending: unknown[] }).pending.length : 0;
  }, queueKey);
}

describe('xAPI to an LRS named in config.json', () => {
  it('delivers every statement once, in order, after the LRS was cut off mid-scenario', async () => {
    const { page, problems } = await openGame(browser(), { url: site.url, query: '?learner=Ada%20Lovelace', withoutStage: true });
    await page.locator('[data-scenario="pushy-presenter"]').click();
    await page.locator('.briefing button.primary').click();
    const [first, second, ...rest] = lessonPath.choices;
    await optionButton(page, first!).click();
    await optionButton(page, second!).click();
    await expect.poll(() => pendingInBrowser(page), { timeout: 15_000 }).toBe(0);
    const beforeCut = await readStatements(lrs.endpoint);
    expect(beforeCut.map(verb)).toEqual(['launched', 'initialized', 'answered', 'answered']);

    await proxy.cut();
    for (const label of rest) await optionButton(page, label).click();
    await page.locator('button[data-finish]').click();
    await page.locator('#screen[data-screen="debrief"]').waitFor();
    // Kept in the browser while the LRS is away: the six other answers and the three of the ending.
    expect(await pendingInBrowser(page)).toBe(9);
    expect((await readStatements(lrs.endpoint)).length).toBe(4);
    await screenshot(page, 'xapi-debrief-lrs-cut');

    await proxy.restore();
    await expect.poll(() => pendingInBrowser(page), { timeout: 90_000, interval: 500 }).toBe(0);

    const statements = await readStatements(lrs.endpoint);
    const session = playScripted('pushy-presenter', lessonPath);
    expect(statements.map(verb)).toEqual([
      'launched',
      'initialized',
      ...lessonPath.choices.map(() => 'answered'),
      'completed',
      session.result().passed ? 'passed' : 'failed',
      'terminated',
    ]);
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
    const answered = statements.filter((s) => verb(s) === 'answered');
    answered.forEach((statement, n) => {
      const option = session.decisions[n]!.options[session.decisions[n]!.chosen!]!;
      expect(statement.object.id).toBe(`https://glasshouse.example/xapi/activities/scenarios/pushy-presenter/decisions/${n + 1}`);
      expect(statement.result?.response).toBe(`option-${option.index}`);
      expect(statement.result?.extensions?.[competencyDeltasExtension]).toEqual(option.tags.score ?? {});
    });
    // One attempt, one registration; the learner by the name they gave.
    expect(new Set(statements.map((s) => s.context?.registration)).size).toBe(1);
    expect(statements[0]?.actor.account?.name).toBe('Ada Lovelace');
    const judged = statements.at(-2)!;
    expect(judged.result?.score?.scaled).toBeCloseTo(session.result().overall.percent / 100, 3);
    expect(problems.filter((p) => !p.includes('ERR_CONNECTION_REFUSED') && !p.includes('net::ERR'))).toEqual([]);
  });

  it('sets a statement the LRS refuses (400) aside and reports it, and still sends the others', async () => {
    const before = (await readStatements(lrs.endpoint)).length;
    const { page } = await openGame(browser(), { url: site.url, withoutStage: true });
    const statement = (id: string, verbId: string) => ({
      id,
      actor: { objectType: 'Agent', name: 'Earlier visit', account: { homePage: 'http://127.0.0.1/', name: 'Earlier visit' } },
      verb: { id: verbId, display: { 'en-US': 'answered' } },
      object: { objectType: 'Activity', id: 'https://glasshouse.example/xapi/activities/scenarios/smoke' },
      timestamp: '2026-12-01T12:00:00.000Z',
    });
    // A queue an earlier visit left behind, its middle statement malformed (a verb id that is no IRI).
    const left = [
      statement('3f0c8c4e-0b7a-4f7e-9a43-000000000001', 'http://adlnet.gov/expapi/verbs/answered'),
      statement('3f0c8c4e-0b7a-4f7e-9a43-000000000002', 'not an iri'),
      statement('3f0c8c4e-0b7a-4f7e-9a43-000000000003', 'http://adlnet.gov/expapi/verbs/answered'),
    ];
    await page.evaluate(
      ([key, text]) => localStorage.setItem(key!, text!),
      [queueKey, JSON.stringify({ version: 1, pending: left, setAside: [] })],
    );
    await page.reload();
    await page.locator('.notices', { hasText: 'HTTP 400' }).waitFor({ timeout: 30_000 });
    await expect.poll(() => pendingInBrowser(page), { timeout: 30_000 }).toBe(0);
    const setAside = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').setAside, queueKey);
    expect(setAside.map((entry: { statement: { id: string }; status: number }) => [entry.statement.id, entry.status])).toEqual([
      ['3f0c8c4e-0b7a-4f7e-9a43-000000000002', 400],
    ]);
    const arrived = (await readStatements(lrs.endpoint)).slice(before).map((s) => s.id);
    expect(arrived).toEqual(['3f0c8c4e-0b7a-4f7e-9a43-000000000001', '3f0c8c4e-0b7a-4f7e-9a43-000000000003']);
    await screenshot(page, 'xapi-refused-notice');
  });

  for (const config of ['shipped', 'missing'] as const) {
    it(`sends nothing and loads no platform code with the ${config} config.json`, async () => {
      const plain = await serveSiteWithConfig(`${config}-config-site`, config);
      try {
        const { page, problems } = await openGame(browser(), { url: plain.url });
        const requested: string[] = [];
        page.on('request', (request) => requested.push(request.url()));
        await page.reload();
        await page.locator('[data-scenario="smoke"]').click();
        await page.locator('.briefing button.primary').click();
        await optionButton(page, 'Ask for the order number').click();
        expect(requested.filter((url) => /xapi|cmi5|scorm-platform/.test(url))).toEqual([]);
        expect(await page.evaluate((key) => localStorage.getItem(key), queueKey)).toBeNull();
        expect(await page.locator('.notices').textContent()).toBe('');
        // A deleted file is the browser's own 404 line, never a message of the game's: once for each
        // load that got as far as asking (config.json is fetched after the first paint, so the
        // load the test reloads at once may not have).
        if (config === 'shipped') expect(problems).toEqual([]);
        else {
          expect(problems.length).toBeGreaterThan(0);
          expect(new Set(problems)).toEqual(new Set(['Failed to load resource: the server responded with a status of 404 (Not Found)']));
        }
      } finally {
        await plain.server.close();
      }
    });
  }
});
