import { describe, expect, it } from 'vitest';
import { parseLrsConfig, readLrsConfig } from '../../src/platform/xapi/lrs-config';

const page = new URL('https://training.example/glasshouse/index.html?mode=assessment');

describe('config.json, where a trainer names an LRS', () => {
  it('reads the endpoint and credentials, and ends the endpoint with a slash', () => {
    expect(parseLrsConfig('{ "lrs": { "endpoint": "https://lrs.example/xAPI", "username": "k", "password": "s" } }')).toEqual({
      kind: 'lrs',
      config: { endpoint: 'https://lrs.example/xAPI/', username: 'k', password: 's' },
    });
  });

  it('means no LRS when there is no file, or no "lrs" in it', () => {
    expect(parseLrsConfig(null)).toEqual({ kind: 'none' });
    expect(parseLrsConfig('{}')).toEqual({ kind: 'none' });
  });

  it('names the file and the field when the file is malformed', () => {
    const notJson = parseLrsConfig('{ lrs: ');
    expect(notJson.kind === 'invalid' && notJson.notice).toMatch(/^config\.json .*not JSON/);
    const badEndpoint = parseLrsConfig('{ "lrs": { "endpoint": "lrs.example", "username": "k", "password": "s" } }');
    expect(badEndpoint.kind === 'invalid' && badEndpoint.notice).toContain('lrs.endpoint must be the LRS’s xAPI address');
    const noPassword = parseLrsConfig('{ "lrs": { "endpoint": "https://lrs.example/xAPI/", "username": "k" } }');
    expect(noPassword.kind === 'invalid' && noPassword.notice).toContain('lrs.password');
  });

  it('fetches the file beside the page, uncached; a 404 or a page opened from disk is no LRS', async () => {
    const asked: string[] = [];
    const answer = (status: number, body: string) => async (url: string | URL | Request, init?: RequestInit) => {
      asked.push(`${String(url)} ${init?.cache}`);
      return new Response(body, { status });
    };
    const memory = memoryOf(null);
    const found = await readLrsConfig(page, answer(200, config), memory, true);
    expect(found.kind).toBe('lrs');
    expect(asked).toEqual(['https://training.example/glasshouse/config.json no-store']);
    expect(await readLrsConfig(page, answer(404, 'not found'), memory, true)).toEqual({ kind: 'none' });
    expect(memory.read()).toBeNull();
    expect(await readLrsConfig(new URL('file:///home/trainer/glasshouse/index.html'), answer(200, '{}'), memory, true)).toEqual({
      kind: 'none',
    });
    expect(asked).toHaveLength(2);
  });

  it('uses the config last read when offline or when the server fails, so offline statements are still queued', async () => {
    const memory = memoryOf(null);
    const fails = async (): Promise<Response> => {
      throw new TypeError('Failed to fetch');
    };
    await readLrsConfig(page, async () => new Response(config, { status: 200 }), memory, true);
    expect((await readLrsConfig(page, fails, memory, false)).kind).toBe('lrs');
    expect((await readLrsConfig(page, fails, memory, true)).kind).toBe('lrs');
    expect((await readLrsConfig(page, async () => new Response('', { status: 502 }), memory, true)).kind).toBe('lrs');
    expect(await readLrsConfig(page, fails, memoryOf(null), true)).toEqual({ kind: 'none' });
  });
});

const config = '{ "lrs": { "endpoint": "https://lrs.example/xAPI/", "username": "k", "password": "s" } }';

function memoryOf(initial: string | null) {
  let text = initial;
  return {
    read: () => text,
    write: (next: string | null) => {
      text = next;
    },
  };
}
