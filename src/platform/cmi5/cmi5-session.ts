/**
 * What a cmi5 AU session must remember across a reload, in sessionStorage (this tab only, gone
 * when it closes): the auth token (the fetch URL hands it out once), when the session was
 * initialized, and which defined statements it has already sent (cmi5 allows completed and
 * passed once per registration, and nothing after terminated). Keyed by the launch's fetch URL,
 * which is new at every launch, so a new launch in the same tab never reuses an old token.
 */
import { z } from '../../core/zod';
import type { StorageLike } from '../storage/safe-storage';

const sessionSchema = z.object({
  authToken: z.string().check(z.minLength(1)),
  initializedDate: z.iso.datetime(),
  sent: z.object({ completed: z.boolean(), passed: z.boolean(), failed: z.boolean(), terminated: z.boolean() }),
});

export type Cmi5Session = z.infer<typeof sessionSchema>;
export type DefinedVerb = keyof Cmi5Session['sent'];
export const definedVerbs: readonly DefinedVerb[] = ['completed', 'passed', 'failed', 'terminated'];

const keyFor = (fetchUrl: string) => `glasshouse.cmi5.session.${fetchUrl}`;

export class Cmi5SessionStore {
  constructor(
    private readonly storage: StorageLike,
    private readonly fetchUrl: string,
  ) {}

  read(): Cmi5Session | null {
    try {
      const parsed = sessionSchema.safeParse(JSON.parse(this.storage.getItem(keyFor(this.fetchUrl)) ?? 'null'));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  write(session: Cmi5Session): void {
    try {
      this.storage.setItem(keyFor(this.fetchUrl), JSON.stringify(session));
    } catch {
      // Storage refused: a reload will then fetch a new token, which the LMS may refuse; nothing else to do.
    }
  }

  markSent(verb: DefinedVerb): void {
    const session = this.read();
    if (session) this.write({ ...session, sent: { ...session.sent, [verb]: true } });
  }
}
