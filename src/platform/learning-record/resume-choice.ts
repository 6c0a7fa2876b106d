/**
 * Which resume data wins when both the LMS and this browser hold some for a scenario. The LMS is
 * the authority on who the learner is (a shared computer's browser may hold someone else's
 * progress), so its data wins, except where this browser's choices continue the LMS's on the same
 * story: then the LMS missed the latest commits (it was unreachable), and the browser has them.
 */
import type { SuspendData } from '../../core/records/record-sink';

function continues(longer: SuspendData, shorter: SuspendData): boolean {
  return (
    longer.storyVersion === shorter.storyVersion &&
    longer.choices.length > shorter.choices.length &&
    shorter.choices.every((choice, n) => longer.choices[n] === choice)
  );
}

export function preferredResume(platform: SuspendData | null, local: SuspendData | null): SuspendData | null {
  if (!platform) return local;
  return local && continues(local, platform) ? local : platform;
}
