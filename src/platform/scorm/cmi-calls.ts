/**
 * Turns a finished attempt into the ordered SetValue calls of each SCORM edition. Pure: the
 * adapter that owns the LMS connection sends them in this order and commits. The score always
 * precedes the status, because an LMS may judge success from the score it already holds.
 */
import type { AttemptChoice, FinishedAttempt } from './attempt';
import { timeInterval2004, timeOfDay12, timespan12, timestamp2004 } from './cmi-time';
import type { ScormVersion } from './scorm-api';

export interface CmiCall {
  element: string;
  value: string;
}

/** Where this attempt's records go: after those the LMS already holds for this learner. */
export interface CmiPosition {
  /** cmi.interactions._count before this attempt. */
  firstInteraction: number;
  /** cmi.objectives index of the rubric's first competency (its others follow in rubric order). */
  firstObjective: number;
}

/** SCORM 2004 caps an interaction's description at 250 characters. */
const descriptionLimit = 250;

/** Identifiers keep to letters, digits, `-` and `_`: SCORM 1.2's CMIIdentifier allows little else. */
function identifierPart(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]+/g, '-');
}

/** `pushy-presenter_20261201T101502Z_d3`: unique per scenario, attempt start and decision. */
export function interactionId(scenarioId: string, startedAt: number, decision: number): string {
  const started = new Date(startedAt).toISOString().replace(/[-:]|\.\d+/g, '');
  return `${identifierPart(scenarioId)}_${started}_d${decision + 1}`;
}

/** Percent with two decimals, rounded down so that a fail never reads as the pass mark. */
function percentText(percent: number): string {
  const clamped = Math.min(100, Math.max(0, percent));
  return String(Math.floor(clamped * 100 + 1e-9) / 100);
}

function scaledText(percent: number): string {
  const clamped = Math.min(100, Math.max(0, percent));
  return String(Math.floor(clamped * 100 + 1e-9) / 10_000);
}

/** The option's response: SCORM 1.2 allows single characters (a is the first authored option). */
function response(version: ScormVersion, optionIndex: number): string {
  if (version === '2004') return `option-${optionIndex + 1}`;
  if (optionIndex < 0 || optionIndex > 25) throw new RangeError(`SCORM 1.2 can record options a to z, not option ${optionIndex + 1}`);
  return String.fromCharCode(97 + optionIndex);
}

function result(version: ScormVersion, choice: AttemptChoice): string {
  if (choice.critical || choice.overallDelta < 0) return version === '2004' ? 'incorrect' : 'wrong';
  return choice.overallDelta > 0 ? 'correct' : 'neutral';
}

function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}

