/**
 * What a package must get right that its schema cannot see: the manifest at the zip root, every
 * identifierref resolving, every listed file present and every site file listed, and the mastery
 * score equal to the rubric's pass mark. Each check returns plain sentences; none means sound.
 */
import type { CourseIdentity } from './course-identity.ts';
import { schemaFiles, type ScormEdition } from './manifest-schemas.ts';
import { descendants, localName, parseXmlTree, type XmlNode } from './xml-tree.ts';

export type ZipEntries = Readonly<Record<string, Uint8Array>>;

const decoder = new TextDecoder();

/** Reads a manifest from the zip root, or says why it cannot. */
export function manifestAtRoot(entries: ZipEntries, name: string): { tree: XmlNode; text: string } | string {
  const bytes = entries[name];
  if (!bytes) {
    const nested = Object.keys(entries).find((entry) => entry.endsWith(`/${name}`));
    return nested ? `${name} is at ${nested}, not at the zip root` : `the zip has no ${name}`;
  }
  const text = decoder.decode(bytes);
  try {
    return { tree: parseXmlTree(text), text };
  } catch (error) {
    return `${name}: ${(error as Error).message}`;
  }
}

function referenceProblems(tree: XmlNode): string[] {
  const problems: string[] = [];
  const all = [tree, ...descendants(tree, 'item'), ...descendants(tree, 'organization'), ...descendants(tree, 'resource')];
  const seen = new Set<string>();
  for (const node of all) {
    const id = node.attributes.identifier;
    if (id === undefined) continue;
    if (seen.has(id)) problems.push(`identifier "${id}" is used twice`);
    seen.add(id);
  }
  const resources = new Set(descendants(tree, 'resource').map((r) => r.attributes.identifier));
  const referrers = [...descendants(tree, 'item'), ...descendants(tree, 'dependency')];
  for (const node of referrers) {
    const ref = node.attributes.identifierref;
    if (ref !== undefined && !resources.has(ref))
      problems.push(`${localName(node)} "${node.attributes.identifier ?? ''}" refers to resource "${ref}", which does not exist`);
  }
  const organizations = new Set(descendants(tree, 'organization').map((o) => o.attributes.identifier));
  for (const list of descendants(tree, 'organizations')) {
    const fallback = list.attributes.default;
    if (fallback !== undefined && !organizations.has(fallback)) problems.push(`the default organization "${fallback}" does not exist`);
  }
  return problems;
}

function fileProblems(tree: XmlNode, entries: ZipEntries, packageFiles: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const listed = new Set<string>();
  for (const resource of descendants(tree, 'resource')) {
    const href = resource.attributes.href;
    if (href !== undefined && !entries[href])
      problems.push(`resource "${resource.attributes.identifier}" launches ${href}, which is not in the zip`);
    for (const file of descendants(resource, 'file')) {
      const fileHref = file.attributes.href ?? '';
      listed.add(fileHref);
      if (!entries[fileHref]) problems.push(`the manifest lists ${fileHref}, which is not in the zip`);
    }
  }
  for (const entry of Object.keys(entries)) {
    if (!entry.endsWith('/') && !packageFiles.has(entry) && !listed.has(entry))
      problems.push(`${entry} is in the zip but no resource lists it`);
  }
  return problems;
}

function schemaFileProblems(tree: XmlNode, entries: ZipEntries): string[] {
  const locations = (tree.attributes['xsi:schemaLocation'] ?? '')
    .trim()
    .split(/\s+/)
    .filter((_, i) => i % 2 === 1);
  if (locations.length === 0) return ['the manifest names no schema locations'];
  return locations.filter((file) => !entries[file]).map((file) => `the schema ${file} named by xsi:schemaLocation is not in the zip`);
}

function masteryProblems(tree: XmlNode, edition: ScormEdition, course: CourseIdentity): string[] {
  const [element, expected] = edition === 'scorm12' ? ['masteryscore', course.passMark] : ['minNormalizedMeasure', course.passMark / 100];
  const values = descendants(tree, element).map((node) => Number(node.text));
  if (values.length === 0) return [`the manifest has no ${element}`];
  return values.filter((value) => value !== expected).map((value) => `${element} is ${value}, but the pass mark gives ${expected}`);
}

/** The checks for imsmanifest.xml in a SCORM package. */
export function scormPackageProblems(entries: ZipEntries, edition: ScormEdition, course: CourseIdentity): string[] {
  const manifest = manifestAtRoot(entries, 'imsmanifest.xml');
  if (typeof manifest === 'string') return [manifest];
  const { tree } = manifest;
  if (localName(tree) !== 'manifest') return [`the root element is <${tree.name}>, not <manifest>`];
  const packageFiles = new Set(['imsmanifest.xml', ...schemaFiles(edition)]);
  return [
    ...referenceProblems(tree),
    ...fileProblems(tree, entries, packageFiles),
    ...schemaFileProblems(tree, entries),
    ...masteryProblems(tree, edition, course),
  ];
}
