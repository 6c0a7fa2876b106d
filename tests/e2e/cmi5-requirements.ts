/**
 * The cmi5 specification's requirement ids and wording, from ADL's @cmi5/requirements (installed
 * in tests/lrs): a test names the requirement it checks, and a wrong id fails at once.
 */
import fs from 'node:fs';
import path from 'node:path';

const file = path.resolve(import.meta.dirname, '../lrs/node_modules/@cmi5/requirements/requirements.json');
let requirements: Record<string, { txt: string }> | null = null;

/** "9.3.0.0-4: The "Initialized" verb MUST be the first statement ..." (shortened for a test name). */
export function requirement(id: string): string {
  requirements ??= JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, { txt: string }>;
  const found = requirements[id];
  if (!found) throw new Error(`cmi5 has no requirement ${id}`);
  const text = found.txt.length > 110 ? `${found.txt.slice(0, 107)}...` : found.txt;
  return `cmi5 ${id}: ${text}`;
}
