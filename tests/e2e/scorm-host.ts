/**
 * The SCORM end-to-end setting: the built game packaged and unzipped as an LMS would, the host
 * page with scorm-again's runtime, and one origin serving both on 127.0.0.1.
 */
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser, Frame, Page } from 'playwright-core';
import { loadCourseIdentity } from '../../tools/package/course-identity';
import { writePackages } from '../../tools/package/write-packages';
import { artifactsDir } from './browser';
import { e2eOutDir } from './global-setup';
import { serveStatic, type StaticServer } from './static-server';

export type Edition = '1.2' | '2004';

const root = path.resolve(import.meta.dirname, '../..');
const unzippedDir = path.join(artifactsDir, 'scorm-unzipped');
const folderOf: Record<Edition, string> = { '1.2': 'scorm12', '2004': 'scorm2004' };

/** Packages the e2e build and unzips the two SCORM zips into test-artifacts/scorm-unzipped/. */
export function unzipScormPackages(): void {
  const zipsDir = path.join(artifactsDir, 'scorm-packages');
  const written = writePackages(e2eOutDir, zipsDir, loadCourseIdentity());
  for (const edition of ['1.2', '2004'] as const) {
    const zip = written.find((w) => w.kind === folderOf[edition]);
    if (!zip) throw new Error(`no ${folderOf[edition]} package was written`);
    const target = path.join(unzippedDir, folderOf[edition]);
    fs.rmSync(target, { recursive: true, force: true });
    for (const [name, bytes] of Object.entries(unzipSync(fs.readFileSync(zip.file)))) {
      if (name.endsWith('/')) continue;
      const file = path.join(target, ...name.split('/'));
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, bytes);
    }
  }
}

export function serveScormHost(): Promise<StaticServer> {
  return serveStatic(root, ['/tests/fixtures/scorm-host/', '/node_modules/scorm-again/dist/', '/test-artifacts/scorm-unzipped/']);
}

export interface HostedGame {
  page: Page;
  game: Frame;
  problems: string[];
}

/** Opens the host as a fresh browser profile, seeded with CMI data an earlier session committed. */
export async function openHost(browser: Browser, serverUrl: string, edition: Edition, seed?: object): Promise<HostedGame> {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1300, height: 760 } });
  if (seed) await context.addInitScript((data) => Object.assign(window, { scormHostSeed: data }), seed);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  // Errors, and every LMS call the game saw fail (it warns "Learning platform: ...").
  page.on('console', (message) => {
    const text = message.text();
    if (/^Failed to load resource|^Service Worker registration blocked/.test(text)) return;
    if (message.type() === 'error' || text.startsWith('Learning platform')) problems.push(text);
  });
  const game = `/test-artifacts/scorm-unzipped/${folderOf[edition]}/index.html`;
  await page.goto(`${serverUrl}/tests/fixtures/scorm-host/index.html?edition=${edition}&game=${encodeURIComponent(game)}`);
  const frame = await (await page.waitForSelector('#sco')).contentFrame();
  if (!frame) throw new Error('the host has no SCO frame');
  await frame.waitForURL(/index\.html/);
  return { page, game: frame, problems };
}

/** Chooses options by their labels, waiting each time until the options take input. */
export async function choose(game: Frame, labels: readonly string[]): Promise<void> {
  for (const label of labels) {
    await game.locator('.options button[data-option]:enabled').first().waitFor();
    await game.locator('.options button[data-option]:enabled', { hasText: label }).first().click();
  }
}

export interface CommittedInteraction {
  id: string;
  type: string;
  response: string;
  result: string;
  weighting: string;
  description: string;
  objectives: string[];
}

export interface CommittedCmi {
  status: string;
  success: string;
  raw: string;
  min: string;
  max: string;
  scaled: string;
  suspendData: string;
  entry: string;
  exit: string;
  sessionTime: string;
  location: string;
  interactions: CommittedInteraction[];
  objectives: Array<{ id: string; raw: string }>;
}

interface CmiJson {
  [key: string]: unknown;
}

/** What scorm-again's data model now holds, read through its JSON form (which ignores write-only rules). */
export async function committedCmi(page: Page, edition: Edition): Promise<CommittedCmi> {
  const cmi = (await page.evaluate(() =>
    JSON.parse(JSON.stringify((window as unknown as { scormHost: { api: { cmi: unknown } } }).scormHost.api.cmi)),
  )) as CmiJson;
  const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));
  const get = (object: unknown, ...keys: string[]): unknown =>
    keys.reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as CmiJson)[key] : undefined), object);
  const list = (value: unknown): CmiJson[] => (value && typeof value === 'object' ? (Object.values(value) as CmiJson[]) : []);
  const core = edition === '1.2' ? (cmi.core as CmiJson) : cmi;
  return {
    status: text(edition === '1.2' ? get(core, 'lesson_status') : get(cmi, 'completion_status')),
    success: text(edition === '1.2' ? '' : get(cmi, 'success_status')),
    raw: text(get(core, 'score', 'raw')),
    min: text(get(core, 'score', 'min')),
    max: text(get(core, 'score', 'max')),
    scaled: text(edition === '1.2' ? '' : get(cmi, 'score', 'scaled')),
    suspendData: text(cmi.suspend_data),
    entry: text(get(core, 'entry')),
    exit: text(get(core, 'exit')),
    sessionTime: text(get(core, 'session_time')),
    location: text(get(core, edition === '1.2' ? 'lesson_location' : 'location')),
    interactions: list(cmi.interactions).map((i) => ({
      id: text(i.id),
      type: text(i.type),
      response: text(edition === '1.2' ? i.student_response : i.learner_response),
      result: text(i.result),
      weighting: text(i.weighting),
      description: text(i.description),
      objectives: list(i.objectives).map((o) => text(o.id)),
    })),
    objectives: list(cmi.objectives).map((o) => ({ id: text(o.id), raw: text(get(o, 'score', 'raw')) })),
  };
}

export interface HostCounts {
  initializes: number;
  commits: number;
  finishes: number;
  calls: Array<[string, string]>;
}

export async function hostCounts(page: Page): Promise<HostCounts> {
  return page.evaluate(() => {
    const host = (window as unknown as { scormHost: HostCounts }).scormHost;
    return { initializes: host.initializes, commits: host.commits, finishes: host.finishes, calls: host.calls.slice() };
  });
}
