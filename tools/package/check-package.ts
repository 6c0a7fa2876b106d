/** Every problem with one package zip: its own checks, and schema validation when asked. */
import { unzipSync } from 'fflate';
import { cmi5PackageProblems } from './cmi5-checks.ts';
import type { CourseIdentity } from './course-identity.ts';
import { scormPackageProblems } from './package-checks.ts';
import type { PackageKind } from './write-packages.ts';
import { validateManifestSchema } from './xmllint.ts';

export function packageProblems(zip: Uint8Array, kind: PackageKind, course: CourseIdentity, options: { schemas: boolean }): string[] {
  const entries = unzipSync(zip);
  if (kind === 'cmi5') return cmi5PackageProblems(entries, course);
  const problems = scormPackageProblems(entries, kind, course);
  const manifest = entries['imsmanifest.xml'];
  if (options.schemas && manifest) {
    const verdict = validateManifestSchema(new TextDecoder().decode(manifest), kind);
    if (!verdict.valid) problems.push(verdict.output);
  }
  return problems;
}
