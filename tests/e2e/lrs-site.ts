/**
 * The e2e build served from a folder of its own with a config.json beside index.html, as a
 * trainer deploys it (the shared e2e build stays without one, as most sites are).
 */
import fs from 'node:fs';
import path from 'node:path';
import { artifactsDir } from './browser';
import { e2eOutDir } from './global-setup';
import { serveStatic, type StaticServer } from './static-server';

/** `config`: written as config.json; 'shipped' keeps the build's own (no LRS), 'missing' deletes it. */
export async function serveSiteWithConfig(
  name: string,
  config: object | 'shipped' | 'missing',
): Promise<{ server: StaticServer; url: string }> {
  const folder = path.join(artifactsDir, name);
  fs.rmSync(folder, { recursive: true, force: true });
  fs.cpSync(e2eOutDir, folder, { recursive: true });
  const file = path.join(folder, 'config.json');
  if (config === 'missing') fs.rmSync(file);
  else if (config !== 'shipped') fs.writeFileSync(file, JSON.stringify(config, null, 2));
  const server = await serveStatic(artifactsDir, [`/${name}/`]);
  return { server, url: `${server.url}/${name}/index.html` };
}
