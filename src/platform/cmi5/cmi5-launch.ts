/**
 * The cmi5 launch parameters an LMS puts in the AU's URL (cmi5 spec section 8.1): endpoint,
 * fetch, actor, registration and activityId. Read without the cmi5 library, so that detecting a
 * cmi5 launch costs nothing when there is none.
 */
import { z } from '../../core/zod';

const agentSchema = z.looseObject({
  objectType: z.optional(z.literal('Agent')),
  name: z.optional(z.string()),
  account: z.optional(z.object({ homePage: z.string(), name: z.string() })),
  mbox: z.optional(z.string()),
});

const launchSchema = z.object({
  endpoint: z.url(),
  fetch: z.url(),
  actor: z.pipe(
    z.string(),
    z.transform((text, context) => {
      try {
        return agentSchema.parse(JSON.parse(text));
      } catch {
        context.issues.push({ code: 'custom', message: 'actor is not an xAPI agent in JSON', input: text });
        return z.NEVER;
      }
    }),
  ),
  registration: z.uuid(),
  activityId: z.string().check(z.minLength(1)),
});

export type Cmi5Launch = z.infer<typeof launchSchema>;

const names = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'] as const;

export type Cmi5LaunchOutcome =
  | { readonly kind: 'none' }
  | { readonly kind: 'cmi5'; readonly launch: Cmi5Launch }
  | { readonly kind: 'invalid'; readonly notice: string };

/** The launch, if the query holds all five parameters; a notice if it holds some but they do not parse. */
export function cmi5LaunchFrom(query: URLSearchParams): Cmi5LaunchOutcome {
  if (!names.some((name) => query.has(name))) return { kind: 'none' };
  if (!names.every((name) => query.has(name))) return { kind: 'none' };
  const parsed = launchSchema.safeParse(Object.fromEntries(names.map((name) => [name, query.get(name)])));
  if (parsed.success) return { kind: 'cmi5', launch: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    kind: 'invalid',
    notice: `The learning platform's cmi5 launch link is not usable (${issue?.path.join('.') || 'launch'}: ${issue?.message ?? 'unexpected'}); your progress is saved in this browser only.`,
  };
}
