/**
 * The room's votes as the attempt record keeps them (`AttemptContext.roomVotes`): per decision,
 * counts by the option's authored index, whatever order the options were shown in; null for a
 * decision the room did not vote on.
 */
import type { PlaySession } from '../../core/session/play-session';
import type { ProjectorPlace } from './projector-state';

export function roomVotesByAuthoredIndex(session: PlaySession, votes: ProjectorPlace['votes']): (number[] | null)[] {
  return session.decisions.map((decision) => {
    const shown = votes[String(decision.number)];
    if (!shown) return null;
    const byIndex = new Array<number>(Math.max(...decision.options.map((o) => o.index)) + 1).fill(0);
    decision.options.forEach((option, position) => {
      byIndex[option.index] = shown[position] ?? 0;
    });
    return byIndex;
  });
}
