/**
 * The cmi5 side of the learning-record adapter, loaded only when the URL holds cmi5 launch
 * parameters, through @xapi/cmi5: it fetches the auth token (or reuses this tab's, after a
 * reload, so the session goes on under the same registration and token), reads LaunchData and
 * sends the cmi5 defined statements in the order the spec requires: initialized first, then at
 * the first ending completed, passed or failed as moveOn asks (masteryScore is the pass mark),
 * then terminated once the debrief shows (the AU's work is reported), and back to returnURL, if
 * the LMS gave one, when the learner leaves the debrief.
 * Each choice is an answered statement, a cmi5 "allowed" statement (spec 9.6.1: no cmi5
 * category, the registration and the context template in its context), queued in this tab's
 * storage and sent through the library's own xAPI client, so none is lost while the LRS is away;
 * the defined statements, sent by the library itself, are tried again until the LRS takes them
 * (send-until-sent.ts).
 */
import Cmi5, { type LaunchData } from '@xapi/cmi5';
import { StatementQueue } from '../../core/records/statement-queue';
import { percentScore, statementBuilder, type XapiAgent, type XapiContext } from '../../core/records/xapi-statements';
import type { Rubric } from '../../core/scoring/rubric';
import type { PlaySession } from '../../core/session/play-session';
import { SafeStorage, type StorageLike } from '../storage/safe-storage';
import { answeredChoice, verdictFor } from '../xapi/session-statements';
import { lrsSender, type XapiClient } from '../xapi/xapi-client';
import type { Cmi5Launch } from './cmi5-launch';
import { Cmi5SessionStore, type DefinedVerb, definedVerbs } from './cmi5-session';
import { sendUntilSent } from './send-until-sent';

export interface Cmi5PlatformOptions {
  rubric: Rubric;
  notify: (message: string) => void;
  /** Follows the screen shown ('menu', 'debrief', ...): leaving the debrief returns to the LMS. */
  screens?: (listener: (screen: string) => void) => () => void;
}

export interface Cmi5Platform {
  follow(session: PlaySession): () => void;
  readonly launchData: LaunchData;
  /** LaunchData's masteryScore as a percent, the pass mark of the attempt; null without one. */
  passMark(): number | null;
}

/** Which defined statements moveOn asks for (spec 10.2.4); none outside Normal launch mode (10.2.2). */
export function definedStatementsFor(launchData: Pick<LaunchData, 'moveOn' | 'launchMode'>): { completed: boolean; judged: boolean } {
  if (launchData.launchMode !== 'Normal') return { completed: false, judged: false };
  switch (launchData.moveOn) {
    case 'Completed':
      return { completed: true, judged: false };
    case 'Passed':
      return { completed: false, judged: true };
    default:
      return { completed: true, judged: true };
  }
}

/**
 * Which once-per-registration statements an earlier session of this registration already sent
 * (cmi5 9.3.0.0-6, -7): a learner relaunching a passed AU from the LMS must not pass it again.
 */
async function sentInRegistration(client: XapiClient, launch: Cmi5Launch): Promise<DefinedVerb[]> {
  const found: DefinedVerb[] = [];
  for (const verb of ['completed', 'passed'] as const) {
    try {
      const response = await client.getStatements({
        registration: launch.registration,
        verb: `http://adlnet.gov/expapi/verbs/${verb}`,
        activity: launch.activityId,
        limit: 1,
      });
      if (response.data.statements.length > 0) found.push(verb);
    } catch {
      // Not known: sent as if first; an LMS refuses a duplicate, which the learner is told.
    }
  }
  return found;
}

