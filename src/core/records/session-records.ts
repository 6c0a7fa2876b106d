/**
 * Connects a play session to record sinks: every sink hears the session's events in its own words
 * (started, progressed, completed). Returns the way to disconnect.
 */
import type { SessionEvents } from '../session/session-events.ts';
import type { TypedEvents } from '../typed-events.ts';
import type { RecordSink } from './record-sink.ts';

export function recordSession(events: TypedEvents<SessionEvents>, sink: RecordSink, now: () => Date = () => new Date()): () => void {
  const stops = [
    events.on('opened', ({ scenario, mode, resumed }) =>
      sink.started({ scenarioId: scenario.id, storyVersion: scenario.version, mode, resumed, at: now() }),
    ),
    events.on('chose', ({ scenario, decision, option, choices, shuffleSeed }) =>
      sink.progressed({
        scenarioId: scenario.id,
        decision: decision.number,
        optionIndex: option.index,
        label: option.label,
        deltas: option.tags.score ?? {},
        suspendData: { storyVersion: scenario.version, choices, shuffleSeed },
        at: now(),
      }),
    ),
    events.on('ended', ({ scenario, result, ending, choices }) =>
      sink.completed({
        scenarioId: scenario.id,
        storyVersion: scenario.version,
        result,
        ending: ending ? { title: ending.title, stars: ending.stars } : null,
        choices,
        at: now(),
      }),
    ),
  ];
  return () => stops.forEach((stop) => stop());
}
