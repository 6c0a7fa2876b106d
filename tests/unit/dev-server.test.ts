/**
 * The dev server (`npm start`): it lists the stories, serves them compiled, and shows a broken
 * story's errors, with file and line, in Vite's error overlay instead of the game.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import { projectRoot } from '../../tools/story-files';

let server: ViteDevServer;
let base: string;

beforeAll(async () => {
  server = await createServer({ root: projectRoot, logLevel: 'silent', server: { port: 5297, strictPort: false } });
  await server.listen();
  base = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
}, 60_000);

afterAll(async () => {
  await server?.close();
});

describe('the dev server', () => {
  it('serves the list of scenarios', { timeout: 60_000 }, async () => {
    const response = await fetch(`${base}/@id/__x00__virtual:glasshouse/scenarios`);
    expect(response.status).toBe(200);
    const code = await response.text();
    expect(code).toContain('/stories/pushy-presenter.ink?import&meta');
    const meta = await fetch(`${base}/stories/pushy-presenter.ink?meta&import`);
    expect(await meta.text()).toContain('The Pushy Presenter');
  });

  it('answers a broken story with its errors, by file and line, for the overlay', async () => {
    const response = await fetch(`${base}/tests/fixtures/bad/bad-tags.ink?import`);
    expect(response.status).toBe(500);
    expect(await response.text()).toContain("tests/fixtures/bad/bad-tags.ink:3: unknown tag 'colour'");
  });
});
