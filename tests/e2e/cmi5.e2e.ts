/**
 * The game launched as a cmi5 AU: the test's own LMS service (cmi5-lms.ts) hands out the launch,
 * the auth token and LaunchData, and passes statements to a real LRS (xapi-statements). Chromium
 * plays a scenario, reloads mid-session, finishes and leaves the debrief; the statements the LRS
 * holds are checked against the cmi5 requirements, by id (ADL's @cmi5/requirements).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { competencyDeltasExtension } from '../../src/core/records/xapi-statements';
import { lessonPath } from '../scenarios/pushy-presenter.paths';
import { playScripted } from '../scenarios/scripted-paths';
import { optionButton, screenshot, useBrowser } from './browser';
import { type Cmi5Lms, publisherId, sessionIdExtension, startCmi5Lms } from './cmi5-lms';
import { requirement } from './cmi5-requirements';
import { type LrsStatement, readStatements, type RunningLrs, startLrs } from './lrs-server';
import { serveSiteWithConfig } from './lrs-site';
import type { StaticServer } from './static-server';

const browser = useBrowser();
let lrs: RunningLrs;
let site: { server: StaticServer; url: string };

beforeAll(async () => {
  lrs = await startLrs();
  site = await serveSiteWithConfig('cmi5-site', 'shipped');
});

afterAll(async () => {
  await site?.server.close();
  await lrs?.stop();
});

const cmi5Category = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const moveOnCategory = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const verb = (statement: LrsStatement) => statement.verb.id.split('/').at(-1);
const categories = (statement: LrsStatement) => (statement.context?.contextActivities?.category ?? []).map((a) => a.id);

async function launch(lms: Cmi5Lms): Promise<{ page: Page; problems: string[] }> {
  const context = await browser().newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 720 } });
  // Software WebGL only slows this test; the records do not depend on the stage.
  await context.route(/phaser[^/]*\.js$/, (route) => route.abort());
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().includes('net::ERR_FAILED')) problems.push(message.text());
  });
  await page.goto(lms.launchUrl(site.url));
  return { page, problems };
}

describe('a cmi5 launch', () => {
  let lms: Cmi5Lms;
  let statements: LrsStatement[] = [];
  let problems: string[] = [];
  const session = playScripted('pushy-presenter', lessonPath);

  beforeAll(async () => {
    lms = await startCmi5Lms(lrs.endpoint, { moveOn: 'CompletedAndPassed', masteryScore: 0.5 });
    const launched = await launch(lms);
    const { page } = launched;
    problems = launched.problems;
    await page.locator('[data-scenario="pushy-presenter"]').click();
    await page.locator('.briefing button.primary').click();
    const [first, second, third, ...rest] = lessonPath.choices;
    for (const label of [first!, second!, third!]) await optionButton(page, label).click();
    await page.waitForFunction(() => !document.querySelector('.options button[data-option]:disabled'));

    await page.reload();
    await page.locator('[data-scenario="pushy-presenter"]').click();
    await page.locator('.briefing button', { hasText: 'Resume where you left off' }).click();
    for (const label of rest) await optionButton(page, label).click();
    await page.locator('button[data-finish]').click();
    await page.locator('#screen[data-screen="debrief"]').waitFor();
    await screenshot(page, 'cmi5-debrief');
    await page.locator('.debrief button', { hasText: 'Back to scenarios' }).click();
    await page.waitForURL(lms.returnUrl, { timeout: 30_000 });
    statements = (await readStatements(lrs.endpoint)).filter((s) => s.context?.registration === lms.registration);
    await page.context().close();
  }, 240_000);

  afterAll(async () => {
    await lms?.close();
  });

  it('plays without a page error', () => {
    expect(problems).toEqual([]);
  });

  it(requirement('8.2.3.0-1'), () => {
    // One token for the whole session, the reload included: the fetch URL was asked once.
    expect(lms.fetches).toBe(1);
  });

  it(requirement('8.2.1.0-5'), () => {
    expect(lms.statementAuthorizations.length).toBeGreaterThan(0);
    expect(new Set(lms.statementAuthorizations).size).toBe(1);
  });

  it(requirement('9.3.0.0-4'), () => {
    expect(verb(statements[0]!)).toBe('initialized');
  });

  it(requirement('9.3.2.0-3'), () => {
    expect(statements.filter((s) => verb(s) === 'initialized')).toHaveLength(1);
  });

  it(requirement('9.3.0.0-5'), () => {
    expect(verb(statements.at(-1)!)).toBe('terminated');
  });

  it('sends initialized, one answered per choice, completed, passed, terminated, in that order', () => {
    expect(statements.map(verb)).toEqual(['initialized', ...lessonPath.choices.map(() => 'answered'), 'completed', 'passed', 'terminated']);
  });

  it(requirement('9.6.1.0-1'), () => {
    for (const statement of statements) expect(statement.context?.registration).toBe(lms.registration);
  });

  it(requirement('10.2.1.0-7'), () => {
    for (const statement of statements) {
      expect(statement.context?.contextActivities?.grouping?.map((a) => a.id)).toContain(publisherId);
      expect(statement.context?.extensions?.[sessionIdExtension]).toBeTruthy();
    }
  });

  it(requirement('9.6.2.2-2'), () => {
    for (const answered of statements.filter((s) => verb(s) === 'answered')) {
      expect(categories(answered)).not.toContain(moveOnCategory);
      expect(categories(answered)).not.toContain(cmi5Category);
    }
    for (const defined of statements.filter((s) => verb(s) !== 'answered')) expect(categories(defined)).toContain(cmi5Category);
  });

  it(requirement('9.3.4.0-2'), () => {
    const passed = statements.find((s) => verb(s) === 'passed')!;
    expect(passed.result?.score?.scaled).toBeGreaterThanOrEqual(0.5);
    expect(passed.result?.score?.scaled).toBeCloseTo(session.result().overall.percent / 100, 3);
  });

  it('records each choice as the authored option with its competency deltas, as the launch actor', () => {
    const answered = statements.filter((s) => verb(s) === 'answered');
    answered.forEach((statement, n) => {
      const option = session.decisions[n]!.options[session.decisions[n]!.chosen!]!;
      expect(statement.result?.response).toBe(`option-${option.index}`);
      expect(statement.result?.extensions?.[competencyDeltasExtension]).toEqual(option.tags.score ?? {});
      expect(statement.actor.account).toEqual(lms.actor.account);
    });
  });
});

describe('a cmi5 launch whose masteryScore is above the score', () => {
  it(`${requirement('9.3.5.0-2')} (the mastery score overrides the pass mark)`, async () => {
    const lms = await startCmi5Lms(lrs.endpoint, { moveOn: 'Passed', masteryScore: 0.95 });
    try {
      const { page, problems } = await launch(lms);
      await page.locator('[data-scenario="smoke"]').click();
      await page.locator('.briefing button.primary').click();
      await optionButton(page, 'Ask for the order number').click();
      await optionButton(page, 'Tell Sam to read the manual').click();
      await page.locator('button[data-finish]').click();
      await page.locator('#screen[data-screen="debrief"]').waitFor();
      // The debrief judges by the LMS's mastery score too, so the learner and the LMS agree.
      expect(await page.locator('.debrief').textContent()).toContain('pass mark 95%');
      await page.locator('.debrief button', { hasText: 'Back to scenarios' }).click();
      await page.waitForURL(lms.returnUrl, { timeout: 30_000 });
      const statements = (await readStatements(lrs.endpoint)).filter((s) => s.context?.registration === lms.registration);
      // moveOn "Passed" asks for no completed; the one-star ending fails whatever the score.
      expect(statements.map(verb)).toEqual(['initialized', 'answered', 'answered', 'failed', 'terminated']);
      expect(statements[3]!.result?.score?.scaled).toBeLessThan(0.95);
      expect(problems).toEqual([]);
    } finally {
      await lms.close();
    }
  });
});

describe('a second launch in the same registration', () => {
  it(`${requirement('9.3.0.0-7')} (nor a second completed, 9.3.0.0-6)`, async () => {
    const lms = await startCmi5Lms(lrs.endpoint, { moveOn: 'CompletedAndPassed', masteryScore: 0.5 });
    const playSmoke = async (page: Page) => {
      await page.locator('[data-scenario="smoke"]').click();
      await page.locator('.briefing button.primary').click();
      await optionButton(page, 'Say sorry and ask what happened').click();
      await optionButton(page, 'Send a replacement part today').click();
      await page.locator('button[data-finish]').click();
      await page.locator('#screen[data-screen="debrief"]').waitFor();
      await page.locator('.debrief button', { hasText: 'Back to scenarios' }).click();
      await page.waitForURL(lms.returnUrl, { timeout: 30_000 });
    };
    try {
      const first = await launch(lms);
      await playSmoke(first.page);
      // The learner opens the AU again from the LMS: a new session, a new fetch URL, the same registration.
      const second = await launch(lms);
      await playSmoke(second.page);
      const statements = (await readStatements(lrs.endpoint)).filter((s) => s.context?.registration === lms.registration);
      const session = ['answered', 'answered'];
      expect(statements.map(verb)).toEqual([
        'initialized',
        ...session,
        'completed',
        'passed',
        'terminated',
        'initialized',
        ...session,
        'terminated',
      ]);
      expect([...first.problems, ...second.problems]).toEqual([]);
    } finally {
      await lms.close();
    }
  });
});
