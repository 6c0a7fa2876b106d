/// <reference types="vite-plugin-pwa/vanillajs" />
/**
 * Keeps the served game playable without a network after its first load. The build generates a
 * Workbox service worker (vite-plugin-pwa) that precaches the whole game; this module registers it
 * and decides when a new version takes over: only on the way into the menu, so an update never
 * interrupts a scenario, and with a one-sentence notice once it has. Opened from disk (file://)
 * or in a browser without service workers, it does nothing and the game plays as it is.
 */
import { registerSW } from 'virtual:pwa-register';

const updatedMessage = 'Glasshouse has been updated to its newest version.';

/** Survives the reload that applies an update, so the new version can say it arrived. */
const updatedFlag = 'glasshouse:updated';

export interface OfflineOptions {
  /** Shows a sentence to the learner. */
  notify(message: string): void;
}

export function keepPlayableOffline({ notify }: OfflineOptions): void {
  if (takeUpdatedFlag()) notify(updatedMessage);
  if (location.protocol === 'file:' || !('serviceWorker' in navigator)) return;

  let updateWaiting = false;
  let reloadAtMenu = false;
  let registration: ServiceWorkerRegistration | undefined;
  const reloadIntoNewVersion = () => {
    setUpdatedFlag();
    location.reload();
  };
  // A new worker controls this page (this tab asked, or another tab did): the running scripts are
  // the old version, so reload, but never in the middle of a scenario. The first visit's worker
  // claiming the page is no new version.
  let controlled = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (controlled && currentScreen() === 'menu') reloadIntoNewVersion();
    else if (controlled) reloadAtMenu = true;
    controlled = true;
  });
  const applyUpdate = registerSW({
    onNeedRefresh: () => {
      updateWaiting = true;
    },
    // The plugin would reload at once, and only when the page had a worker at its start: the
    // listener above decides instead.
    onNeedReload: () => undefined,
    onRegisteredSW: (_url, registered) => {
      registration = registered;
    },
    // Without a worker the game still plays online; there is nothing the learner could do about it.
    onRegisterError: () => undefined,
  });

  onEnteringMenu(() => {
    if (reloadAtMenu) reloadIntoNewVersion();
    else if (updateWaiting) void applyUpdate(true);
    // A long workshop day should still pick up a new version; offline this check simply fails.
    else registration?.update().catch(() => undefined);
  });
}

function currentScreen(): string | undefined {
  return document.getElementById('screen')?.dataset.screen;
}

/** Calls `entered` each time the app's screen host switches to the menu from another screen. */
function onEnteringMenu(entered: () => void): void {
  const observer = new MutationObserver((records) => {
    if (records.some((record) => record.oldValue !== 'menu') && currentScreen() === 'menu') entered();
  });
  observer.observe(document.body, { subtree: true, attributeFilter: ['data-screen'], attributeOldValue: true });
}

// Storage can be switched off (private modes, some LMS frames): the notice is then simply skipped.
function takeUpdatedFlag(): boolean {
  try {
    const updated = sessionStorage.getItem(updatedFlag) !== null;
    sessionStorage.removeItem(updatedFlag);
    return updated;
  } catch {
    return false;
  }
}

function setUpdatedFlag(): void {
  try {
    sessionStorage.setItem(updatedFlag, '1');
  } catch {
    // see takeUpdatedFlag
  }
}
