/** The records store on the page's own localStorage, kept in step with other tabs. */
import { RecordsStore, type RecordsStoreOptions } from './records-store';

/** Opens the store on the page's localStorage, listening to other tabs. */
export function openBrowserRecords(scenarios: RecordsStoreOptions['scenarios'] = []): RecordsStore {
  return new RecordsStore({
    storage: () => window.localStorage,
    scenarios,
    watch: (changed) => {
      const onStorage = (event: StorageEvent) => {
        // Another tab's sessionStorage fires the same event; only localStorage holds records.
        try {
          if (event.storageArea !== window.localStorage) return;
        } catch {
          return;
        }
        changed(event.key);
      };
      window.addEventListener('storage', onStorage);
      return () => window.removeEventListener('storage', onStorage);
    },
  });
}
