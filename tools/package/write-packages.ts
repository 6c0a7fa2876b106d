/**
 * Writes the three learning-platform packages from a built site: SCORM 1.2, SCORM 2004 4th
 * Edition and cmi5. Each is a zip with its manifest at the root beside the site's files. Entries
 * are sorted and dated alike, so the same site always gives byte-identical packages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { cmi5CourseStructure } from './cmi5-course-structure.ts';
import type { CourseIdentity } from './course-identity.ts';
import { schemaFiles, schemaFolder, type ScormEdition } from './manifest-schemas.ts';
import { scorm12Manifest, scorm2004Manifest } from './scorm-manifests.ts';
import { listSiteFiles } from './site-files.ts';

export type PackageKind = ScormEdition | 'cmi5';

export interface WrittenPackage {
  kind: PackageKind;
  file: string;
  bytes: number;
  /** The manifest's name at the zip root: imsmanifest.xml or cmi5.xml. */
  manifest: string;
}

export const packageKinds: readonly PackageKind[] = ['scorm12', 'scorm2004', 'cmi5'];

/** glasshouse-scorm12.zip, glasshouse-scorm2004.zip, glasshouse-cmi5.zip. */
function packageFileName(kind: PackageKind, course: CourseIdentity): string {
  return `${course.name}-${kind}.zip`;
}

// A zip stores local times; a fixed one keeps rebuilds identical (fflate needs 1980 or later).
const entryTime = new Date(2000, 0, 1);
// Sounds are already compressed: storing them saves time and loses nothing.
const storedAsIs = /\.(ogg|mp3|png|jpe?g|webp|woff2?)$/i;

function zipEntries(entries: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const zippable: Zippable = {};
  for (const name of [...entries.keys()].sort()) {
    zippable[name] = [entries.get(name)!, { level: storedAsIs.test(name) ? 0 : 9, mtime: entryTime }];
  }
  return zipSync(zippable);
}

function siteEntries(siteDir: string, files: readonly string[]): Map<string, Uint8Array> {
  return new Map(files.map((file) => [file, fs.readFileSync(path.join(siteDir, ...file.split('/')))]));
}

/** Adds a file at the zip root, refusing to replace one of the site's own files. */
function addAtRoot(entries: Map<string, Uint8Array>, name: string, content: Uint8Array): void {
  if (entries.has(name)) throw new Error(`the site has its own ${name}, which would clash with the package's`);
  entries.set(name, content);
}

/** The manifest text and zip entries of one package, before it is written. */
export function packageContents(kind: PackageKind, siteDir: string, course: CourseIdentity) {
  const files = listSiteFiles(siteDir);
  const entries = siteEntries(siteDir, files);
  const manifest = kind === 'cmi5' ? 'cmi5.xml' : 'imsmanifest.xml';
  const text =
    kind === 'scorm12'
      ? scorm12Manifest(course, files)
      : kind === 'scorm2004'
        ? scorm2004Manifest(course, files)
        : cmi5CourseStructure(course);
  addAtRoot(entries, manifest, new TextEncoder().encode(text));
  if (kind !== 'cmi5') {
    const folder = schemaFolder(kind);
    for (const xsd of schemaFiles(kind)) addAtRoot(entries, xsd, fs.readFileSync(path.join(folder, xsd)));
  }
  return { manifest, text, entries };
}

/** Writes every package into `outDir` (created if missing) and says what it wrote. */
export function writePackages(siteDir: string, outDir: string, course: CourseIdentity): WrittenPackage[] {
  fs.mkdirSync(outDir, { recursive: true });
  return packageKinds.map((kind) => {
    const { manifest, entries } = packageContents(kind, siteDir, course);
    const zip = zipEntries(entries);
    const file = path.join(outDir, packageFileName(kind, course));
    fs.writeFileSync(file, zip);
    return { kind, file, bytes: zip.byteLength, manifest };
  });
}
