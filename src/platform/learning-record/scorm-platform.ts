/**
 * The SCORM side of the learning-record adapter, loaded only when an LMS's API was found: it opens
 * the LMS session, and commits and terminates it when the page goes away.
 */
import type { Rubric } from '../../core/scoring/rubric';
import type { FoundApi } from '../scorm/scorm-api';
import { connectScorm } from '../scorm/scorm-connection';
import { ScormRecordSink } from '../scorm/scorm-record-sink';

export interface PlatformOptions {
  rubric: Rubric;
  notify: (message: string) => void;
}

/** The connected sink, or null when the LMS refused to start a session (the game then plays locally). */
export function startScormPlatform(found: FoundApi, options: PlatformOptions, win: Window = window): ScormRecordSink | null {
  const sink = new ScormRecordSink(connectScorm(found), { rubric: options.rubric, onProblem: options.notify });
  if (!sink.start()) return null;
  // pagehide is the last event a closing tab or an LMS removing the frame reliably fires.
  win.addEventListener('pagehide', () => sink.finish());
  // A phone may kill a hidden tab without pagehide: commit whenever the page is hidden.
  win.document.addEventListener('visibilitychange', () => {
    if (win.document.visibilityState === 'hidden') sink.commit();
  });
  return sink;
}
