/** The files of a built static site, as the package manifests list them. */
import fs from 'node:fs';
import path from 'node:path';

/**
 * Every file under `siteDir`, as sorted paths relative to it with forward slashes (the form a
 * manifest's `href` and a zip entry both use). Throws if the site has no index.html to launch.
 */
export function listSiteFiles(siteDir: string): string[] {
  const files = fs
    .readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(siteDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
  if (!files.includes('index.html')) throw new Error(`${siteDir} has no index.html: run the build first`);
  return files;
}
