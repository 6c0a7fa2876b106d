/**
 * A real LRS for the browser tests: Learning Locker's statement service (npm xapi-statements,
 * installed in tests/lrs by tools/install-test-deps.sh), in memory, on 127.0.0.1 at a free
 * port, started and stopped by the test. It has no State or Agent Profile API (see cmi5-lms.ts).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './lrs-proxy';

const entry = path.resolve(import.meta.dirname, '../lrs/node_modules/xapi-statements/dist/index.js');

export interface RunningLrs {
  /** The xAPI endpoint, ending in a slash: `http://127.0.0.1:PORT/xAPI/`. */
  endpoint: string;
  port: number;
  stop(): Promise<void>;
}

export interface LrsStatement {
  id: string;
  verb: { id: string };
  object: { id: string };
  actor: { name?: string; account?: { homePage: string; name: string } };
  result?: { response?: string; success?: boolean; score?: { scaled: number }; extensions?: Record<string, unknown> };
  context?: { registration?: string; contextActivities?: Record<string, Array<{ id: string }>>; extensions?: Record<string, unknown> };
  stored: string;
}

export async function startLrs(): Promise<RunningLrs> {
  if (!fs.existsSync(entry)) throw new Error(`${entry} is missing: run bash tools/install-test-deps.sh`);
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glasshouse-lrs-'));
  const child: ChildProcess = spawn(process.execPath, [entry], {
    env: {
      ...process.env,
      AUTH_REPO: 'test',
      EVENTS_REPO: 'test',
      MODELS_REPO: 'memory',
      STORAGE_REPO: 'local',
      EXPRESS_PORT: String(port),
      FS_LOCAL_STORAGE_DIR: dir,
      EXPRESS_MORGAN_DIRECTORY: path.join(dir, 'logs'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the LRS did not start in 30 s:\n${output}`)), 30_000);
    const listen = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`Listening on port ${port}`)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', listen);
    child.stderr?.on('data', listen);
    child.on('exit', (code) => reject(new Error(`the LRS exited (${code}):\n${output}`)));
  });
  return {
    endpoint: `http://127.0.0.1:${port}/xAPI/`,
    port,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

const headers = { 'X-Experience-API-Version': '1.0.3', Authorization: `Basic ${Buffer.from('test:test').toString('base64')}` };

/** Every statement the LRS holds, oldest stored first (it answers newest first, a page at a time). */
export async function readStatements(endpoint: string): Promise<LrsStatement[]> {
  const statements: LrsStatement[] = [];
  let next: string | null = `${endpoint}statements?limit=100`;
  while (next) {
    const response = await fetch(next, { headers });
    if (!response.ok) throw new Error(`GET statements: ${response.status} ${await response.text()}`);
    const page = (await response.json()) as { statements: LrsStatement[]; more?: string };
    statements.push(...page.statements);
    next = page.more ? new URL(page.more, endpoint).href : null;
  }
  return statements.reverse();
}

/** POSTs statements as the LRS's own client would (for the cmi5 service's proxy and checks). */
export async function postStatements(endpoint: string, body: string): Promise<Response> {
  return fetch(`${endpoint}statements`, { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body });
}
