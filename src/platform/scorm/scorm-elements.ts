/** The data-model elements the record sink reads and writes, by edition. */
import type { ScormVersion } from './scorm-api';

export interface ScormElements {
  /** `ab-initio`, `resume` or empty: how the LMS launched this session. */
  entry: string;
  suspendData: string;
  location: string;
  learnerName: string;
  /** The LMS's own passing threshold, if the manifest gave it one (1.2: 0 to 100; 2004: -1 to 1). */
  passingScore: string;
  /** The status an unfinished session sets to `incomplete`. */
  completionStatus: string;
  interactionCount: string;
  objectiveCount: string;
  objectiveId: (index: number) => string;
}

export const scormElements: Record<ScormVersion, ScormElements> = {
  '1.2': {
    entry: 'cmi.core.entry',
    suspendData: 'cmi.suspend_data',
    location: 'cmi.core.lesson_location',
    learnerName: 'cmi.core.student_name',
    passingScore: 'cmi.student_data.mastery_score',
    completionStatus: 'cmi.core.lesson_status',
    interactionCount: 'cmi.interactions._count',
    objectiveCount: 'cmi.objectives._count',
    objectiveId: (index) => `cmi.objectives.${index}.id`,
  },
  '2004': {
    entry: 'cmi.entry',
    suspendData: 'cmi.suspend_data',
    location: 'cmi.location',
    learnerName: 'cmi.learner_name',
    passingScore: 'cmi.scaled_passing_score',
    completionStatus: 'cmi.completion_status',
    interactionCount: 'cmi.interactions._count',
    objectiveCount: 'cmi.objectives._count',
    objectiveId: (index) => `cmi.objectives.${index}.id`,
  },
};

/** Statuses that mean "nothing reported yet", which the first session turns into `incomplete`. */
export const unstartedStatuses: ReadonlySet<string> = new Set(['', 'not attempted', 'unknown']);

/** The LMS's passing threshold as a percent, or null when it has none. */
export function passingPercent(version: ScormVersion, value: string | null): number | null {
  if (value === null || value.trim() === '') return null;
  const number = Number(value);
  if (!Number.isFinite(number)) return null;
  return version === '2004' ? number * 100 : number;
}
