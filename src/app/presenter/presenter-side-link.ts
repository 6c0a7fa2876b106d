/**
 * The presenter window's end of the link: says `hello` to its opener on load and to every
 * `connect`, sends a heartbeat each second (so a reloaded projector finds it again), draws only
 * states newer than the last, and sends commands back by postMessage and by BroadcastChannel.
 */
import type { ProjectorCommand } from './projector-keys';
import { parseProjectorState, type ProjectorState } from './projector-state';
import {
  channelName,
  connectionLostAfterMs,
  heartbeatEveryMs,
  isNewerState,
  presenterNamespace,
  readPresenterMessage,
  type PresenterMessage,
} from './presenter-protocol';

export interface PresenterSideHandlers {
  state(state: ProjectorState): void;
  /** Whether the projector answered lately. */
  connection(connected: boolean): void;
}

export class PresenterSideLink {
  private last: { epoch: number; seq: number } | null = null;
  private lastBeat = 0;
  private commandCount = 0;
  private readonly channel: BroadcastChannel | null;
  private readonly heartbeat: ReturnType<typeof setInterval>;

  constructor(
    private readonly scenario: string,
    private readonly handlers: PresenterSideHandlers,
  ) {
    window.addEventListener('message', (event: MessageEvent) => {
      // Only the window that opened this one speaks for the projector.
      if (event.source !== window.opener) return;
      this.receive(event.data);
    });
    this.channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName(scenario)) : null;
    this.channel?.addEventListener('message', (event: MessageEvent) => this.receive(event.data));
    this.post({ type: 'hello' });
    this.heartbeat = setInterval(() => {
      this.post({ type: 'heartbeat' });
      this.handlers.connection(Date.now() - this.lastBeat < connectionLostAfterMs);
    }, heartbeatEveryMs);
  }

  /** Whether this window has a projector to talk to at all. */
  get hasOpener(): boolean {
    return window.opener !== null;
  }

  send(command: ProjectorCommand): void {
    this.commandCount += 1;
    const message: PresenterMessage = {
      ns: presenterNamespace,
      scenario: this.scenario,
      type: 'command',
      id: `${Date.now()}-${this.commandCount}`,
      command,
    };
    (window.opener as Window | null)?.postMessage(message, '*');
    this.channel?.postMessage(message);
  }

  stop(): void {
    clearInterval(this.heartbeat);
    this.channel?.close();
  }

  private receive(raw: unknown): void {
    const message = readPresenterMessage(raw, this.scenario);
    if (!message) return;
    if (message.type === 'connect') this.post({ type: 'hello' });
    if (message.type === 'beat' || message.type === 'state') {
      this.lastBeat = Date.now();
      this.handlers.connection(true);
    }
    if (message.type !== 'state') return;
    const stamp = { epoch: message.epoch, seq: message.seq };
    if (!isNewerState(this.last, stamp)) return;
    const state = parseProjectorState(message.state);
    if (!state.ok) return;
    this.last = stamp;
    this.handlers.state(state.value);
  }

  private post(body: { type: 'hello' } | { type: 'heartbeat' }): void {
    (window.opener as Window | null)?.postMessage({ ns: presenterNamespace, scenario: this.scenario, ...body }, '*');
  }
}
