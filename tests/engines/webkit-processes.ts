/**
 * The two processes WebKit tests need: a virtual display (MiniBrowser is a GTK window) and
 * WebKitWebDriver serving sessions on a free local port. `stop()` ends both; if this process ends
 * first, for any reason, they are killed with it. MiniBrowser and its web processes end with their
 * session, and in any case with the display they draw on.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import type { Readable } from 'node:stream';

export interface WebKitDriverProcesses {
  /** Where selenium-webdriver finds WebKitWebDriver. */
  url: string;
  stop(): Promise<void>;
}

const xvfbPath = process.env.XVFB_PATH ?? 'Xvfb';
const driverPath = process.env.WEBKIT_DRIVER_PATH ?? 'WebKitWebDriver';

const started = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of started) child.kill('SIGKILL');
});

/** The last few kilobytes a process wrote to stderr, to explain a failed start. */
function keepTail(stream: Readable | null): () => string {
  let tail = '';
  stream?.on('data', (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-4000);
  });
  return () => tail.trim();
}

function track(child: ChildProcess): ChildProcess {
  started.add(child);
  child.once('exit', () => started.delete(child));
  return child;
}

/** Asks the process to stop, and kills it if it has not within two seconds. */
async function end(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 2000);
  await exited;
  clearTimeout(timer);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

/** Starts Xvfb on a display it picks itself, and resolves with that display's number. */
function startDisplay(): Promise<{ xvfb: ChildProcess; display: string }> {
  const xvfb = track(
    spawn(xvfbPath, ['-displayfd', '3', '-screen', '0', '1920x1080x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    }),
  );
  const stderr = keepTail(xvfb.stderr);
  return new Promise((resolve, reject) => {
    xvfb.once('error', (error) => reject(new Error(`Xvfb could not start (${error.message}): run tools/install-test-deps.sh`)));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code} before reporting a display: ${stderr()}`)));
    (xvfb.stdio[3] as Readable).once('data', (chunk: Buffer) => resolve({ xvfb, display: `:${chunk.toString().trim()}` }));
  });
}

async function waitForDriver(url: string, driver: ChildProcess, stderr: () => string): Promise<void> {
  let spawnError: Error | undefined;
  driver.once('error', (error) => (spawnError = error));
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (spawnError) throw new Error(`WebKitWebDriver could not start (${spawnError.message}): run tools/install-test-deps.sh`);
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${driver.exitCode}: ${stderr()}`);
    const ready = await fetch(`${url}/status`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on ${url} within 10 s: ${stderr()}`);
}

export async function startWebKitDriver(): Promise<WebKitDriverProcesses> {
  const { xvfb, display } = await startDisplay();
  let driver: ChildProcess | undefined;
  try {
    const port = await freePort();
    driver = track(
      spawn(driverPath, [`--port=${port}`], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, DISPLAY: display } }),
    );
    // MiniBrowser's own chatter (no sound card, no session bus) also arrives here: kept, not printed.
    const stderr = keepTail(driver.stderr);
    const url = `http://127.0.0.1:${port}`;
    await waitForDriver(url, driver, stderr);
    const running = driver;
    return {
      url,
      async stop() {
        await end(running);
        await end(xvfb);
      },
    };
  } catch (error) {
    if (driver) await end(driver);
    await end(xvfb);
    throw error;
  }
}