export async function startCmi5Platform(launch: Cmi5Launch, options: Cmi5PlatformOptions, win: Window = window): Promise<Cmi5Platform> {
  const store = new Cmi5SessionStore(win.sessionStorage, launch.fetch);
  const resumed = store.read();
  const cmi5 = new Cmi5({ ...launch, actor: { ...launch.actor, objectType: 'Agent' } });
  if (resumed) {
    await cmi5.initialize({ authToken: resumed.authToken, initializedDate: new Date(resumed.initializedDate) });
  } else {
    await cmi5.initialize();
    store.write({
      authToken: cmi5.getAuthToken(),
      initializedDate: cmi5.getInitializedDate().toISOString(),
      sent: { completed: false, passed: false, failed: false, terminated: false },
    });
  }
  const client = cmi5.xapi;
  if (!client) throw new Error('the cmi5 library did not connect to the LRS');
  const launchData = cmi5.getLaunchData();

  const tabStorage = new SafeStorage(
    (): StorageLike => win.sessionStorage,
    () => options.notify('This browser keeps nothing for this tab, so a reload may lose records for the learning platform.'),
  );
  const queueKey = `glasshouse.cmi5.queue.${launch.fetch}`;
  const queue = new StatementQueue({
    storage: {
      read: () => tabStorage.read(queueKey),
      write: (text) => void tabStorage.write(queueKey, text),
      keepUnreadable: (text) => void tabStorage.write(`${queueKey}.unreadable.${Date.now()}`, text),
    },
    send: lrsSender(client),
    timers: { setTimeout: (run, ms) => win.setTimeout(run, ms), clearTimeout: (handle) => win.clearTimeout(Number(handle)) },
    notify: options.notify,
  });
  void queue.flush();
  win.addEventListener('online', () => void queue.flush());

  const context: XapiContext = { ...launchData.contextTemplate, registration: launch.registration };
  const actor: XapiAgent = { ...launch.actor, objectType: 'Agent' };
  const statements = statementBuilder({ newId: () => win.crypto.randomUUID(), now: () => new Date(), actor: () => actor, context });
  const wanted = definedStatementsFor(launchData);
  // As a percent to two places: 0.95 * 100 is 95.00000000000001 in floating point.
  const passMark = typeof launchData.masteryScore === 'number' ? Math.round(launchData.masteryScore * 10_000) / 100 : null;

  // Each defined statement is asked for once per session (those sent before a reload included) ...
  const sentBefore = store.read()?.sent;
  const requested = new Set<DefinedVerb>(definedVerbs.filter((verb) => sentBefore?.[verb]));
  if (!resumed) for (const verb of await sentInRegistration(client, launch)) requested.add(verb);
  // ... and they go one after another, each after every answered statement queued before it.
  let chain: Promise<void> = Promise.resolve();
  const inOrder = (verb: DefinedVerb, send: () => Promise<unknown>) => {
    if (requested.has(verb)) return;
    requested.add(verb);
    chain = chain
      .then(() => queue.whenEmpty())
      .then(async () => {
        await sendUntilSent(send, {
          alreadySent: async () => verb !== 'terminated' && verb !== 'failed' && (await sentInRegistration(client, launch)).includes(verb),
          onWaiting: () => options.notify('The learning platform cannot be reached just now; your result will be sent as soon as it can.'),
          sleep: (ms) => new Promise((resolve) => win.setTimeout(resolve, ms)),
        });
        store.markSent(verb);
      })
      .catch(() => options.notify('The learning platform did not accept the result; your progress is saved in this browser.'));
  };
  let endedHere = false;
  const returnWhenDebriefCloses = (returnUrl: string) => {
    if (!options.screens) {
      win.location.assign(returnUrl);
      return;
    }
    let returned = false;
    // Called at once with the screen now (the debrief, unless the learner already left it).
    const stop = options.screens((screen) => {
      if (returned || screen === 'debrief') return;
      returned = true;
      win.location.assign(returnUrl);
    });
    if (returned) stop();
  };

  return {
    launchData,
    passMark: () => passMark,
    follow(session) {
      const scenario = { id: session.scenario.meta.id, title: session.scenario.meta.title };
      const stops = [
        session.events.on('chose', (choice) => {
          if (requested.has('terminated')) return;
          queue.add([statements.answered(scenario, answeredChoice(choice, options.rubric))]);
        }),
        session.events.on('ended', ({ result }) => {
          if (requested.has('terminated')) return;
          endedHere = true;
          const verdict = verdictFor(result, passMark);
          const score = percentScore(verdict.percent);
          if (wanted.completed) inOrder('completed', () => cmi5.complete());
          // cmi5 9.3.0.0-3, -7, -8: one of passed or failed, once; a later attempt's verdict is not sent.
          if (wanted.judged && !requested.has('passed') && !requested.has('failed')) {
            if (verdict.passed) inOrder('passed', () => cmi5.pass(score));
            else inOrder('failed', () => cmi5.fail(score));
          }
        }),
        session.events.on('left', ({ over }) => {
          if (!over || !endedHere) return;
          inOrder('terminated', () => cmi5.terminate());
          chain = chain.then(() => {
            if (launchData.returnURL) returnWhenDebriefCloses(launchData.returnURL);
            else options.notify('Your result is with the learning platform; you may close this window.');
          });
        }),
      ];
      return () => {
        for (const stop of stops) stop();
      };
    },
  };
}
