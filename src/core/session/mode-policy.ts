/**
 * What a mode allows, as data: the session, the play screen and the debrief read a policy instead
 * of asking "is this assessment?" in a dozen places. Practice is the only mode the menu offers
 * today; assessment and projector are defined here so their screens only have to read the flags.
 */
export const modeNames = ['practice', 'assessment', 'projector'] as const;
export type ModeName = (typeof modeNames)[number];

export interface ModePolicy {
  readonly name: ModeName;
  /** Coaching (the option's note and score changes) right after each choice. */
  readonly coachingAfterChoice: boolean;
  /** Whether the learner may switch that coaching off and on. */
  readonly coachingToggle: boolean;
  /** The running totals per competency, during play. */
  readonly runningScores: boolean;
  /** Going back to an earlier decision, during play and from the debrief. */
  readonly rewind: boolean;
  /** Starting the scenario again from the play screen. */
  readonly restart: boolean;
  /** Resuming an unfinished attempt from its briefing. */
  readonly resume: boolean;
  /** `R` shows how every option of the open decision would score. */
  readonly reveal: boolean;
  /** `B` blanks the screen for a discussion. */
  readonly blank: boolean;
  /** `T` starts a discussion timer. */
  readonly discussionTimer: boolean;
  /** The facilitator's presenter window, kept in step with the play view. */
  readonly presenterWindow: boolean;
  /** How many finished attempts a scenario allows; null for no limit. */
  readonly attemptLimit: number | null;
  /** Whether the debrief shows what every other option would have scored. */
  readonly debriefAlternatives: boolean;
  /**
   * Whether a pick's consequence waits for the facilitator to advance (a projector's pause to
   * discuss): nothing of it may show or sound at the pick.
   */
  readonly consequenceOnAdvance: boolean;
}

export const practicePolicy: ModePolicy = {
  name: 'practice',
  coachingAfterChoice: true,
  coachingToggle: true,
  runningScores: true,
  rewind: true,
  restart: true,
  resume: true,
  reveal: false,
  blank: false,
  discussionTimer: false,
  presenterWindow: false,
  attemptLimit: null,
  debriefAlternatives: true,
  consequenceOnAdvance: false,
};

/** No hints until the end, one attempt unless the trainer allows more, no going back. */
export const assessmentPolicy: ModePolicy = {
  name: 'assessment',
  coachingAfterChoice: false,
  coachingToggle: false,
  runningScores: false,
  rewind: false,
  restart: false,
  resume: true,
  reveal: false,
  blank: false,
  discussionTimer: false,
  presenterWindow: false,
  attemptLimit: 1,
  debriefAlternatives: true,
  consequenceOnAdvance: false,
};

/** A facilitator in front of a room: reveal, blank, timer and going back, no coaching on screen. */
export const projectorPolicy: ModePolicy = {
  name: 'projector',
  coachingAfterChoice: false,
  coachingToggle: false,
  runningScores: false,
  rewind: true,
  restart: true,
  resume: false,
  reveal: true,
  blank: true,
  discussionTimer: true,
  presenterWindow: true,
  attemptLimit: null,
  debriefAlternatives: true,
  consequenceOnAdvance: true,
};

export const modePolicies: Readonly<Record<ModeName, ModePolicy>> = {
  practice: practicePolicy,
  assessment: assessmentPolicy,
  projector: projectorPolicy,
};

/** The policy with a trainer's overrides (from the URL: `attempts=N`, `feedback=off`). */
export function withOverrides(policy: ModePolicy, overrides: { attempts?: number | null; feedback?: boolean }): ModePolicy {
  return {
    ...policy,
    ...(overrides.attempts !== undefined ? { attemptLimit: overrides.attempts } : {}),
    ...(overrides.feedback !== undefined
      ? { coachingAfterChoice: overrides.feedback, coachingToggle: policy.coachingToggle && overrides.feedback }
      : {}),
  };
}

/** Whether another attempt may start, given how many were finished. */
export function mayStartAttempt(policy: ModePolicy, finishedAttempts: number): boolean {
  return policy.attemptLimit === null || finishedAttempts < policy.attemptLimit;
}
