/**
 * Reads XML into a small ordered tree (fast-xml-parser does the parsing), for the package checks
 * that schemas cannot make: references that resolve, files that exist, values that match the data.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface XmlNode {
  /** The qualified name as written, such as `adlcp:masteryscore`. */
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  /** The element's own text, trimmed. */
  text: string;
}

type OrderedEntry = Record<string, unknown> & { ':@'?: Record<string, unknown> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: true,
});

function toNode(entry: OrderedEntry): XmlNode | null {
  const name = Object.keys(entry).find((key) => key !== ':@');
  if (name === undefined || name === '#text' || name.startsWith('?') || name === '#comment') return null;
  const content = (entry[name] ?? []) as OrderedEntry[];
  const attributes = Object.fromEntries(Object.entries(entry[':@'] ?? {}).map(([key, value]) => [key, String(value)]));
  const children = content.map(toNode).filter((node): node is XmlNode => node !== null);
  const text = content
    .map((part) => (typeof part['#text'] === 'string' ? part['#text'] : ''))
    .join('')
    .trim();
  return { name, attributes, children, text };
}

/** Parses a document and returns its root element, or throws with the parser's reason. */
export function parseXmlTree(xml: string): XmlNode {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const roots = (parser.parse(xml) as OrderedEntry[]).map(toNode).filter((node): node is XmlNode => node !== null);
  if (roots.length !== 1) throw new Error(`expected one root element, found ${roots.length}`);
  return roots[0]!;
}

/** The name without its namespace prefix. */
export function localName(node: XmlNode): string {
  return node.name.slice(node.name.indexOf(':') + 1);
}

/** Every element below `node` (depth first, document order) whose local name is `name`. */
export function descendants(node: XmlNode, name: string): XmlNode[] {
  return node.children.flatMap((child) => [...(localName(child) === name ? [child] : []), ...descendants(child, name)]);
}

export function childrenNamed(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((child) => localName(child) === name);
}
