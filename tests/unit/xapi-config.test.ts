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
    const found = await readLrsConfig(
      page,
      answer(200, '{ "lrs": { "endpoint": "https://lrs.example/xAPI/", "username": "k", "password": "s" } }'),
    );
    expect(found.kind).toBe('lrs');
    expect(asked).toEqual(['https://training.example/glasshouse/config.json no-store']);
    expect(await readLrsConfig(page, answer(404, 'not found'))).toEqual({ kind: 'none' });
    expect((await readLrsConfig(page, answer(500, 'oops'))).kind).toBe('invalid');
    expect(await readLrsConfig(new URL('file:///home/trainer/glasshouse/index.html'), answer(200, '{}'))).toEqual({ kind: 'none' });
    expect(asked).toHaveLength(3);
  });
});
