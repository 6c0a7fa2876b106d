/**
 * The LMS's part of a cmi5 launch, as the test's own small service (cmi5 spec section 8): the
 * launch URL's parameters, the fetch URL that hands out the auth token once (8.2), and the
 * LaunchData state document (10.2) and learner preferences (11), since the real LRS below
 * serves no State or Agent Profile API. Statements go on to that LRS unchanged; the service
 * notes each request so that the test can check the token and the order.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Cmi5Lms {
  url: string;
  /** A new launch (AU session) of the AU at `auUrl` in this registration, with its own fetch URL and token. */
  launchUrl(auUrl: string): string;
  readonly registration: string;
  readonly activityId: string;
  readonly actor: { objectType: 'Agent'; name: string; account: { homePage: string; name: string } };
  readonly returnUrl: string;
  /** How many times a fetch URL was asked for a token, over every launch. */
  readonly fetches: number;
  /** The Authorization headers the statements came with. */
  readonly statementAuthorizations: string[];
  close(): Promise<void>;
}

interface LaunchDataOptions {
  moveOn: 'Passed' | 'Completed' | 'CompletedAndPassed' | 'CompletedOrPassed' | 'NotApplicable';
  masteryScore?: number;
  launchMode?: 'Normal' | 'Browse' | 'Review';
}

const cors = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET,POST,PUT,OPTIONS',
  'access-control-allow-headers': 'authorization,content-type,x-experience-api-version',
};

export const sessionIdExtension = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
/** The AU's id in cmi5.xml: the LMS puts it in the context template's grouping (9.6.2.3-1). */
export const publisherId = 'urn:glasshouse:course:scenarios';

export async function startCmi5Lms(lrsEndpoint: string, launch: LaunchDataOptions): Promise<Cmi5Lms> {
  const registration = randomUUID();
  const sessionId = randomUUID();
  // One fetch URL and token per launch; each answers once.
  const launches: Array<{ token: string; handedOut: boolean }> = [];
  // 8.1.5: the LMS makes the AU's activity id for this registration.
  const activityId = `https://lms.example/activities/${randomUUID()}`;
  const actor = { objectType: 'Agent' as const, name: 'Grace Hopper', account: { homePage: 'https://lms.example', name: 'ghopper' } };
  let fetches = 0;
  const statementAuthorizations: string[] = [];
  let url = '';

  const server = http.createServer((request, response) => {
    const address = new URL(request.url ?? '/', 'http://host');
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', async () => {
      const send = (status: number, payload: unknown, type = 'application/json') => {
        response.writeHead(status, { ...cors, 'content-type': type });
        response.end(typeof payload === 'string' ? payload : JSON.stringify(payload));
      };
      if (request.method === 'OPTIONS') return send(204, '');
      const fetchOf = /^\/fetch\/(\d+)$/.exec(address.pathname);
      if (fetchOf && request.method === 'POST') {
        fetches += 1;
        const launched = launches[Number(fetchOf[1])];
        if (!launched) return send(404, { message: 'no such launch' });
        // 8.2.3: the fetch URL answers once; later requests get an error.
        if (launched.handedOut) return send(200, { 'error-code': '1', 'error-text': 'The auth token was already handed out' });
        launched.handedOut = true;
        return send(200, { 'auth-token': launched.token });
      }
      if (address.pathname === '/returned') return send(200, '<!doctype html><title>LMS</title><p>Back at the LMS</p>', 'text/html');
      const authorised = launches.some((launched) => request.headers.authorization === `Basic ${launched.token}`);
      if (address.pathname === '/xAPI/activities/state' && request.method === 'GET') {
        if (!authorised) return send(401, { message: 'wrong token' });
        const matches =
          address.searchParams.get('stateId') === 'LMS.LaunchData' &&
          address.searchParams.get('activityId') === activityId &&
          address.searchParams.get('registration') === registration;
        if (!matches) return send(404, { message: 'no such state' });
        return send(200, {
          contextTemplate: {
            contextActivities: { grouping: [{ objectType: 'Activity', id: publisherId }] },
            extensions: { [sessionIdExtension]: sessionId },
          },
          launchMode: launch.launchMode ?? 'Normal',
          moveOn: launch.moveOn,
          ...(launch.masteryScore === undefined ? {} : { masteryScore: launch.masteryScore }),
          returnURL: `${url}/returned`,
        });
      }
      if (address.pathname === '/xAPI/agents/profile' && address.searchParams.get('profileId') === 'cmi5LearnerPreferences') {
        return send(200, { languagePreference: 'en-US', audioPreference: 'on' });
      }
      if (address.pathname === '/xAPI/statements') {
        if (!authorised) return send(401, { message: 'wrong token' });
        statementAuthorizations.push(request.headers.authorization ?? '');
        const upstream = await fetch(`${lrsEndpoint}statements${address.search}`, {
          method: request.method ?? 'GET',
          headers: {
            'content-type': 'application/json',
            'x-experience-api-version': '1.0.3',
            authorization: `Basic ${Buffer.from('test:test').toString('base64')}`,
          },
          ...(body ? { body } : {}),
        }).catch(() => null);
        if (!upstream) return send(502, { message: 'the LRS is away' });
        return send(upstream.status, await upstream.text());
      }
      send(404, { message: 'not here' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    registration,
    activityId,
    actor,
    returnUrl: `${url}/returned`,
    get fetches() {
      return fetches;
    },
    statementAuthorizations,
    launchUrl: (auUrl) => {
      launches.push({ token: Buffer.from(`au-${randomUUID()}:one-time`).toString('base64'), handedOut: false });
      const query = new URLSearchParams({
        endpoint: `${url}/xAPI/`,
        fetch: `${url}/fetch/${launches.length - 1}`,
        actor: JSON.stringify(actor),
        registration,
        activityId,
      });
      return `${auUrl}?${query}`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
