/**
 * Validates a SCORM manifest with xmllint (Debian's libxml2-utils) against the ADL and IMS XSDs.
 * xmllint takes one schema, and a manifest mixes several namespaces whose elements sit in
 * `##other` wildcards: unless one schema imports them all, `adlcp:*` fails as a "strict
 * wildcard" with no declaration. So a small wrapper schema imports every namespace used.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { manifestNamespaces, schemaFolder, type ScormEdition } from './manifest-schemas.ts';

export interface SchemaVerdict {
  valid: boolean;
  /** xmllint's own words: "manifest.xml validates" or each error with its line. */
  output: string;
}

export function xmllintAvailable(): boolean {
  return spawnSync('xmllint', ['--version'], { encoding: 'utf8' }).status === 0;
}

/** The wrapper schema: one `xs:import` per namespace the edition's manifests use. */
function wrapperSchema(edition: ScormEdition): string {
  const folder = schemaFolder(edition);
  const imports = manifestNamespaces[edition].map(
    (ns) => `  <xs:import namespace="${ns.uri}" schemaLocation="${pathToFileURL(path.join(folder, ns.file)).href}"/>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">',
    ...imports,
    '</xs:schema>',
    '',
  ].join('\n');
}

/** Runs xmllint on the manifest text; never reaches the network (--nonet). */
export function validateManifestSchema(manifest: string, edition: ScormEdition): SchemaVerdict {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glasshouse-xmllint-'));
  try {
    const wrapper = path.join(dir, 'wrapper.xsd');
    const document = path.join(dir, 'imsmanifest.xml');
    fs.writeFileSync(wrapper, wrapperSchema(edition));
    fs.writeFileSync(document, manifest);
    const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', wrapper, document], { encoding: 'utf8' });
    if (run.error) throw new Error(`xmllint could not run (${run.error.message}); install libxml2-utils`);
    const output = `${run.stdout}${run.stderr}`.replaceAll(`${dir}${path.sep}`, '').trim();
    return { valid: run.status === 0, output };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
