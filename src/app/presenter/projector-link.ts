/**
 * The projector's end of the presenter link. It opens the presenter window (only from a user
 * gesture, or the popup blocker stops it), posts `connect` until the presenter says `hello`,
 * answers heartbeats, pushes every state by postMessage and by BroadcastChannel, and takes
 * commands only from the presenter window it knows (or adopts one whose heartbeat names this
 * scenario, which is how a reloaded projector finds the presenter again).
 */
import type { ProjectorCommand } from './projector-keys';
import type { ProjectorState } from './projector-state';
import { channelName, connectEveryMs, presenterNamespace, readPresenterMessage, type PresenterMessage } from './presenter-protocol';

export interface ProjectorLinkHandlers {
  command(command: ProjectorCommand): void;
  state(): ProjectorState;
}

const presenterWindowName = 'glasshouse-presenter';

/** The presenter page's address: this page with `?presenter&scenario=ID`. */
function presenterUrl(scenario: string): string {
  return `${location.pathname}?presenter&scenario=${encodeURIComponent(scenario)}`;
}

export class ProjectorLink {
  private presenter: Window | null = null;
  private connectTimer: ReturnType<typeof setInterval> | undefined;
  private readonly channel: BroadcastChannel | null;
  private readonly epoch = Date.now();
  private seq = 0;
  private readonly seenCommands = new Set<string>();
  private readonly onMessage = (event: MessageEvent) => this.receive(event.data, event.source);

  constructor(
    private readonly scenario: string,
    private readonly handlers: ProjectorLinkHandlers,
  ) {
    window.addEventListener('message', this.onMessage);
    this.channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName(scenario)) : null;
    this.channel?.addEventListener('message', (event: MessageEvent) => this.receive(event.data, null));
  }

  /** Opens (or brings back) the presenter window; returns a plain sentence when it could not. */
  open(): string | null {
    let opened: Window | null = null;
    try {
      opened = window.open(presenterUrl(this.scenario), presenterWindowName, 'popup,width=1280,height=800');
    } catch {
      opened = null;
    }
    if (!opened) {
      const framed = window.top !== window.self;
      return framed
        ? 'The presenter window could not open: this page runs inside another site’s frame, which forbids pop-ups. Open the game in its own tab to use the presenter window.'
        : 'The browser blocked the presenter window. Allow pop-ups for this page, then press P again.';
    }
    this.presenter = opened;
    clearInterval(this.connectTimer);
    this.connectTimer = setInterval(() => this.post({ type: 'connect' }), connectEveryMs);
    return null;
  }

  /** Pushes a state to the presenter window, by both paths. */
  send(state: ProjectorState): void {
    this.seq += 1;
    const message: PresenterMessage = {
      ns: presenterNamespace,
      scenario: this.scenario,
      type: 'state',
      epoch: this.epoch,
      seq: this.seq,
      state,
    };
    this.postRaw(message);
    this.channel?.postMessage(message);
  }

  close(): void {
    window.removeEventListener('message', this.onMessage);
    clearInterval(this.connectTimer);
    this.channel?.close();
  }

  private receive(raw: unknown, source: MessageEventSource | null): void {
    const message = readPresenterMessage(raw, this.scenario);
    if (!message) return;
    const fromWindow = source !== null && 'postMessage' in source && !(source instanceof MessagePort) ? (source as Window) : null;
    if (message.type === 'hello' || message.type === 'heartbeat') {
      if (!fromWindow) return;
      const known = this.presenter === fromWindow;
      if (!known) this.presenter = fromWindow;
      if (message.type === 'hello' || !known) {
        clearInterval(this.connectTimer);
        this.send(this.handlers.state());
      }
      this.post({ type: 'beat' });
      return;
    }
    if (message.type !== 'command') return;
    // By postMessage only from the presenter window we know; by the channel, from our own origin.
    if (fromWindow && fromWindow !== this.presenter) return;
    if (this.seenCommands.has(message.id)) return;
    this.seenCommands.add(message.id);
    this.handlers.command(message.command);
  }

  private post(body: { type: 'connect' } | { type: 'beat' }): void {
    this.postRaw({ ns: presenterNamespace, scenario: this.scenario, ...body });
  }

  private postRaw(message: PresenterMessage): void {
    if (!this.presenter || this.presenter.closed) return;
    // The origin is "null" on file://, so '*' it is; the namespace, the scenario and the source window are the checks.
    this.presenter.postMessage(message, '*');
  }
}
