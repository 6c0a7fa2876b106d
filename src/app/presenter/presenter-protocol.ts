/**
 * The two-window protocol between the projector (the room's screen) and the presenter window,
 * after reveal.js's speaker notes: the projector posts `connect` until the presenter answers
 * `hello`; the presenter sends a `heartbeat` each second, so a reloaded projector finds it again;
 * the projector pushes the whole `state` on every change and the presenter sends `command`s back.
 * On file:// both windows have the origin "null", so a message is trusted by its namespace, its
 * scenario and its source window (checked by the links), never by the origin alone. Every message
 * is validated here, since it comes from another window.
 */
import { z } from '../../core/zod';
import type { ProjectorCommand } from './projector-keys';

export const presenterNamespace = 'glasshouse/presenter/v1';
export const connectEveryMs = 500;
export const heartbeatEveryMs = 1000;
/** Without a heartbeat for this long, the other window counts as gone. */
export const connectionLostAfterMs = 3500;

const commandSchema: z.ZodMiniType<ProjectorCommand> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('advance') }),
  z.object({ kind: z.literal('back') }),
  z.object({ kind: z.literal('pick'), position: z.int().check(z.minimum(0), z.maximum(8)) }),
  z.object({ kind: z.literal('reveal') }),
  z.object({ kind: z.literal('blank') }),
  z.object({ kind: z.literal('timer') }),
  z.object({ kind: z.literal('fullscreen') }),
  z.object({ kind: z.literal('help') }),
  z.object({ kind: z.literal('presenter') }),
  z.object({
    kind: z.literal('vote'),
    decision: z.int().check(z.minimum(0)),
    position: z.int().check(z.minimum(0), z.maximum(8)),
    count: z.int().check(z.minimum(0), z.maximum(999)),
  }),
]);

const envelope = { ns: z.literal(presenterNamespace), scenario: z.string() };

const presenterMessageSchema = z.discriminatedUnion('type', [
  /** Projector -> presenter, until answered. */
  z.object({ ...envelope, type: z.literal('connect') }),
  /** Presenter -> projector: here I am (on load, and in answer to `connect`). */
  z.object({ ...envelope, type: z.literal('hello') }),
  /** Presenter -> projector, every second. */
  z.object({ ...envelope, type: z.literal('heartbeat') }),
  /** Projector -> presenter: the answer to a heartbeat, so the presenter knows the room's screen is there. */
  z.object({ ...envelope, type: z.literal('beat') }),
  /**
   * Projector -> presenter. `epoch` is when the projector page loaded and `seq` counts its states,
   * so a late copy by the second path (BroadcastChannel) never overwrites a newer state.
   */
  z.object({ ...envelope, type: z.literal('state'), epoch: z.number(), seq: z.int().check(z.minimum(0)), state: z.unknown() }),
  /** Presenter -> projector; `id` lets the projector take a command once when it comes by both paths. */
  z.object({ ...envelope, type: z.literal('command'), id: z.string().check(z.minLength(1), z.maxLength(64)), command: commandSchema }),
]);

export type PresenterMessage = z.infer<typeof presenterMessageSchema>;

/** Reads a message from another window: null for anything not ours (another app's, another scenario's, malformed). */
export function readPresenterMessage(raw: unknown, scenario: string): PresenterMessage | null {
  const parsed = presenterMessageSchema.safeParse(raw);
  return parsed.success && parsed.data.scenario === scenario ? parsed.data : null;
}

/** Whether a state stamped (epoch, seq) is newer than the last one drawn. */
export function isNewerState(last: { epoch: number; seq: number } | null, next: { epoch: number; seq: number }): boolean {
  return last === null || next.epoch > last.epoch || (next.epoch === last.epoch && next.seq > last.seq);
}

/** The BroadcastChannel name both windows join: the second path, same-origin only. */
export const channelName = (scenario: string) => `${presenterNamespace}/${scenario}`;
