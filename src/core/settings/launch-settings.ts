/**
 * The trainer's link (design: "the URL contract"): `mode`, `scenario` or `scenarios`, `learner`,
 * `attempts`, `pass` and `feedback`. Every value is validated; a bad one is named in a plain
 * sentence and replaced by the default, so a mistyped link still opens the game. Parameters the
 * contract does not name are ignored (an LMS adds its own to the launch address).
 */
import { defaultMode, isMode, modes, type Mode } from './modes.ts';

/** Reads query parameters; `URLSearchParams` fits, and the core needs no DOM types for it. */
export interface QueryParameters {
  get(name: string): string | null;
}

export interface LaunchSettings {
  mode: Mode;
  /** Open this scenario directly; null: show the menu. */
  scenario: string | null;
  /** The scenarios on the menu, in the link's order; null: all of them. */
  scenarios: string[] | null;
  /** Prefills the learner's name; null: ask (assessment) or none (practice). */
  learner: string | null;
  /** Attempts allowed per scenario; null: the mode's default (one in assessment, no limit in practice). */
  attempts: number | null;
  /** Pass mark in percent; null: the rubric's. */
  passMark: number | null;
  /** Coaching after each choice; null: the mode's default (and the learner's own setting in practice). */
  feedback: boolean | null;
}

export const defaultLaunchSettings: LaunchSettings = {
  mode: defaultMode,
  scenario: null,
  scenarios: null,
  learner: null,
  attempts: null,
  passMark: null,
  feedback: null,
};

export const learnerNameMaxLength = 80;
const maxAttempts = 99;

export interface ParsedLaunch {
  settings: LaunchSettings;
  /** One plain sentence per bad value, naming it. */
  problems: string[];
}

/** Control characters (C0 and DEL) have no place in a name or a message; code points, not a regex. */
function isControlCharacter(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f;
}

function replaceControlCharacters(text: string, replacement: string): string {
  return [...text].map((character) => (isControlCharacter(character) ? replacement : character)).join('');
}

/** Shows a value from the link in a message, shortened and with control characters made visible. */
function shown(value: string): string {
  const clean = replaceControlCharacters(value, '?');
  return `“${clean.length > 40 ? `${clean.slice(0, 40)}…` : clean}”`;
}

function listOf(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

/** A name as the game keeps it: without control characters, runs of spaces made one, trimmed. */
export function tidyLearnerName(name: string): string {
  return replaceControlCharacters(name, ' ').replace(/\s+/g, ' ').trim();
}

/** Reads the link's settings against the scenarios this game has. */
export function parseLaunchSettings(query: QueryParameters, knownScenarioIds: readonly string[]): ParsedLaunch {
  const settings: LaunchSettings = { ...defaultLaunchSettings };
  const problems: string[] = [];
  const known = new Set(knownScenarioIds);
  const unknownScenario = (id: string) => `The link names a scenario ${shown(id)}, which this game does not have`;

  const mode = query.get('mode');
  if (mode !== null) {
    const wanted = mode.trim().toLowerCase();
    if (isMode(wanted)) settings.mode = wanted;
    else problems.push(`The link asks for the mode ${shown(mode)}, which is not one of ${listOf(modes)}, so ${defaultMode} is used.`);
  }

  const scenario = query.get('scenario');
  if (scenario !== null) {
    if (known.has(scenario.trim())) settings.scenario = scenario.trim();
    else problems.push(`${unknownScenario(scenario)}, so the menu is shown instead.`);
  }

  const scenarios = query.get('scenarios');
  if (scenarios !== null) {
    const ids = scenarios
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id !== '');
    const good = [...new Set(ids.filter((id) => known.has(id)))];
    for (const id of ids.filter((id) => !known.has(id))) problems.push(`${unknownScenario(id)}, so it is left off the menu.`);
    if (good.length > 0) settings.scenarios = good;
    else problems.push('The link’s list of scenarios names none that this game has, so every scenario is shown.');
  }

  const learner = query.get('learner');
  if (learner !== null) {
    const name = tidyLearnerName(learner);
    if (name === '') problems.push('The link gives an empty learner name, so the learner will be asked for it.');
    else if (name.length > learnerNameMaxLength)
      problems.push(`The learner name in the link is longer than ${learnerNameMaxLength} characters, so the learner will be asked for it.`);
    else settings.learner = name;
  }

  const attempts = query.get('attempts');
  if (attempts !== null) {
    const count = /^\s*\d+\s*$/.test(attempts) ? Number(attempts) : NaN;
    if (count >= 1 && count <= maxAttempts) settings.attempts = count;
    else
      problems.push(
        `The link allows ${shown(attempts)} attempts, which is not a whole number from 1 to ${maxAttempts}, so the mode’s default is used.`,
      );
  }

  const pass = query.get('pass');
  if (pass !== null) {
    const mark = /^\s*\d+(\.\d+)?\s*$/.test(pass) ? Number(pass) : NaN;
    if (mark >= 0 && mark <= 100) settings.passMark = mark;
    else
      problems.push(`The link sets the pass mark to ${shown(pass)}, which is not a number from 0 to 100, so the usual pass mark is used.`);
  }

  const feedback = query.get('feedback');
  if (feedback !== null) {
    const value = feedback.trim().toLowerCase();
    if (value === 'on' || value === 'off') settings.feedback = value === 'on';
    else problems.push(`The link sets feedback to ${shown(feedback)}, which is neither on nor off, so the mode’s default is used.`);
  }

  return { settings, problems };
}

/**
 * The query part of a link (with its `?`, or empty) that opens the game with these settings; the
 * inverse of `parseLaunchSettings`. Defaults are left out, so links stay short.
 */
export function launchQuery(settings: LaunchSettings): string {
  const pairs: [string, string][] = [];
  if (settings.mode !== defaultMode) pairs.push(['mode', settings.mode]);
  if (settings.scenario !== null) pairs.push(['scenario', settings.scenario]);
  if (settings.scenarios !== null) pairs.push(['scenarios', settings.scenarios.join(',')]);
  if (settings.learner !== null) pairs.push(['learner', settings.learner]);
  if (settings.attempts !== null) pairs.push(['attempts', String(settings.attempts)]);
  if (settings.passMark !== null) pairs.push(['pass', String(settings.passMark)]);
  if (settings.feedback !== null) pairs.push(['feedback', settings.feedback ? 'on' : 'off']);
  if (pairs.length === 0) return '';
  // Commas stay readable in `scenarios=a,b`; scenario ids are file names, never holding a comma.
  return `?${pairs.map(([name, value]) => `${name}=${encodeURIComponent(value).replaceAll('%2C', ',')}`).join('&')}`;
}

/** A full link: the game's address without its query or fragment, then the settings. */
export function launchLink(gameAddress: string, settings: LaunchSettings): string {
  return `${gameAddress.replace(/[?#].*$/, '')}${launchQuery(settings)}`;
}
