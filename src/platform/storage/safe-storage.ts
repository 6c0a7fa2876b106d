/**
 * The one place that touches a Storage. Every call can throw in a real browser: reading
 * `window.localStorage` itself when site storage is blocked or inside a sandboxed frame, `getItem`
 * when access is revoked, `setItem` when the quota is full. Nothing here throws: a storage that
 * cannot be read is given up for the rest of the visit, and a write reports why it failed.
 */

/** What the adapter needs of `window.localStorage`, so that Node tests can pass their own. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type WriteOutcome = 'saved' | 'full' | 'refused';

/**
 * Browsers name a full quota differently: `QuotaExceededError` (code 22) in Chromium and Safari,
 * `NS_ERROR_DOM_QUOTA_REACHED` (code 1014) in older Firefox.
 */
function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const name = 'name' in error ? error.name : undefined;
  const code = 'code' in error ? error.code : undefined;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

export class SafeStorage {
  private storage: StorageLike | null;

  /**
   * @param open returns the storage; called once, inside a try, because the getter itself throws
   * @param onUnavailable called once, the first time the storage cannot be used at all
   */
  constructor(
    open: () => StorageLike,
    private readonly onUnavailable: () => void,
  ) {
    try {
      this.storage = open();
    } catch {
      this.storage = null;
      onUnavailable();
    }
  }

  /** False once the storage could not be opened or read: then the game plays in memory. */
  get available(): boolean {
    return this.storage !== null;
  }

  read(key: string): string | null {
    if (!this.storage) return null;
    try {
      return this.storage.getItem(key);
    } catch {
      this.giveUp();
      return null;
    }
  }

  write(key: string, value: string): WriteOutcome {
    if (!this.storage) return 'refused';
    try {
      this.storage.setItem(key, value);
      return 'saved';
    } catch (error) {
      return isQuotaError(error) ? 'full' : 'refused';
    }
  }

  /** True when the key is gone afterwards. */
  remove(key: string): boolean {
    if (!this.storage) return false;
    try {
      this.storage.removeItem(key);
      return true;
    } catch {
      return false;
    }
  }

  private giveUp(): void {
    if (!this.storage) return;
    this.storage = null;
    this.onUnavailable();
  }
}
