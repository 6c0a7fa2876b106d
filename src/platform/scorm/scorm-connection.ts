/**
 * One SCORM API, either edition, behind calls that never throw: an LMS that answers "false",
 * throws, or vanishes mid-session must not stop the game (the browser's own save still holds the
 * learner's work). Every failure is kept, with the LMS's error code and text, for one notice.
 * Terminating happens once; anything asked after that is refused without touching the LMS.
 */
import type { FoundApi } from './scorm-api';

export interface ScormConnection {
  readonly version: FoundApi['version'];
  initialize(): boolean;
  /** The element's value, or null when the LMS refused or failed to give one. */
  get(element: string): string | null;
  set(element: string, value: string): boolean;
  commit(): boolean;
  /** LMSFinish / Terminate: the first call reaches the LMS, later ones return false. */
  terminate(): boolean;
  readonly terminated: boolean;
  /** Keeps a problem found outside the calls (such as data the mapping could not express). */
  note(problem: string): void;
  /** What went wrong so far, oldest first. */
  readonly problems: readonly string[];
}

/** The four calls and the error query, named alike for both editions. */
interface Calls {
  initialize(): unknown;
  terminate(): unknown;
  get(element: string): unknown;
  set(element: string, value: string): unknown;
  commit(): unknown;
  lastError(): unknown;
  errorText(code: string): unknown;
}

function callsOf(found: FoundApi): Calls {
  if (found.version === '1.2') {
    const api = found.api;
    return {
      initialize: () => api.LMSInitialize(''),
      terminate: () => api.LMSFinish(''),
      get: (element) => api.LMSGetValue(element),
      set: (element, value) => api.LMSSetValue(element, value),
      commit: () => api.LMSCommit(''),
      lastError: () => api.LMSGetLastError(),
      errorText: (code) => api.LMSGetErrorString(code),
    };
  }
  const api = found.api;
  return {
    initialize: () => api.Initialize(''),
    terminate: () => api.Terminate(''),
    get: (element) => api.GetValue(element),
    set: (element, value) => api.SetValue(element, value),
    commit: () => api.Commit(''),
    lastError: () => api.GetLastError(),
    errorText: (code) => api.GetErrorString(code),
  };
}

/** SCORM 2004's "Data Model Element Value Not Initialized". */
const notInitialized2004 = '403';

/** SCORM returns the string "true" (some LMSs a boolean) on success. */
const succeeded = (answer: unknown) => answer === true || answer === 'true';

export function connectScorm(found: FoundApi): ScormConnection {
  const calls = callsOf(found);
  const problems: string[] = [];
  let terminated = false;

  const describe = (what: string): string => {
    try {
      const code = String(calls.lastError() ?? '');
      const text = code && code !== '0' ? String(calls.errorText(code) ?? '') : '';
      return code && code !== '0' ? `${what}: error ${code}${text ? ` (${text})` : ''}` : `${what} failed`;
    } catch {
      return `${what} failed`;
    }
  };
  /** Runs one LMS call; a throw or a refusal is noted and answered with `fallback`. */
  const attempt = <T>(what: string, run: () => unknown, accept: (answer: unknown) => T | null, fallback: T): T => {
    try {
      const accepted = accept(run());
      if (accepted !== null) return accepted;
      problems.push(describe(what));
    } catch (error) {
      problems.push(`${what} threw: ${error instanceof Error ? error.message : String(error)}`);
    }
    return fallback;
  };
  const asSuccess = (answer: unknown) => (succeeded(answer) ? true : null);

  return {
    version: found.version,
    get problems() {
      return problems;
    },
    get terminated() {
      return terminated;
    },
    note: (problem) => {
      problems.push(problem);
    },
    initialize: () => attempt('initialize', calls.initialize, asSuccess, false),
    get(element) {
      if (terminated) return null;
      return attempt<string | null>(
        `get ${element}`,
        () => calls.get(element),
        (answer) => {
          const text = typeof answer === 'string' ? answer : answer === undefined || answer === null ? '' : String(answer);
          // An empty answer is a value ("" is a legal suspend_data) unless the LMS flags an error;
          // SCORM 2004's 403 only says nothing was ever stored there, which reads as empty too.
          if (text !== '') return text;
          const code = String(calls.lastError() ?? '0');
          return code === '0' || code === '' || (found.version === '2004' && code === notInitialized2004) ? '' : null;
        },
        null,
      );
    },
    set(element, value) {
      if (terminated) return false;
      return attempt(`set ${element}`, () => calls.set(element, value), asSuccess, false);
    },
    commit() {
      if (terminated) return false;
      return attempt('commit', calls.commit, asSuccess, false);
    },
    terminate() {
      if (terminated) return false;
      terminated = true;
      return attempt('terminate', calls.terminate, asSuccess, false);
    },
  };
}
