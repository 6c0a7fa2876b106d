/** The learner's records as downloads (CSV per attempt and per choice, JSON of everything) and a JSON import. */
import { datedFileName, type DownloadText, type SavedDataStore } from '../app/store';
import { attemptsCsv, choicesCsv } from '../core/records/csv-export';
import { competencyIds, type Rubric } from '../core/scoring/rubric';

const csvType = 'text/csv;charset=utf-8';

export class RecordsExports {
  constructor(
    private readonly store: SavedDataStore,
    private readonly rubric: Rubric,
    private readonly download: DownloadText,
  ) {}

  attemptsCsv(): void {
    this.download(datedFileName('glasshouse-attempts', 'csv'), attemptsCsv(this.store.attempts(), competencyIds(this.rubric)), csvType);
  }

  choicesCsv(): void {
    this.download(datedFileName('glasshouse-choices', 'csv'), choicesCsv(this.store.attempts(), competencyIds(this.rubric)), csvType);
  }

  json(): void {
    this.download(datedFileName('glasshouse-records', 'json'), this.store.exportJson(), 'application/json');
  }

  /** Merges an exported file; returns the sentence to show. */
  importJson(text: string): string {
    const imported = this.store.importJson(text);
    if (!imported.ok) return imported.error;
    const added = imported.value;
    return added === 0
      ? 'Every attempt in that file was already here; nothing was added twice.'
      : `${added} ${added === 1 ? 'attempt was' : 'attempts were'} added.`;
  }
}
