/**
 * `npm run package` end to end, minus the LMS: the real site is built once for this file (into a
 * temporary folder), packaged twice as two separate runs would, and each zip is read back and checked.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../tools/package/build-site';
import { packageProblems } from '../../tools/package/check-package';
import { loadCourseIdentity } from '../../tools/package/course-identity';
import { listSiteFiles } from '../../tools/package/site-files';
import { packageKinds, writePackages, type PackageKind, type WrittenPackage } from '../../tools/package/write-packages';

const course = loadCourseIdentity();
let work: string;
let site: string[];
let first: WrittenPackage[];
let second: WrittenPackage[];
const unzipped = new Map<PackageKind, Record<string, Uint8Array>>();

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'glasshouse-package-'));
  const siteDir = path.join(work, 'site');
  await buildSite(siteDir);
  site = listSiteFiles(siteDir);
  first = writePackages(siteDir, path.join(work, 'packages-1'), loadCourseIdentity());
  second = writePackages(siteDir, path.join(work, 'packages-2'), loadCourseIdentity());
  for (const written of first) unzipped.set(written.kind, unzipSync(fs.readFileSync(written.file)));
}, 180_000);

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

function entriesOf(written: WrittenPackage) {
  return unzipped.get(written.kind) ?? unzipSync(fs.readFileSync(written.file));
}

describe('npm run package', () => {
  it('writes the three packages under their agreed names', () => {
    expect(first.map((p) => path.basename(p.file))).toEqual(['glasshouse-scorm12.zip', 'glasshouse-scorm2004.zip', 'glasshouse-cmi5.zip']);
    expect(first.map((p) => p.kind)).toEqual(packageKinds);
  });

  it.each(packageKinds)('writes a %s package that passes every check, schemas included', (kind) => {
    const written = first.find((p) => p.kind === kind)!;
    expect(packageProblems(fs.readFileSync(written.file), kind, course, { schemas: true })).toEqual([]);
  });

  it('puts the manifest at the zip root beside every file of the built site', () => {
    expect(site.length).toBeGreaterThan(10);
    for (const written of first) {
      const entries = entriesOf(written);
      expect(Object.keys(entries)).toContain(written.manifest);
      for (const file of site) expect(entries[file], `${file} in ${path.basename(written.file)}`).toBeDefined();
    }
  });

  it('lists every site file as a file of the SCO resource', () => {
    for (const written of first.filter((p) => p.kind !== 'cmi5')) {
      const manifest = new TextDecoder().decode(entriesOf(written)['imsmanifest.xml']);
      const listed = [...manifest.matchAll(/<file href="([^"]+)"\/>/g)].map((match) => match[1]);
      expect(listed).toEqual(site);
    }
  });

  it('takes the mastery score from the rubric pass mark', () => {
    const text = (kind: string, name: string) => new TextDecoder().decode(entriesOf(first.find((p) => p.kind === kind)!)[name]);
    expect(text('scorm12', 'imsmanifest.xml')).toContain(`<adlcp:masteryscore>${course.passMark}</adlcp:masteryscore>`);
    expect(text('scorm2004', 'imsmanifest.xml')).toContain(
      `<imsss:minNormalizedMeasure>${course.passMark / 100}</imsss:minNormalizedMeasure>`,
    );
    expect(text('cmi5', 'cmi5.xml')).toContain(`masteryScore="${course.passMark / 100}"`);
  });

  it('gives byte-identical packages, and so the same manifest identifiers, when packaged again', () => {
    for (const [index, written] of first.entries()) {
      expect(fs.readFileSync(second[index]!.file).equals(fs.readFileSync(written.file))).toBe(true);
    }
    const identifier = (kind: PackageKind) =>
      new TextDecoder()
        .decode(entriesOf(first.find((p) => p.kind === kind)!)['imsmanifest.xml'])
        .match(/<manifest identifier="([^"]+)"/)?.[1];
    expect(identifier('scorm12')).toBe('glasshouse-scorm12');
    expect(identifier('scorm2004')).toBe('glasshouse-scorm2004');
  });
});
