/**
 * Checks cmi5.xml against the course structure rules of the cmi5 specification and its
 * CourseStructure.xsd. No npm package ships that XSD and nothing else can be fetched here, so
 * instead of xmllint this checks the same rules in code: element order, required attributes and
 * their value spaces (with zod), plus what the XSD cannot see: the AU's relative URL exists in the
 * zip, AU ids are unique and the mastery score is the rubric's pass mark.
 */
import { z } from 'zod';
import { cmi5Namespace } from './cmi5-course-structure.ts';
import type { CourseIdentity } from './course-identity.ts';
import { manifestAtRoot, type ZipEntries } from './package-checks.ts';
import { childrenNamed, descendants, localName, type XmlNode } from './xml-tree.ts';

const iri = z.string().regex(/^[A-Za-z][A-Za-z0-9+.-]*:\S+$/, 'must be an absolute IRI such as "urn:glasshouse:course"');
const decimal = z.string().regex(/^[+-]?(\d+(\.\d*)?|\.\d+)$/, 'must be a decimal');

const auAttributes = z
  .object({
    id: iri,
    moveOn: z.enum(['NotApplicable', 'Passed', 'Completed', 'CompletedAndPassed', 'CompletedOrPassed']).optional(),
    masteryScore: decimal.refine((value) => Number(value) >= 0 && Number(value) <= 1, 'must lie between 0 and 1').optional(),
    passIsFinal: z.enum(['true', 'false', '1', '0']).optional(),
    authenticationMethod: z.literal('Basic').optional(),
    launchMethod: z.enum(['AnyWindow', 'OwnWindow']).optional(),
    activityType: z.string().optional(),
  })
  .strict();
const idOnly = z.object({ id: iri }).strict();
const langstringAttributes = z
  .object({ lang: z.string().regex(/^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/, 'must be a language tag such as "en"') })
  .strict();

/** The order of child elements each element allows, as a pattern over their space-joined names. */
const childOrder: Record<string, RegExp> = {
  courseStructure: /^course( objectives)?( (au|block))+$/,
  course: /^title description( languages)?$/,
  block: /^title description( objectives)?( (au|block))+$/,
  au: /^title description( objectives)?( url)( launchParameters)?( entitlementKey)?$/,
};

function issues(where: string, result: z.ZodSafeParseResult<unknown>): string[] {
  return result.success ? [] : result.error.issues.map((issue) => `${where}: ${issue.path.join('.') || 'attributes'} ${issue.message}`);
}

function textProblems(node: XmlNode, where: string): string[] {
  const strings = childrenNamed(node, 'langstring');
  if (strings.length === 0) return [`${where} has no <langstring>`];
  return strings.flatMap((s) => [
    ...issues(`${where} langstring`, langstringAttributes.safeParse(s.attributes)),
    ...(s.text ? [] : [`${where} has an empty langstring`]),
  ]);
}

function structureProblems(node: XmlNode, where: string): string[] {
  const pattern = childOrder[localName(node)];
  const problems: string[] = [];
  const order = node.children.map(localName).join(' ');
  if (pattern && !pattern.test(order)) problems.push(`${where} has children "${order}", which the course structure does not allow`);
  for (const child of node.children) {
    const name = localName(child);
    const at = `${where} > ${name}`;
    if (name === 'title' || name === 'description') problems.push(...textProblems(child, at));
    if (name === 'course' || name === 'block') problems.push(...issues(at, idOnly.safeParse(child.attributes)));
    if (name === 'au') problems.push(...issues(at, auAttributes.safeParse(child.attributes)));
    if (childOrder[name]) problems.push(...structureProblems(child, at));
  }
  return problems;
}

function launchProblems(au: XmlNode, entries: ZipEntries): string[] {
  const url = childrenNamed(au, 'url')[0]?.text ?? '';
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(url) || url.startsWith('/'))
    return [`AU "${au.attributes.id}" launches ${url}; inside a package its URL must be relative`];
  const file = url.split(/[?#]/)[0]!;
  return entries[file] ? [] : [`AU "${au.attributes.id}" launches ${file}, which is not in the zip`];
}

/** The checks for cmi5.xml in a cmi5 package. */
export function cmi5PackageProblems(entries: ZipEntries, course: CourseIdentity): string[] {
  const manifest = manifestAtRoot(entries, 'cmi5.xml');
  if (typeof manifest === 'string') return [manifest];
  const { tree } = manifest;
  if (tree.name !== 'courseStructure') return [`the root element is <${tree.name}>, not <courseStructure>`];
  const problems: string[] = [];
  if (tree.attributes.xmlns !== cmi5Namespace) problems.push(`courseStructure is not in the cmi5 namespace ${cmi5Namespace}`);
  problems.push(...structureProblems(tree, 'courseStructure'));
  const units = descendants(tree, 'au');
  const ids = units.map((au) => au.attributes.id);
  if (new Set(ids).size !== ids.length) problems.push('two AUs share an id');
  for (const au of units) {
    problems.push(...launchProblems(au, entries));
    const mastery = au.attributes.masteryScore;
    if (mastery === undefined || Number(mastery) !== course.passMark / 100)
      problems.push(`AU "${au.attributes.id}" has masteryScore ${mastery ?? '(none)'}, but the pass mark gives ${course.passMark / 100}`);
  }
  return problems;
}
