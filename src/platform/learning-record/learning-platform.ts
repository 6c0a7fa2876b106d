/**
 * The one learning-record adapter the composition root talks to. It detects the platform at once:
 * a SCORM LMS's API, a cmi5 launch in the URL, or else an LRS named in config.json beside the
 * page (one small fetch). Only when there is one does it load that platform's code (a separate
 * chunk each), so a game played without an LMS or LRS never downloads it. Until the platform is
 * connected, `whenReady` holds back what must not start earlier (the menu), so no session can
 * begin unrecorded.
 */
import type { RecordSink, SuspendData } from '../../core/records/record-sink';
import type { Rubric } from '../../core/scoring/rubric';
import type { PlaySession } from '../../core/session/play-session';
import { readLrsConfig } from '../xapi/lrs-config';
import { type DetectedPlatform, detectLearningPlatform } from './detect-platform';
import { preferredResume } from './resume-choice';

export interface LearningPlatform {
  /** A session subscriber: reports the session to the platform, if one is connected. */
  follow(session: PlaySession): () => void;
  /** The resume data to offer: the platform's, or the browser's where it continues the platform's. */
  resumeFrom(local: Pick<RecordSink, 'suspendData'>): Pick<RecordSink, 'suspendData'>;
  /** Runs `start` once the platform is connected (at once when there is none). */
  whenReady(start: () => void): void;
  /** Resolves once a session started now would be reported (at once when there is no platform). */
  sessionsReady(): Promise<void>;
  /** The pass mark the platform sets (cmi5's masteryScore), so the debrief agrees with the LMS; null: none. */
  passMark(): number | null;
}

interface ConnectedPlatform {
  follow(session: PlaySession): () => void;
  /** An LMS's own resume data (SCORM); an LRS keeps none, and the browser's save resumes. */
  suspendData?(scenarioId: string): SuspendData | null;
  /** The pass mark the platform sets (cmi5's masteryScore, as a percent); null: the game's own. */
  passMark?(): number | null;
}

export interface LearningPlatformOptions {
  rubric: Rubric;
  notify: (message: string) => void;
  /** The name the learner gave: the actor of the statements sent to an LRS of config.json. */
  learner?: () => string;
  /** Follows the screen shown: a cmi5 launch returns to the LMS when the learner leaves the debrief. */
  screens?: (listener: (screen: string) => void) => () => void;
  /**
   * Resolves once the first screen has painted: without an LMS, config.json is fetched and checked
   * only then (a few milliseconds of the menu's start-up otherwise). At once when not given.
   */
  firstPaint?: () => Promise<void>;
}

const nothing = () => {};
const unreachable = 'The learning platform could not be reached; your progress is saved in this browser only.';

/** Finds and connects the platform; null when there is none (or it refused, after a notice). */
async function connect(
  detected: DetectedPlatform | null,
  options: LearningPlatformOptions,
  win: Window,
): Promise<ConnectedPlatform | null> {
  if (detected?.kind === 'scorm') {
    const { startScormPlatform } = await import('./scorm-platform');
    const sink = startScormPlatform(detected.found, options, win);
    if (!sink) options.notify('The learning platform did not start a session; your progress is saved in this browser only.');
    return sink;
  }
  if (detected?.kind === 'cmi5') {
    const { startCmi5Platform } = await import('../cmi5/cmi5-platform');
    return startCmi5Platform(detected.launch, options, win);
  }
  if (detected?.kind === 'invalid-launch') {
    options.notify(detected.notice);
    return null;
  }
  await options.firstPaint?.();
  const config = await readLrsConfig(new URL(win.location.href));
  if (config.kind === 'invalid') options.notify(config.notice);
  if (config.kind !== 'lrs') return null;
  const { startXapiPlatform } = await import('../xapi/xapi-platform');
  return startXapiPlatform(config.config, { ...options, learner: options.learner ?? (() => '') }, win);
}

export function learningPlatform(options: LearningPlatformOptions, win: Window = window): LearningPlatform {
  let connected: ConnectedPlatform | null = null;
  // An LMS launch (SCORM, cmi5) decides the resume data and the learner: the menu waits for it. An
  // LRS in config.json only receives statements, so the menu paints at once and a session waits
  // for the fetch instead (`sessionsReady`, awaited with the scenario's own download).
  const detected = detectLearningPlatform(win, new URLSearchParams(win.location.search));
  const ready = connect(detected, options, win)
    .then((platform) => {
      connected = platform;
    })
    .catch(() => options.notify(unreachable));
  return {
    follow: (session) => connected?.follow(session) ?? nothing,
    resumeFrom: (local) => ({
      suspendData: (id) => {
        const platform = connected?.suspendData?.(id);
        return platform === undefined ? local.suspendData(id) : preferredResume(platform, local.suspendData(id));
      },
    }),
    whenReady: (start) => (detected !== null ? void ready.then(start) : start()),
    sessionsReady: () => ready,
    passMark: () => connected?.passMark?.() ?? null,
  };
}
