/**
 * The one xAPI client the game ships: @xapi/xapi 2.2.8, the copy @xapi/cmi5 bundles inside
 * itself. The cmi5 library exports only its Cmi5 class, and a second copy of @xapi/xapi (with a
 * second axios) would double what an LRS-connected game downloads, so the plain-LRS path borrows
 * the bundled client: Cmi5's `initialize`, given a session's auth token, constructs its XAPI
 * with the endpoint and `Basic <token>` before it asks the LMS for anything. Run on a stand-in
 * that answers those questions with a refusal, it builds the client and sends no request.
 * @xapi/cmi5 is pinned (1.4.0) for this; tests/unit/xapi-client.test.ts sends through the
 * borrowed client to a server, so an update that breaks the seam fails there.
 */
import Cmi5 from '@xapi/cmi5';
import type { SendOutcome } from '../../core/records/statement-queue';
import type { XapiStatement } from '../../core/records/xapi-statements';

export type XapiClient = NonNullable<Cmi5['xapi']>;
type ClientStatements = Parameters<XapiClient['sendStatements']>[0]['statements'];

interface ClientBorrower {
  _launchParameters: { endpoint: string };
  _xapi?: XapiClient;
  getLaunchDataFromLMS(): Promise<never>;
  getLearnerPreferencesFromLMS(): Promise<never>;
}

const notAnLms = () => Promise.reject(new Error('a plain LRS has no cmi5 launch data'));

/** An XAPI client for `endpoint` (ending in a slash), authorised with HTTP Basic credentials. */
export function xapiClient(endpoint: string, username: string, password: string): XapiClient {
  const borrower: ClientBorrower = {
    _launchParameters: { endpoint },
    getLaunchDataFromLMS: notAnLms,
    getLearnerPreferencesFromLMS: notAnLms,
  };
  const initialize: (this: ClientBorrower, state: { authToken: string; initializedDate: Date }) => Promise<unknown> = Reflect.get(
    Cmi5.prototype,
    'initialize',
  );
  // The returned promise only ever rejects (the stand-in's refusal): nothing to wait for.
  initialize.call(borrower, { authToken: basicToken(username, password), initializedDate: new Date() }).catch(() => {});
  if (!borrower._xapi) throw new Error('@xapi/cmi5 no longer builds its xAPI client in initialize: see xapi-client.ts');
  return borrower._xapi;
}

/** HTTP Basic's token: base64 of `username:password`, in UTF-8. */
export function basicToken(username: string, password: string): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Statuses that say "not now" rather than "not this": the LRS is down or overloaded (5xx, 408,
 * 429), or refuses these credentials or this address (401, 403, 404), which a trainer fixes in
 * config.json while the statements wait.
 */
const retryLater = new Set([401, 403, 404, 408, 429]);

interface HttpFailure {
  response?: { status?: unknown; data?: unknown };
  message?: unknown;
}

/** What the LRS made of a batch, from the client's answer or its (axios) error. */
export function sendOutcomeOf(error: unknown): SendOutcome {
  const failure: HttpFailure = typeof error === 'object' && error !== null ? error : {};
  const status = typeof failure.response?.status === 'number' ? failure.response.status : null;
  const message = typeof failure.message === 'string' ? failure.message : String(error);
  if (status === null) return { kind: 'unreachable', detail: message };
  if (status >= 500 || retryLater.has(status)) return { kind: 'unreachable', detail: `HTTP ${status}` };
  const data = failure.response?.data;
  const detail = typeof data === 'string' ? data : JSON.stringify(data ?? message);
  return { kind: 'refused', status, detail: detail.slice(0, 500) };
}

/** Sends a batch in one POST /statements. */
export function lrsSender(client: XapiClient): (batch: readonly XapiStatement[]) => Promise<SendOutcome> {
  return async (batch) => {
    try {
      // Our statements are plain JSON of the xAPI shape; the client's type differs only in mutability.
      const statements: ClientStatements = structuredClone(batch) as unknown as ClientStatements;
      await client.sendStatements({ statements });
      return { kind: 'stored' };
    } catch (error) {
      return sendOutcomeOf(error);
    }
  };
}
