/**
 * `npm run package`: builds the static site into dist/ and writes packages/glasshouse-scorm12.zip,
 * packages/glasshouse-scorm2004.zip and packages/glasshouse-cmi5.zip, then checks each one (with
 * xmllint against the ADL and IMS schemas when libxml2-utils is installed). Exits 1 on a problem.
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../story-files.ts';
import { buildSite } from './build-site.ts';
import { packageProblems } from './check-package.ts';
import { loadCourseIdentity } from './course-identity.ts';
import { writePackages } from './write-packages.ts';
import { xmllintAvailable } from './xmllint.ts';

async function main(): Promise<number> {
  const siteDir = path.join(projectRoot, 'dist');
  const outDir = path.join(projectRoot, 'packages');
  await buildSite(siteDir);
  const course = loadCourseIdentity();
  const withSchemas = xmllintAvailable();
  let failed = false;
  for (const written of writePackages(siteDir, outDir, course)) {
    const problems = packageProblems(fs.readFileSync(written.file), written.kind, course, { schemas: withSchemas });
    failed ||= problems.length > 0;
    const size = `${(written.bytes / 1024 / 1024).toFixed(2)} MB`;
    console.log(`${problems.length ? 'ERR' : 'ok '} ${path.relative(process.cwd(), written.file)} (${size}, ${written.manifest})`);
    for (const problem of problems) console.log(`    ${problem}`);
  }
  if (!withSchemas)
    console.log(
      'xmllint is not installed (Debian: apt-get install libxml2-utils), so the manifests were not checked against their schemas.',
    );
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
