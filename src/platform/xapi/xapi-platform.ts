/**
 * The plain-LRS side of the learning-record adapter, loaded only when config.json names an LRS:
 * every play session becomes statements (launched and initialized when an attempt starts, one
 * answered per choice, completed, passed or failed and terminated at its ending), kept in a
 * queue in localStorage before they are sent, so a reload, a closed tab or an unreachable LRS
 * loses none. Each attempt is one xAPI registration, kept with the attempt while it is in flight
 * so that a resumed attempt goes on under the same one (and sends no second launched).
 */
import { StatementQueue } from '../../core/records/statement-queue';
import { learnerAgent, statementBuilder } from '../../core/records/xapi-statements';
import type { Rubric } from '../../core/scoring/rubric';
import type { PlaySession } from '../../core/session/play-session';
import { SafeStorage, type StorageLike } from '../storage/safe-storage';
import type { LrsConfig } from './lrs-config';
import { queueKey } from './queue-key';
import { answeredChoice, verdictFor } from './session-statements';
import { lrsSender, xapiClient } from './xapi-client';

const registrationsKey = 'glasshouse.xapi.registrations.v1';

export interface XapiPlatformOptions {
  rubric: Rubric;
  notify: (message: string) => void;
  /** The name the learner gave (read when each statement is made). */
  learner: () => string;
}

export interface XapiPlatform {
  follow(session: PlaySession): () => void;
  readonly queue: StatementQueue;
}

/** The registration of each attempt in flight, by scenario id: a resume continues it. */
class Registrations {
  constructor(
    private readonly storage: SafeStorage,
    private readonly newId: () => string,
  ) {}

  /** The attempt's registration, and whether it goes on from one kept (a resume) rather than a new one. */
  of(scenarioId: string, fresh: boolean): { registration: string; continued: boolean } {
    const all = this.all();
    const kept = all[scenarioId];
    if (kept && !fresh) return { registration: kept, continued: true };
    const registration = this.newId();
    this.storage.write(registrationsKey, JSON.stringify({ ...all, [scenarioId]: registration }));
    return { registration, continued: false };
  }

  finish(scenarioId: string): void {
    const { [scenarioId]: _finished, ...rest } = this.all();
    this.storage.write(registrationsKey, JSON.stringify(rest));
  }

  private all(): Record<string, string> {
    try {
      const parsed: unknown = JSON.parse(this.storage.read(registrationsKey) ?? '{}');
      if (typeof parsed !== 'object' || parsed === null) return {};
      return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
    } catch {
      return {};
    }
  }
}

export function startXapiPlatform(config: LrsConfig, options: XapiPlatformOptions, win: Window = window): XapiPlatform {
  const storage = new SafeStorage(
    (): StorageLike => win.localStorage,
    () => options.notify('This browser keeps no records, so statements for the learning record store may be lost on reload.'),
  );
  const queue = new StatementQueue({
    storage: {
      read: () => storage.read(queueKey),
      write: (text) => void storage.write(queueKey, text),
      keepUnreadable: (text) => void storage.write(`${queueKey}.unreadable.${Date.now()}`, text),
    },
    send: lrsSender(xapiClient(config.endpoint, config.username, config.password)),
    timers: { setTimeout: (run, ms) => win.setTimeout(run, ms), clearTimeout: (handle) => win.clearTimeout(Number(handle)) },
    notify: options.notify,
  });
  // What an earlier visit could not send goes first; the browser saying it is online again cuts a wait short.
  void queue.flush();
  win.addEventListener('online', () => void queue.flush());

  const newId = () => win.crypto.randomUUID();
  const registrations = new Registrations(storage, newId);
  const homePage = new URL('.', win.location.href).href;
  const now = () => new Date();

  return {
    queue,
    follow(session) {
      const scenario = { id: session.scenario.meta.id, title: session.scenario.meta.title };
      let openedAt = Date.now();
      let statements = statementBuilder({ newId, now, actor: () => learnerAgent(options.learner(), homePage) });
      const stops = [
        session.events.on('opened', ({ resumed }) => {
          openedAt = Date.now();
          const { registration, continued } = registrations.of(scenario.id, !resumed);
          statements = statementBuilder({ newId, now, actor: () => learnerAgent(options.learner(), homePage), context: { registration } });
          // A replay from a decision of a finished attempt is a new attempt too: it starts as one.
          if (!continued) queue.add([statements.launched(scenario), statements.initialized(scenario)]);
        }),
        session.events.on('chose', (choice) => queue.add([statements.answered(scenario, answeredChoice(choice, options.rubric))])),
        session.events.on('ended', ({ result }) => {
          const durationMs = Date.now() - openedAt;
          const verdict = verdictFor(result, null);
          queue.add([
            statements.completed(scenario, { durationMs }),
            statements.judged(scenario, { ...verdict, durationMs }),
            statements.terminated(scenario, durationMs),
          ]);
          registrations.finish(scenario.id);
        }),
      ];
      return () => {
        for (const stop of stops) stop();
      };
    },
  };
}
