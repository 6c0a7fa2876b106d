import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { inkPlugin } from '../../tools/vite-plugin-ink';
import { projectRoot } from '../../tools/story-files';

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'glasshouse-plugin-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

async function buildEntry(entrySource: string): Promise<string> {
  const entry = path.join(temp, `entry-${Math.random().toString(36).slice(2)}.js`);
  fs.writeFileSync(entry, entrySource);
  const output = await build({
    root: projectRoot,
    logLevel: 'silent',
    configFile: false,
    plugins: [inkPlugin()],
    build: { write: false, minify: false, lib: { entry, formats: ['es'], fileName: 'out' }, rolldownOptions: { external: ['inkjs'] } },
  });
  const outputs = (Array.isArray(output) ? output : [output]) as Array<{ output: Array<{ type: string; code?: string }> }>;
  return outputs
    .flatMap((o) => o.output)
    .map((chunk) => chunk.code ?? '')
    .join('\n');
}

describe('the Vite ink plugin', () => {
  it('turns a story into compiled JSON and its menu data', async () => {
    const code = await buildEntry(
      `import s from ${JSON.stringify(path.join(projectRoot, 'tests/fixtures/e2e/smoke.ink'))}; export default s;`,
    );
    expect(code).toContain('Smoke Test Call');
    expect(code).toContain('inkVersion');
    expect(code.replace(/\s/g, '')).toContain(`"overall":{"min":-3,"max":7}`);
    // The compiler never reaches the game: only compiled JSON does.
    expect(code).not.toContain('InkParser');
  });

  it('fails the build on a broken story, naming the file and line', async () => {
    const bad = path.join(projectRoot, 'tests/fixtures/bad/bad-tags.ink');
    await expect(buildEntry(`import s from ${JSON.stringify(bad)}; export default s;`)).rejects.toThrow(
      /tests\/fixtures\/bad\/bad-tags.ink:3: unknown tag 'colour'/,
    );
  });

  it('lists every story of stories/ in the scenario module', { timeout: 60_000 }, async () => {
    const code = await buildEntry(`export { scenarioMetas } from 'virtual:glasshouse/scenarios';`);
    for (const title of ['The Pushy Presenter', 'The Overeager Studio', 'The No-Show Prospect', 'The Threatening Customer'])
      expect(code).toContain(title);
  });
});
