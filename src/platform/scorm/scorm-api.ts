/**
 * Finding the LMS's SCORM API the way the standards describe: the SCO looks for `API` (SCORM 1.2)
 * or `API_1484_11` (SCORM 2004) on its own window and each parent in turn, then on the window that
 * opened it and that window's parents. Written against a tiny window-like shape so that the walk is
 * testable without a browser.
 */

export type ScormVersion = '1.2' | '2004';

/** The SCORM 1.2 API an LMS puts on a window as `API`. Every value crosses as a string. */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): string | boolean;
  LMSFinish(parameter: ''): string | boolean;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string | boolean;
  LMSCommit(parameter: ''): string | boolean;
  LMSGetLastError(): string | number;
  LMSGetErrorString(code: string): string;
  LMSGetDiagnostic(code: string): string;
}

/** The SCORM 2004 API an LMS puts on a window as `API_1484_11`. */
export interface Scorm2004Api {
  Initialize(parameter: ''): string | boolean;
  Terminate(parameter: ''): string | boolean;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string | boolean;
  Commit(parameter: ''): string | boolean;
  GetLastError(): string | number;
  GetErrorString(code: string): string;
  GetDiagnostic(code: string): string;
}

export type FoundApi = { version: '1.2'; api: Scorm12Api } | { version: '2004'; api: Scorm2004Api };

/** As much of a browser window as the search needs. */
export interface WindowLike {
  readonly parent: WindowLike | null;
  readonly opener?: WindowLike | null;
}

const apiName: Record<ScormVersion, 'API' | 'API_1484_11'> = { '1.2': 'API', '2004': 'API_1484_11' };
const methods: Record<ScormVersion, readonly string[]> = {
  '1.2': [
    'LMSInitialize',
    'LMSFinish',
    'LMSGetValue',
    'LMSSetValue',
    'LMSCommit',
    'LMSGetLastError',
    'LMSGetErrorString',
    'LMSGetDiagnostic',
  ],
  '2004': ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic'],
};

/**
 * How many parents to climb before giving up. SCORM 2004's sample discovery algorithm (RTE 3.3.6.1)
 * stops after 500; SCORM 1.2's sample stopped after 7, which today's nested LMS frames exceed.
 */
const maxParentHops = 500;

function readProperty(win: WindowLike, name: string): unknown {
  try {
    return (win as unknown as Record<string, unknown>)[name];
  } catch {
    // A frame from another origin throws on any property but `parent`: it holds no API for us.
    return undefined;
  }
}

function asApi(candidate: unknown, version: ScormVersion): boolean {
  if (candidate === null || (typeof candidate !== 'object' && typeof candidate !== 'function')) return false;
  const object = candidate as Record<string, unknown>;
  return methods[version].every((method) => typeof object[method] === 'function');
}

function parentOf(win: WindowLike): WindowLike | null {
  try {
    const parent = win.parent;
    return parent && parent !== win ? parent : null;
  } catch {
    return null;
  }
}

/** Climbs from `start` through its parents; returns the first window's API of that version. */
function climb(start: WindowLike, version: ScormVersion, hops: number): unknown {
  let win: WindowLike | null = start;
  for (let hop = 0; win && hop <= hops; hop += 1) {
    const candidate = readProperty(win, apiName[version]);
    if (asApi(candidate, version)) return candidate;
    win = parentOf(win);
  }
  return null;
}

/** The API of one version, from `start`'s frames and then its opener's, or null. */
export function findApi(start: WindowLike, version: ScormVersion, hops = maxParentHops): unknown {
  const found = climb(start, version, hops);
  if (found) return found;
  const opener = readProperty(start, 'opener') as WindowLike | null | undefined;
  return opener ? climb(opener, version, hops) : null;
}

/**
 * The LMS's API, preferring SCORM 2004 when a frame offers both (an LMS that can run either puts
 * both up), or null when the game was not launched from an LMS.
 */
export function findScormApi(start: WindowLike, hops = maxParentHops): FoundApi | null {
  const api2004 = findApi(start, '2004', hops);
  if (api2004) return { version: '2004', api: api2004 as Scorm2004Api };
  const api12 = findApi(start, '1.2', hops);
  if (api12) return { version: '1.2', api: api12 as Scorm12Api };
  return null;
}
