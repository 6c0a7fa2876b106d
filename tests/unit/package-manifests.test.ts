/**
 * The package manifests, written from a tiny fixture site: they validate against the ADL and IMS
 * schemas with xmllint, and the checks catch what schemas miss (a dangling identifierref, a file
 * listed but absent, a mastery score that is not the pass mark, a cmi5 URL outside the package).
 */
import path from 'node:path';
import { strToU8, type Unzipped } from 'fflate';
import { describe, expect, it } from 'vitest';
import { cmi5PackageProblems } from '../../tools/package/cmi5-checks';
import { courseIdentity, loadCourseIdentity } from '../../tools/package/course-identity';
import { scormPackageProblems } from '../../tools/package/package-checks';
import { manifestIdentifiers } from '../../tools/package/scorm-manifests';
import { packageContents } from '../../tools/package/write-packages';
import { validateManifestSchema, xmllintAvailable } from '../../tools/package/xmllint';
import { projectRoot } from '../../tools/story-files';
import { rubric } from './helpers';

const site = path.join(projectRoot, 'tests/fixtures/package/site');
const course = courseIdentity({ name: 'glasshouse', version: '1.2.3' }, rubric);

function contents(kind: 'scorm12' | 'scorm2004' | 'cmi5') {
  const { text, entries } = packageContents(kind, site, course);
  return { text, entries: Object.fromEntries(entries) as Unzipped };
}

function withManifest(entries: Unzipped, name: string, text: string): Unzipped {
  return { ...entries, [name]: strToU8(text) };
}

describe('the course identity', () => {
  it('takes its names from package.json and its mastery score from the rubric', () => {
    const identity = loadCourseIdentity();
    expect(identity.name).toBe('glasshouse');
    expect(identity.passMark).toBe(rubric.passMark);
    expect(identity.courseIri).toBe('urn:glasshouse:course');
  });

  it('gives the same manifest identifiers every time, from the name alone', () => {
    const again = courseIdentity({ name: 'glasshouse', version: '9.9.9' }, rubric);
    expect(manifestIdentifiers(again, 'scorm2004')).toEqual(manifestIdentifiers(course, 'scorm2004'));
    expect(manifestIdentifiers(course, 'scorm12').manifest).toBe('glasshouse-scorm12');
    expect(contents('scorm2004').text).toBe(contents('scorm2004').text);
  });

  it('refuses a package name that cannot be an identifier', () => {
    expect(() => courseIdentity({ name: 'Glass House', version: '1.0.0' }, rubric)).toThrow(/lowercase word/);
  });
});

describe('the SCORM manifests against the ADL and IMS schemas (xmllint)', () => {
  it('has xmllint to validate with (bash tools/install-test-deps.sh installs libxml2-utils)', () => {
    expect(xmllintAvailable()).toBe(true);
  });

  it('validates the SCORM 1.2 manifest', () => {
    const verdict = validateManifestSchema(contents('scorm12').text, 'scorm12');
    // libxml2 also warns about IMS's own ims_xml.xsd (it makes the xml namespace its default), not about the manifest.
    expect(verdict.output).toMatch(/\nimsmanifest\.xml validates$/);
    expect(verdict.valid).toBe(true);
  });

  it('validates the SCORM 2004 4th Edition manifest', () => {
    const verdict = validateManifestSchema(contents('scorm2004').text, 'scorm2004');
    expect(verdict.output).toBe('imsmanifest.xml validates');
    expect(verdict.valid).toBe(true);
  });

  it('rejects a 1.2 manifest whose item metadata comes after adlcp:masteryscore', () => {
    const broken = contents('scorm12').text.replace(
      '</adlcp:masteryscore>',
      '</adlcp:masteryscore>\n<metadata><schema>ADL SCORM</schema></metadata>',
    );
    const verdict = validateManifestSchema(broken, 'scorm12');
    expect(verdict.valid).toBe(false);
    expect(verdict.output).toMatch(/imscp_rootv1p1p2}metadata': This element is not expected/);
  });

  it('rejects a 2004 manifest with an element the sequencing schema does not define', () => {
    const broken = contents('scorm2004').text.replace('<imsss:deliveryControls', '<imsss:deliveryControl');
    const verdict = validateManifestSchema(broken, 'scorm2004');
    expect(verdict.valid).toBe(false);
    expect(verdict.output).toMatch(/imsss}deliveryControl': This element is not expected/);
  });
});

