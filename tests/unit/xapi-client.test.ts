/**
 * The xAPI client borrowed from @xapi/cmi5's bundle (see src/platform/xapi/xapi-client.ts). Its
 * bundled axios speaks only XMLHttpRequest, so it sends nothing in Node: here the seam is checked
 * (a client built without a request, with the endpoint and credentials given), and the browser
 * tests (tests/e2e/xapi.e2e.ts, cmi5.e2e.ts) send through it to a real LRS.
 */
import { describe, expect, it } from 'vitest';
import { basicToken, lrsSender, sendOutcomeOf, xapiClient } from '../../src/platform/xapi/xapi-client';

describe('the xAPI client borrowed from @xapi/cmi5', () => {
  it('is built from the bundle with the endpoint, Basic credentials and the xAPI version, and can send batches', () => {
    const client = xapiClient('https://lrs.example/xAPI/', 'key', 'sécret');
    expect(Reflect.get(client, 'endpoint')).toBe('https://lrs.example/xAPI/');
    expect(Reflect.get(client, 'headers')).toMatchObject({
      Authorization: `Basic ${basicToken('key', 'sécret')}`,
      'X-Experience-API-Version': '1.0.3',
    });
    expect(typeof client.sendStatements).toBe('function');
  });

  it('writes HTTP Basic’s token from UTF-8', () => {
    expect(Buffer.from(basicToken('key', 'sécret'), 'base64').toString('utf8')).toBe('key:sécret');
  });

  it('counts a failed send as unreachable rather than throwing', async () => {
    const outcome = await lrsSender(xapiClient('http://127.0.0.1:9/xAPI/', 'key', 'secret'))([]);
    expect(outcome.kind).toBe('unreachable');
  });

  it('tells a refusal (400, 409) from an LRS that is away (no answer, 5xx) or refuses the key (401), which waits for a fix', () => {
    expect(sendOutcomeOf(new Error('Network Error')).kind).toBe('unreachable');
    expect(sendOutcomeOf({ response: { status: 503 } })).toEqual({ kind: 'unreachable', detail: 'HTTP 503' });
    expect(sendOutcomeOf({ response: { status: 401 } }).kind).toBe('unreachable');
    expect(sendOutcomeOf({ response: { status: 429 } }).kind).toBe('unreachable');
    expect(sendOutcomeOf({ response: { status: 400, data: { message: 'bad verb' } } })).toEqual({
      kind: 'refused',
      status: 400,
      detail: '{"message":"bad verb"}',
    });
    expect(sendOutcomeOf({ response: { status: 409, data: 'conflict' } })).toEqual({ kind: 'refused', status: 409, detail: 'conflict' });
  });
});
