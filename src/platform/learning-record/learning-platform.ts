/**
 * The one learning-record adapter the composition root talks to. It detects the platform at once;
 * only when there is one does it load that platform's code (a separate chunk), so a game played
 * without an LMS never downloads it. Until the platform is connected, `whenReady` holds back what
 * must not start earlier (the menu), so no session can begin unrecorded.
 */
import type { RecordSink, SuspendData } from '../../core/records/record-sink';
import type { Rubric } from '../../core/scoring/rubric';
import type { PlaySession } from '../../core/session/play-session';
import { detectLearningPlatform } from './detect-platform';
import { preferredResume } from './resume-choice';

export interface LearningPlatform {
  /** A session subscriber: reports the session to the platform, if one is connected. */
  follow(session: PlaySession): () => void;
  /** The resume data to offer: the platform's, or the browser's where it continues the platform's. */
  resumeFrom(local: Pick<RecordSink, 'suspendData'>): Pick<RecordSink, 'suspendData'>;
  /** Runs `start` once the platform is connected (at once when there is none). */
  whenReady(start: () => void): void;
}

interface ConnectedPlatform {
  follow(session: PlaySession): () => void;
  suspendData(scenarioId: string): SuspendData | null;
}

const nothing = () => {};

export function learningPlatform(options: { rubric: Rubric; notify: (message: string) => void }, win: Window = window): LearningPlatform {
  const detected = detectLearningPlatform(win);
  if (!detected) return { follow: () => nothing, resumeFrom: (local) => local, whenReady: (start) => start() };

  let connected: ConnectedPlatform | null = null;
  const ready = import('./scorm-platform')
    .then(({ startScormPlatform }) => {
      connected = startScormPlatform(detected.found, options, win);
      if (!connected) options.notify('The learning platform did not start a session; your progress is saved in this browser only.');
    })
    .catch(() => options.notify('The learning platform could not be reached; your progress is saved in this browser only.'));
  return {
    follow: (session) => connected?.follow(session) ?? nothing,
    resumeFrom: (local) => ({
      suspendData: (id) => (connected ? preferredResume(connected.suspendData(id), local.suspendData(id)) : local.suspendData(id)),
    }),
    whenReady: (start) => void ready.then(start),
  };
}
