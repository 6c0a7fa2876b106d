/**
 * Finding the LMS's API by the standards' walk: own window, parents up to a limit, then the opener
 * and its parents. The APIs found are scorm-again's real Scorm12API and Scorm2004API objects.
 */
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { findApi, findScormApi, type WindowLike } from '../../src/platform/scorm/scorm-api';

interface TestWindow extends WindowLike {
  parent: TestWindow;
  opener: TestWindow | null;
  API?: unknown;
  API_1484_11?: unknown;
}

/** A top-level window (its parent is itself, as in a browser). */
function topWindow(apis: Partial<Pick<TestWindow, 'API' | 'API_1484_11'>> = {}): TestWindow {
  const win = { opener: null, ...apis } as TestWindow;
  win.parent = win;
  return win;
}

function frameIn(parent: TestWindow, apis: Partial<Pick<TestWindow, 'API' | 'API_1484_11'>> = {}): TestWindow {
  return { parent, opener: null, ...apis };
}

/** A chain of `depth` frames below `top`; returns the innermost. */
function nested(top: TestWindow, depth: number): TestWindow {
  let win = top;
  for (let i = 0; i < depth; i += 1) win = frameIn(win);
  return win;
}

const quiet = { logLevel: 5 as const };

describe('finding the SCORM API', () => {
  it('finds SCORM 1.2 API on the game window itself', () => {
    const api = new Scorm12API(quiet);
    expect(findScormApi(topWindow({ API: api }))).toEqual({ version: '1.2', api });
  });

  it('finds API_1484_11 three frames up', () => {
    const api = new Scorm2004API(quiet);
    const found = findScormApi(nested(topWindow({ API_1484_11: api }), 3));
    expect(found?.version).toBe('2004');
    expect(found?.api).toBe(api);
  });

  it('prefers SCORM 2004 when a frame offers both', () => {
    const both = topWindow({ API: new Scorm12API(quiet), API_1484_11: new Scorm2004API(quiet) });
    expect(findScormApi(frameIn(both))?.version).toBe('2004');
  });

  it('takes the nearest API on the way up', () => {
    const near = new Scorm12API(quiet);
    const top = topWindow({ API: new Scorm12API(quiet) });
    expect(findApi(frameIn(frameIn(top), { API: near }), '1.2')).toBe(near);
  });

  it('stops climbing after the hop limit', () => {
    const top = topWindow({ API: new Scorm12API(quiet) });
    expect(findApi(nested(top, 5), '1.2', 5)).not.toBeNull();
    expect(findApi(nested(top, 6), '1.2', 5)).toBeNull();
  });

  it('looks in the opener and its parents when no frame above has one', () => {
    const api = new Scorm2004API(quiet);
    const lmsTop = topWindow({ API_1484_11: api });
    const popup = topWindow();
    popup.opener = frameIn(frameIn(lmsTop));
    expect(findScormApi(popup)).toEqual({ version: '2004', api });
  });

  it('passes over a frame from another origin, whose properties throw', () => {
    const api = new Scorm12API(quiet);
    const top = topWindow({ API: api });
    const foreign = { parent: top, opener: null } as unknown as TestWindow;
    Object.defineProperty(foreign, 'API', {
      get: () => {
        throw new Error('SecurityError: blocked a frame with origin');
      },
    });
    expect(findApi(frameIn(foreign), '1.2')).toBe(api);
  });

  it('ignores an API property that is not a SCORM API', () => {
    expect(findScormApi(topWindow({ API: { LMSInitialize: () => 'true' }, API_1484_11: 'nope' }))).toBeNull();
  });

  it('finds nothing when the game was not launched from an LMS', () => {
    expect(findScormApi(nested(topWindow(), 4))).toBeNull();
  });
});