describe('the checks a schema cannot make on a SCORM package', () => {
  it('finds nothing wrong with the packages as written', () => {
    expect(scormPackageProblems(contents('scorm12').entries, 'scorm12', course)).toEqual([]);
    expect(scormPackageProblems(contents('scorm2004').entries, 'scorm2004', course)).toEqual([]);
  });

  it('lists every file of the site in the resource and launches index.html', () => {
    const { text } = contents('scorm2004');
    for (const file of ['index.html', 'assets/game.js', 'assets/ring.ogg']) expect(text).toContain(`<file href="${file}"/>`);
    expect(text).toContain('adlcp:scormType="sco" href="index.html"');
  });

  it('reports an identifierref that resolves to no resource', () => {
    const { text, entries } = contents('scorm2004');
    const broken = withManifest(
      entries,
      'imsmanifest.xml',
      text.replace('identifierref="glasshouse-game"', 'identifierref="glasshouse-gone"'),
    );
    expect(scormPackageProblems(broken, 'scorm2004', course)).toEqual([
      'item "glasshouse-scenarios" refers to resource "glasshouse-gone", which does not exist',
    ]);
  });

  it('reports a listed file that is not in the zip, and a zipped file no resource lists', () => {
    const { entries } = contents('scorm12');
    const { 'assets/ring.ogg': _gone, ...without } = entries;
    expect(scormPackageProblems(without, 'scorm12', course)).toEqual(['the manifest lists assets/ring.ogg, which is not in the zip']);
    const extra = { ...entries, 'assets/stray.js': strToU8('1') };
    expect(scormPackageProblems(extra, 'scorm12', course)).toEqual(['assets/stray.js is in the zip but no resource lists it']);
  });

  it('reports a manifest that is not at the zip root', () => {
    const { entries } = contents('scorm12');
    const { 'imsmanifest.xml': manifest, ...rest } = entries;
    expect(scormPackageProblems({ ...rest, 'course/imsmanifest.xml': manifest! }, 'scorm12', course)).toEqual([
      'imsmanifest.xml is at course/imsmanifest.xml, not at the zip root',
    ]);
  });

  it('reports a mastery score that is not the rubric pass mark', () => {
    const { text, entries } = contents('scorm12');
    const other = withManifest(entries, 'imsmanifest.xml', text.replace('<adlcp:masteryscore>70<', '<adlcp:masteryscore>80<'));
    expect(scormPackageProblems(other, 'scorm12', course)).toEqual(['masteryscore is 80, but the pass mark gives 70']);
    const { text: text2004, entries: entries2004 } = contents('scorm2004');
    const other2004 = withManifest(entries2004, 'imsmanifest.xml', text2004.replace('>0.7<', '>0.5<'));
    expect(scormPackageProblems(other2004, 'scorm2004', course)).toEqual(['minNormalizedMeasure is 0.5, but the pass mark gives 0.7']);
  });

  it('carries every schema the manifest names at the zip root', () => {
    const { entries } = contents('scorm2004');
    const { 'imsss_v1p0.xsd': _gone, ...without } = entries;
    expect(scormPackageProblems(without, 'scorm2004', course)).toContain(
      'the schema imsss_v1p0.xsd named by xsi:schemaLocation is not in the zip',
    );
  });
});

describe('the cmi5 course structure', () => {
  it('passes the structure rules: one course, one AU launching index.html relative to the package', () => {
    const { text, entries } = contents('cmi5');
    expect(cmi5PackageProblems(entries, course)).toEqual([]);
    expect(text).toContain('<url>index.html</url>');
    expect(text).toContain('masteryScore="0.7"');
  });

  it('reports an AU whose URL leaves the package or names a missing file', () => {
    const { text, entries } = contents('cmi5');
    const absolute = withManifest(entries, 'cmi5.xml', text.replace('<url>index.html</url>', '<url>https://lms.example/index.html</url>'));
    expect(cmi5PackageProblems(absolute, course)).toEqual([
      'AU "urn:glasshouse:course:scenarios" launches https://lms.example/index.html; inside a package its URL must be relative',
    ]);
    const missing = withManifest(entries, 'cmi5.xml', text.replace('<url>index.html</url>', '<url>start.html?mode=practice</url>'));
    expect(cmi5PackageProblems(missing, course)).toEqual([
      'AU "urn:glasshouse:course:scenarios" launches start.html, which is not in the zip',
    ]);
  });

  it('reports elements out of order, unknown moveOn values and a mastery score off the pass mark', () => {
    const { text, entries } = contents('cmi5');
    const reordered = text.replace(/(<au [^>]*>)(\s*<title>[\s\S]*?<\/title>)(\s*<description>[\s\S]*?<\/description>)/, '$1$3$2');
    expect(cmi5PackageProblems(withManifest(entries, 'cmi5.xml', reordered), course)).toEqual([
      'courseStructure > au has children "description title url", which the course structure does not allow',
    ]);
    const moveOn = text.replace('moveOn="CompletedAndPassed"', 'moveOn="Finished"');
    expect(cmi5PackageProblems(withManifest(entries, 'cmi5.xml', moveOn), course)[0]).toMatch(/^courseStructure > au: moveOn /);
    const mastery = text.replace('masteryScore="0.7"', 'masteryScore="0.9"');
    expect(cmi5PackageProblems(withManifest(entries, 'cmi5.xml', mastery), course)).toEqual([
      'AU "urn:glasshouse:course:scenarios" has masteryScore 0.9, but the pass mark gives 0.7',
    ]);
  });

  it('reports a course structure outside the cmi5 namespace', () => {
    const { text, entries } = contents('cmi5');
    const bare = text.replace(/ xmlns="[^"]*"/, '');
    expect(cmi5PackageProblems(withManifest(entries, 'cmi5.xml', bare), course)).toEqual([
      'courseStructure is not in the cmi5 namespace https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd',
    ]);
  });
});
