/**
 * A typed event map (style habit 4): each event name is a key of `Events`, and its listeners get
 * exactly that key's payload. No free strings, no `any`. A listener that throws does not stop the
 * others (a sound that fails must not lose the save); its error is rethrown once all have run.
 */
export type Listener<Payload> = (payload: Payload) => void;

export class TypedEvents<Events extends object> {
  private readonly listeners: { [K in keyof Events]?: Set<Listener<Events[K]>> } = {};

  /** Calls `listener` on every `name` event from now on; returns the way to stop. */
  on<K extends keyof Events>(name: K, listener: Listener<Events[K]>): () => void {
    const set = this.listeners[name] ?? new Set<Listener<Events[K]>>();
    this.listeners[name] = set;
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  }

  /** Tells every listener of `name`, in the order they subscribed. */
  emit<K extends keyof Events>(name: K, payload: Events[K]): void {
    const errors: unknown[] = [];
    for (const listener of [...(this.listeners[name] ?? [])]) {
      try {
        listener(payload);
      } catch (error) {
        errors.push(error);
      }
    }
    if (errors.length === 1) throw errors[0];
    if (errors.length > 1) throw new AggregateError(errors, `${errors.length} listeners of '${String(name)}' failed`);
  }
}
