/**
 * The game's records in a SCORM LMS. It follows every play session: at each decision it commits
 * the resume data (the choices and the option order, never the ink state) and the location; at an
 * ending it reports one interaction per choice, each competency as an objective, the score, then
 * completion and success, and the session time. It also answers `suspendData`, so a learner
 * launched again from the LMS, on any computer, resumes mid-scenario.
 *
 * Nothing here can stop the game: every LMS call goes through a connection that never throws, and
 * the first failure is reported once through `onProblem` (the browser's own save keeps the work).
 */
import { attemptFromSession } from '../../core/records/attempt-from-session';
import type { SuspendData } from '../../core/records/record-sink';
import type { Rubric } from '../../core/scoring/rubric';
import type { PlaySession } from '../../core/session/play-session';
import { exitCall, finishedAttemptCalls, sessionTimeCall, type CmiCall } from './cmi-calls';
import { finishedAttemptFrom } from './finished-attempt';
import type { ScormConnection } from './scorm-connection';
import { passingPercent, scormElements, unstartedStatuses } from './scorm-elements';
import { decodeSuspendData, encodeSuspendData, type InFlightScenario } from './suspend-data';
import { scoreAgreeingWithVerdict } from './verdict-score';

export interface ScormSinkOptions {
  rubric: Rubric;
  now?: () => number;
  /** Told once, at the first LMS failure, in words for the learner. */
  onProblem?: (message: string) => void;
}

export class ScormRecordSink {
  private readonly elements;
  private readonly now: () => number;
  private readonly sessionStart: number;
  /** Scenarios left half way, the one played most recently first. */
  private inFlight: InFlightScenario[] = [];
  private learner = '';
  private warned = false;
  private reportedProblems = 0;

  constructor(
    private readonly lms: ScormConnection,
    private readonly options: ScormSinkOptions,
  ) {
    this.elements = scormElements[lms.version];
    this.now = options.now ?? Date.now;
    this.sessionStart = this.now();
  }

  get version() {
    return this.lms.version;
  }

  /** Every LMS failure so far (for tests and the console). */
  get problems(): readonly string[] {
    return this.lms.problems;
  }

  /** Initializes the LMS session and reads what it kept; false when the LMS refused. */
  start(): boolean {
    if (!this.lms.initialize()) {
      this.noteProblems();
      return false;
    }
    const saved = decodeSuspendData(this.lms.get(this.elements.suspendData) ?? '');
    // Data that is not ours is left alone until the first choice overwrites it: nothing resumes from it.
    if (saved.ok) this.inFlight = [...saved.value.scenarios];
    this.learner = this.lms.get(this.elements.learnerName) ?? '';
    const status = this.lms.get(this.elements.completionStatus);
    if (status !== null && unstartedStatuses.has(status)) this.lms.set(this.elements.completionStatus, 'incomplete');
    this.commit();
    return true;
  }

  /** The LMS's resume data for a scenario (what PlaySession.replay takes), if any. */
  suspendData(scenarioId: string): SuspendData | null {
    const saved = this.inFlight.find((s) => s.scenarioId === scenarioId);
    return saved && saved.choices.length > 0 ? { storyVersion: saved.storyVersion, choices: saved.choices } : null;
  }

  /** Follows one play session; returns the way to stop. */
  follow(session: PlaySession): () => void {
    let startedAt = this.now();
    const chosenAt = new Map<number, number>();
    const stops = [
      session.events.on('opened', () => {
        startedAt = this.now();
      }),
      session.events.on('chose', ({ scenario, decision, choices }) => {
        chosenAt.set(decision.number, this.now());
        this.keepInFlight({
          scenarioId: scenario.id,
          storyVersion: scenario.version,
          choices,
          optionOrder: session.decisions.map((d) => d.options.map((o) => o.index)),
        });
        this.lms.set(this.elements.location, `${scenario.id}#${decision.number + 1}`);
        this.saveSuspendData();
        this.commit();
      }),
      session.events.on('ended', ({ scenario }) => {
        this.inFlight = this.inFlight.filter((s) => s.scenarioId !== scenario.id);
        try {
          this.report(session, startedAt, chosenAt);
        } catch (error) {
          // Such as a 27th option, which SCORM 1.2's responses (a to z) cannot name.
          this.lms.note(`the ending could not be reported: ${error instanceof Error ? error.message : String(error)}`);
        }
        this.saveSuspendData();
        this.commit();
      }),
    ];
    return () => {
      for (const stop of stops) stop();
    };
  }