/** The label and its score changes, within 2004's 250 characters (the label is shortened first). */
export function interactionDescription(choice: AttemptChoice): string {
  const moved = Object.entries(choice.deltas).filter(([, delta]) => delta !== 0);
  const suffix = [...moved.map(([id, delta]) => `${id} ${signed(delta)}`), ...(choice.critical ? ['critical'] : [])].join(', ');
  // A leading "{" would be read as a {lang=...} delimiter.
  const label = choice.label.replace(/^\{+/, '').trim();
  const tail = suffix ? ` (${suffix})` : '';
  const room = descriptionLimit - tail.length;
  const fitted = label.length <= room ? label : `${label.slice(0, Math.max(0, room - 1)).trimEnd()}…`;
  return `${fitted}${tail}`.slice(0, descriptionLimit);
}

/** The calls that record one choice as interaction number `index`. */
export function interactionCalls(
  version: ScormVersion,
  index: number,
  attempt: Pick<FinishedAttempt, 'scenarioId' | 'startedAt'>,
  choice: AttemptChoice,
): CmiCall[] {
  const at = `cmi.interactions.${index}`;
  const calls: CmiCall[] = [{ element: `${at}.id`, value: interactionId(attempt.scenarioId, attempt.startedAt, choice.decision) }];
  // SCORM 2004 needs the type before the response it types.
  calls.push({ element: `${at}.type`, value: 'choice' });
  const moved = Object.entries(choice.deltas).filter(([, delta]) => delta !== 0);
  for (const [n, [id]] of moved.entries()) calls.push({ element: `${at}.objectives.${n}.id`, value: identifierPart(id) });
  if (choice.chosenAt !== undefined) {
    calls.push(
      version === '2004'
        ? { element: `${at}.timestamp`, value: timestamp2004(choice.chosenAt) }
        : { element: `${at}.time`, value: timeOfDay12(choice.chosenAt) },
    );
  }
  calls.push({ element: `${at}.weighting`, value: '1' });
  calls.push({
    element: `${at}.${version === '2004' ? 'learner_response' : 'student_response'}`,
    value: response(version, choice.optionIndex),
  });
  calls.push({ element: `${at}.result`, value: result(version, choice) });
  if (version === '2004') calls.push({ element: `${at}.description`, value: interactionDescription(choice) });
  return calls;
}

function objectiveCalls(version: ScormVersion, attempt: FinishedAttempt, first: number): CmiCall[] {
  return attempt.competencies.flatMap((competency, n) => {
    const at = `cmi.objectives.${first + n}`;
    const calls: CmiCall[] = [{ element: `${at}.id`, value: identifierPart(competency.id) }];
    if (competency.percent === null) return calls;
    if (version === '2004') calls.push({ element: `${at}.score.scaled`, value: scaledText(competency.percent) });
    calls.push(
      { element: `${at}.score.raw`, value: percentText(competency.percent) },
      { element: `${at}.score.min`, value: '0' },
      { element: `${at}.score.max`, value: '100' },
    );
    calls.push(
      version === '2004' ? { element: `${at}.completion_status`, value: 'completed' } : { element: `${at}.status`, value: 'completed' },
    );
    return calls;
  });
}

function scoreAndStatusCalls(version: ScormVersion, attempt: FinishedAttempt): CmiCall[] {
  const status = attempt.passed ? 'passed' : 'failed';
  if (version === '1.2') {
    return [
      { element: 'cmi.core.score.raw', value: percentText(attempt.percent) },
      { element: 'cmi.core.score.min', value: '0' },
      { element: 'cmi.core.score.max', value: '100' },
      // 1.2 has one status for completion and success: passed or failed says both.
      { element: 'cmi.core.lesson_status', value: status },
    ];
  }
  return [
    { element: 'cmi.score.scaled', value: scaledText(attempt.percent) },
    { element: 'cmi.score.raw', value: percentText(attempt.percent) },
    { element: 'cmi.score.min', value: '0' },
    { element: 'cmi.score.max', value: '100' },
    { element: 'cmi.completion_status', value: 'completed' },
    { element: 'cmi.success_status', value: status },
  ];
}

/** How long this SCO session has lasted, in the edition's format. */
export function sessionTimeCall(version: ScormVersion, milliseconds: number): CmiCall {
  return version === '2004'
    ? { element: 'cmi.session_time', value: timeInterval2004(milliseconds) }
    : { element: 'cmi.core.session_time', value: timespan12(milliseconds) };
}

/** How the session ends: `suspend` keeps the suspend data for a resume; `normal` ends the attempt. */
export function exitCall(version: ScormVersion, exit: 'suspend' | 'normal'): CmiCall {
  if (version === '2004') return { element: 'cmi.exit', value: exit };
  return { element: 'cmi.core.exit', value: exit === 'suspend' ? 'suspend' : '' };
}

/**
 * Everything a finished attempt reports, in the order to send it: one interaction per choice,
 * one objective per competency, the score, then completion and success, then the session time.
 */
export function finishedAttemptCalls(
  version: ScormVersion,
  attempt: FinishedAttempt,
  position: CmiPosition,
  sessionMilliseconds: number,
): CmiCall[] {
  return [
    ...attempt.choices.flatMap((choice, n) => interactionCalls(version, position.firstInteraction + n, attempt, choice)),
    ...objectiveCalls(version, attempt, position.firstObjective),
    ...scoreAndStatusCalls(version, attempt),
    sessionTimeCall(version, sessionMilliseconds),
  ];
}
