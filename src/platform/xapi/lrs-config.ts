/**
 * config.json beside index.html: where a trainer without an LMS points the game at an xAPI
 * Learning Record Store. Read once at start. A missing file means no LRS (and no platform code
 * loads); a malformed one gets a plain notice naming the file and the field, and the game plays
 * on with its records in this browser only.
 */
import { z } from '../../core/zod';

const configFileName = 'config.json';

const lrsConfigSchema = z.lazy(() =>
  z.object({
    lrs: z.optional(
      z.object({
        endpoint: z.url({ protocol: /^https?$/, error: 'must be the LRS’s xAPI address, such as "https://lrs.example/xAPI/"' }),
        username: z.string({ error: 'must be the LRS key’s name, as text' }),
        password: z.string({ error: 'must be the LRS key’s secret, as text' }),
      }),
    ),
  }),
);

export interface LrsConfig {
  /** Always ends with a slash, so resource names append to it. */
  readonly endpoint: string;
  readonly username: string;
  readonly password: string;
}

export type LrsConfigOutcome =
  | { readonly kind: 'none' }
  | { readonly kind: 'lrs'; readonly config: LrsConfig }
  | { readonly kind: 'invalid'; readonly notice: string };

function invalid(detail: string): LrsConfigOutcome {
  return {
    kind: 'invalid',
    notice: `${configFileName} beside the game is not usable (${detail}); nothing is sent to a learning record store.`,
  };
}

/** Parses the file's text (null: there is no such file). */
export function parseLrsConfig(text: string | null): LrsConfigOutcome {
  if (text === null) return { kind: 'none' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return invalid('it is not JSON');
  }
  const parsed = lrsConfigSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.length ? issue.path.join('.') : 'the whole file';
    return invalid(`${field} ${issue?.message ?? 'is not as expected'}`);
  }
  const lrs = parsed.data.lrs;
  if (!lrs) return { kind: 'none' };
  return { kind: 'lrs', config: { ...lrs, endpoint: lrs.endpoint.endsWith('/') ? lrs.endpoint : `${lrs.endpoint}/` } };
}

/** Where the last LRS config read is remembered, for a start without the network. */
const rememberedKey = 'glasshouse.xapi.config.v1';

export interface ConfigMemory {
  read(): string | null;
  write(text: string | null): void;
}

/**
 * Fetches config.json from beside the page. Opened from disk (file://) there is nothing to fetch
 * (the browser refuses), and a 404 is simply no LRS. Offline, or when the fetch fails, the config
 * last read stands in for it, so statements made offline are still queued for the LRS (and the
 * browser logs no failed request).
 */
export async function readLrsConfig(
  page: URL,
  fetchFile: typeof fetch = fetch,
  memory: ConfigMemory = browserMemory(),
  online: boolean = typeof navigator === 'undefined' || navigator.onLine,
): Promise<LrsConfigOutcome> {
  if (page.protocol !== 'http:' && page.protocol !== 'https:') return { kind: 'none' };
  const remembered = () => parseLrsConfig(memory.read());
  if (!online) return remembered();
  let response: Response;
  try {
    // no-store: a trainer who edits the file sees the change at the next start.
    response = await fetchFile(new URL(configFileName, page), { cache: 'no-store' });
  } catch {
    return remembered();
  }
  if (response.status === 404) {
    memory.write(null);
    return { kind: 'none' };
  }
  if (!response.ok) return remembered();
  const text = await response.text();
  const outcome = parseLrsConfig(text);
  memory.write(outcome.kind === 'lrs' ? text : null);
  return outcome;
}

function browserMemory(): ConfigMemory {
  return {
    read: () => {
      try {
        return localStorage.getItem(rememberedKey);
      } catch {
        return null;
      }
    },
    write: (text) => {
      try {
        if (text === null) localStorage.removeItem(rememberedKey);
        else localStorage.setItem(rememberedKey, text);
      } catch {
        // Storage refused: an offline start then sends nothing, as without config.json.
      }
    },
  };
}
