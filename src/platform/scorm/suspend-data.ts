/**
 * Resume data in cmi.suspend_data: for each scenario in flight, the choices made and the order the
 * options were shown in, never the ink state (replaying the choices rebuilds it exactly). SCORM 1.2
 * allows 4,096 characters and SCORM 2004 64,000; the LMS may not enforce either (scorm-again takes
 * 4,097 in 1.2), so the limit is enforced here.
 *
 * When the data would not fit, it is cut in this order until it does: first every option order
 * (a resumed scenario then shows its open options in a fresh order, with the same choices made),
 * then whole scenarios from the end of the list (so put the one being played first). If even the
 * first scenario's choices alone cannot fit, encoding fails: write an empty suspend_data, and the
 * scenario restarts on the LMS (the browser's own save still holds it).
 */
import { z } from '../../core/zod';
import { failure, success, type Result } from '../../core/result';
import type { ScormVersion } from './scorm-api';

export interface InFlightScenario {
  scenarioId: string;
  storyVersion: string;
  /** Authored option indexes chosen so far, in order. */
  choices: readonly number[];
  /** For each decision shown so far, its options' authored indexes in the order shown. */
  optionOrder: readonly (readonly number[])[];
}

export interface ResumeData {
  /** Most important first: the scenario being played, then the others left half way. */
  scenarios: readonly InFlightScenario[];
}

export interface EncodedSuspendData {
  text: string;
  optionOrderDropped: boolean;
  /** Ids of scenarios left out to fit. */
  scenariosDropped: string[];
}

export const suspendDataLimit: Record<ScormVersion, number> = { '1.2': 4096, '2004': 64_000 };

// Each option index is one base-36 character: an 8-decision scenario of 4 options takes about 110 characters.
const digits = '0123456789abcdefghijklmnopqrstuvwxyz';
const maxOptions = digits.length;

const encodedScenario = z.object({
  i: z.string().check(z.minLength(1)),
  r: z.string(),
  c: z.string().check(z.regex(/^[0-9a-z]*$/)),
  /** Each decision's order, dot-separated: "2013.102". */
  o: z.optional(z.string().check(z.regex(/^([0-9a-z]+(\.[0-9a-z]+)*)?$/))),
});
const encodedResume = z.object({ v: z.literal(1), s: z.array(encodedScenario) });

function indexesText(indexes: readonly number[]): string {
  return indexes.map((index) => digits[index]!).join('');
}

function indexesFrom(text: string): number[] {
  return [...text].map((char) => digits.indexOf(char));
}

function serialize(scenarios: readonly InFlightScenario[], withOrder: boolean): string {
  return JSON.stringify({
    v: 1,
    s: scenarios.map((s) => ({
      i: s.scenarioId,
      r: s.storyVersion,
      c: indexesText(s.choices),
      ...(withOrder ? { o: s.optionOrder.map(indexesText).join('.') } : {}),
    })),
  });
}

/** Encodes resume data within the edition's limit, dropping what it must (see above). */
export function encodeSuspendData(resume: ResumeData, version: ScormVersion): Result<EncodedSuspendData, string> {
  const indexes = resume.scenarios.flatMap((s) => [...s.choices, ...s.optionOrder.flat()]);
  if (indexes.some((index) => !Number.isInteger(index) || index < 0 || index >= maxOptions)) {
    return failure(`resume data can record option indexes 0 to ${maxOptions - 1} only`);
  }
  const limit = suspendDataLimit[version];
  const full = serialize(resume.scenarios, true);
  if (full.length <= limit) return success({ text: full, optionOrderDropped: false, scenariosDropped: [] });
  for (let kept = resume.scenarios.length; kept >= 1; kept -= 1) {
    const text = serialize(resume.scenarios.slice(0, kept), false);
    if (text.length <= limit) {
      return success({ text, optionOrderDropped: true, scenariosDropped: resume.scenarios.slice(kept).map((s) => s.scenarioId) });
    }
  }
  return failure(
    `the choices of ${resume.scenarios[0]?.scenarioId ?? 'the scenario'} alone take more than the ${limit} characters SCORM ${version} allows`,
  );
}

/** Reads suspend_data back; empty text is no resume data, and anything unreadable is a failure. */
export function decodeSuspendData(text: string): Result<ResumeData, string> {
  if (text.trim() === '') return success({ scenarios: [] });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return failure('the saved suspend data is not ours (not JSON)');
  }
  const parsed = encodedResume.safeParse(json);
  if (!parsed.success) return failure(`the saved suspend data is not ours: ${parsed.error.issues[0]?.message ?? 'unexpected shape'}`);
  return success({
    scenarios: parsed.data.s.map((s) => ({
      scenarioId: s.i,
      storyVersion: s.r,
      choices: indexesFrom(s.c),
      optionOrder: s.o ? s.o.split('.').map(indexesFrom) : [],
    })),
  });
}
