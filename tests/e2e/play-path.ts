/** Plays a shipped scenario's scripted path by mouse (each option found by its label, whatever its shown place), from the menu to its debrief. */
import type { Page } from 'playwright-core';
import type { ScriptedPath } from '../scenarios/scripted-paths';
import { optionButton } from './browser';

export async function playToDebrief(page: Page, id: string, path: ScriptedPath): Promise<void> {
  await page.locator(`[data-scenario="${id}"]`).click();
  await page.locator('.briefing button.primary').click();
  for (const label of path.choices) {
    await optionButton(page, label).click();
  }
  await page.locator('button[data-finish]').click();
  await page.locator('#screen[data-screen="debrief"]').waitFor();
}
