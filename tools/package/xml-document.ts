/**
 * Writes XML from plain objects through fast-xml-parser's builder, which escapes text and
 * attributes. Keys starting with `@_` are attributes; key order is element order, which matters
 * because the manifest schemas fix the order of most elements.
 */
import { XMLBuilder } from 'fast-xml-parser';

type XmlValue = string | number | boolean | XmlElement | XmlElement[];
export interface XmlElement {
  [key: string]: XmlValue | undefined;
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
  suppressBooleanAttributes: false,
});

/** A whole document with its UTF-8 declaration: `root` is `{ rootName: content }`. */
export function xmlDocument(root: XmlElement): string {
  return builder.build({ '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' }, ...root }) as string;
}
