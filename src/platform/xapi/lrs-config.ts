/**
 * config.json beside index.html: where a trainer without an LMS points the game at an xAPI
 * Learning Record Store. Read once at start. A missing file means no LRS (and no platform code
 * loads); a malformed one gets a plain notice naming the file and the field, and the game plays
 * on with its records in this browser only.
 */
import { z } from 'zod';

const configFileName = 'config.json';

const lrsConfigSchema = z.object({
  lrs: z
    .object({
      endpoint: z.url({ protocol: /^https?$/, error: 'must be the LRS’s xAPI address, such as "https://lrs.example/xAPI/"' }),
      username: z.string({ error: 'must be the LRS key’s name, as text' }),
      password: z.string({ error: 'must be the LRS key’s secret, as text' }),
    })
    .optional(),
});

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

/**
 * Fetches config.json from beside the page. Opened from disk (file://) there is nothing to fetch
 * (the browser refuses), and a 404 is simply no LRS.
 */
export async function readLrsConfig(page: URL, fetchFile: typeof fetch = fetch): Promise<LrsConfigOutcome> {
  if (page.protocol !== 'http:' && page.protocol !== 'https:') return { kind: 'none' };
  let response: Response;
  try {
    // no-store: a trainer who edits the file sees the change at the next start.
    response = await fetchFile(new URL(configFileName, page), { cache: 'no-store' });
  } catch {
    return { kind: 'none' };
  }
  if (response.status === 404) return { kind: 'none' };
  if (!response.ok) return invalid(`the server answered ${response.status}`);
  return parseLrsConfig(await response.text());
}
