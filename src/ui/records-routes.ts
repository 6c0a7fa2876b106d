/**
 * The records screens a learner or trainer opens from the menu: past attempts (with their exports
 * and import), the summary and certificate, and the trainer link. The app owns the screen host and
 * what is playing; this owns what these screens show and where their buttons lead.
 */
import type { DownloadText, SavedDataStore } from '../app/store';
import type { Attempt } from '../core/records/attempt';
import type { Rubric } from '../core/scoring/rubric';
import type { StageBridge } from '../core/stage/stage-bridge';
import type { ScenarioMeta } from '../core/story/scenario';
import { attemptsScreen } from './attempts-screen';
import { pageTitle } from './labels';
import { RecordsExports } from './records-exports';
import { summaryScreen } from './summary-screen';
import { trainerLinkScreen } from './trainer-link-screen';

export interface RecordsServices {
  store: SavedDataStore;
  rubric: Rubric;
  scenarios: ScenarioMeta[];
  download: DownloadText;
  stage: StageBridge;
}

/** What the records screens ask of the app around them. */
export interface RecordsNavigation {
  /** Leaves whatever scenario is playing or shown. */
  leaveScenario(): void;
  show(screen: HTMLElement, name: string, title: string): void;
  menu(): void;
  /** Opens a past attempt's debrief. */
  openAttempt(attempt: Attempt): void;
  /** The learner's name as the app knows it now. */
  learner(): string;
}

export class RecordsRoutes {
  private readonly exports: RecordsExports;
  /** The learner the summary shows, once someone picked one there. */
  private summaryLearner: string | null = null;

  constructor(
    private readonly services: RecordsServices,
    private readonly navigation: RecordsNavigation,
  ) {
    this.exports = new RecordsExports(services.store, services.rubric, services.download);
  }

  showAttempts(): void {
    this.leave();
    const { navigation } = this;
    navigation.show(
      attemptsScreen(this.services.store.attempts(), {
        open: (attempt) => navigation.openAttempt(attempt),
        exportAttemptsCsv: () => this.exports.attemptsCsv(),
        exportChoicesCsv: () => this.exports.choicesCsv(),
        exportJson: () => this.exports.json(),
        importJson: (text) => this.exports.importJson(text),
        summary: () => this.showSummary(),
        back: () => navigation.menu(),
      }),
      'attempts',
      pageTitle('Past attempts'),
    );
  }

  showSummary(): void {
    this.leave();
    const attempts = this.services.store.attempts();
    const learners = [...new Set(attempts.map((attempt) => attempt.learner))];
    const current = this.navigation.learner();
    const learner = this.summaryLearner ?? (learners.includes(current) ? current : (learners.at(-1) ?? current));
    this.navigation.show(
      summaryScreen(learner, learners, attempts, this.services.rubric, {
        chooseLearner: (name) => {
          this.summaryLearner = name;
          this.showSummary();
        },
        back: () => this.navigation.menu(),
      }),
      'summary',
      pageTitle('Summary', learner || undefined),
    );
  }

  showTrainerLink(): void {
    this.leave();
    this.navigation.show(
      trainerLinkScreen(this.services.scenarios, location.href, { back: () => this.navigation.menu() }),
      'trainer-link',
      pageTitle('Trainer link'),
    );
  }

  /** These screens sit over the menu's stage picture. */
  private leave(): void {
    this.navigation.leaveScenario();
    this.services.stage.publish('screen', 'menu');
  }
}