  /** Commits and ends the LMS session: on page hide. Later calls do nothing. */
  finish(): void {
    if (this.lms.terminated) return;
    this.commit();
    this.lms.terminate();
    this.noteProblems();
  }

  /** Commits what is set, with the session time so far and how a closed window should resume. */
  commit(): void {
    if (this.lms.terminated) return;
    this.send([
      sessionTimeCall(this.lms.version, this.now() - this.sessionStart),
      exitCall(this.lms.version, this.inFlight.length ? 'suspend' : 'normal'),
    ]);
    this.lms.commit();
    this.noteProblems();
  }

  private keepInFlight(scenario: InFlightScenario): void {
    this.inFlight = [scenario, ...this.inFlight.filter((s) => s.scenarioId !== scenario.scenarioId)];
  }

  private saveSuspendData(): void {
    if (this.inFlight.length === 0) {
      this.lms.set(this.elements.suspendData, '');
      return;
    }
    const encoded = encodeSuspendData({ scenarios: this.inFlight }, this.lms.version);
    // Too long even for the scenario being played alone: keep nothing rather than a cut string.
    this.lms.set(this.elements.suspendData, encoded.ok ? encoded.value.text : '');
    if (encoded.ok) this.inFlight = this.inFlight.filter((s) => !encoded.value.scenariosDropped.includes(s.scenarioId));
  }

  private report(session: PlaySession, startedAt: number, chosenAt: ReadonlyMap<number, number>): void {
    const attempt = attemptFromSession(session, {
      id: `${session.scenario.meta.id}-${startedAt}`,
      learner: this.learner,
      mode: session.mode.name,
      startedAt: new Date(startedAt),
      finishedAt: new Date(this.now()),
    });
    const finished = finishedAttemptFrom(attempt, this.options.rubric, chosenAt);
    const threshold = passingPercent(this.lms.version, this.lms.get(this.elements.passingScore));
    const reported = scoreAgreeingWithVerdict(finished.percent, finished.passed, threshold);
    const position = {
      firstInteraction: this.count(this.elements.interactionCount),
      firstObjective: this.objectiveIndex(finished.competencies[0]?.id),
    };
    this.send(finishedAttemptCalls(this.lms.version, { ...finished, percent: reported.percent }, position, this.now() - this.sessionStart));
  }

  private count(element: string): number {
    const count = Number(this.lms.get(element) ?? '0');
    return Number.isInteger(count) && count >= 0 ? count : 0;
  }

  /** Where the rubric's objectives are (written by an earlier ending), or after the LMS's own. */
  private objectiveIndex(firstId: string | undefined): number {
    const count = this.count(this.elements.objectiveCount);
    for (let index = 0; index < count; index += 1) {
      if (firstId !== undefined && this.lms.get(this.elements.objectiveId(index)) === firstId) return index;
    }
    return count;
  }

  private send(calls: readonly CmiCall[]): void {
    for (const call of calls) this.lms.set(call.element, call.value);
  }

  private noteProblems(): void {
    const problems = this.lms.problems;
    if (problems.length === this.reportedProblems) return;
    for (const problem of problems.slice(this.reportedProblems)) console.warn(`Learning platform: ${problem}`);
    this.reportedProblems = problems.length;
    if (this.warned) return;
    this.warned = true;
    this.options.onProblem?.('The learning platform did not accept every record; your progress is still saved in this browser.');
  }
}
