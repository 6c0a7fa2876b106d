/**
 * The schema library every edge of the game validates with: zod's mini build, whose functions
 * tree-shake (the classic build's methods cost the menu about 30 KB gzip of script before its first
 * paint). zod/mini ships no messages of its own; the English ones are set here, once, so a broken
 * save, rubric or message says in words what is wrong. Import `z` from here, never from zod.
 *
 * A schema the first screen does not need (an attempt, an export, a queue, config.json) is written
 * `z.lazy(() => ...)`, so it is built when first used, not while the page starts: building every
 * schema at module load was a tenth of the menu's start-up in a profile.
 */
import { z } from 'zod/mini';

z.config(z.locales.en());

export { z };
