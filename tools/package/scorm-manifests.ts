/**
 * imsmanifest.xml for SCORM 1.2 and SCORM 2004 4th Edition: one organization with one item that
 * launches the whole game (index.html) as a single SCO, whose resource lists every file of the site.
 */
import type { CourseIdentity } from './course-identity.ts';
import { namespaceAttributes, type ScormEdition } from './manifest-schemas.ts';
import { xmlDocument, type XmlElement } from './xml-document.ts';

/** The identifiers inside a manifest, derived from the project name only. */
export function manifestIdentifiers(course: CourseIdentity, edition: ScormEdition) {
  return {
    manifest: `${course.name}-${edition}`,
    organization: `${course.name}-organization`,
    item: `${course.name}-scenarios`,
    resource: `${course.name}-game`,
  };
}

const launchFile = 'index.html';

/** What differs between the editions: the schema version, the item's extras, the SCO attribute. */
interface EditionParts {
  schemaversion: string;
  itemAttributes: XmlElement;
  itemExtras: XmlElement;
  scormTypeAttribute: '@_adlcp:scormtype' | '@_adlcp:scormType';
}

function manifest(course: CourseIdentity, edition: ScormEdition, files: readonly string[], parts: EditionParts): string {
  const ids = manifestIdentifiers(course, edition);
  return xmlDocument({
    manifest: {
      '@_identifier': ids.manifest,
      '@_version': course.version,
      ...namespaceAttributes(edition),
      metadata: { schema: 'ADL SCORM', schemaversion: parts.schemaversion },
      organizations: {
        '@_default': ids.organization,
        organization: {
          '@_identifier': ids.organization,
          title: course.title,
          item: {
            '@_identifier': ids.item,
            '@_identifierref': ids.resource,
            ...parts.itemAttributes,
            title: course.title,
            ...parts.itemExtras,
          },
        },
      },
      resources: {
        resource: {
          '@_identifier': ids.resource,
          '@_type': 'webcontent',
          [parts.scormTypeAttribute]: 'sco',
          '@_href': launchFile,
          file: files.map((href) => ({ '@_href': href })),
        },
      },
    },
  });
}

export function scorm12Manifest(course: CourseIdentity, files: readonly string[]): string {
  return manifest(course, 'scorm12', files, {
    schemaversion: '1.2',
    itemAttributes: { '@_isvisible': 'true' },
    // The LMS may compare cmi.core.score.raw (a percent) with this and set the status itself.
    itemExtras: { 'adlcp:masteryscore': course.passMark },
    scormTypeAttribute: '@_adlcp:scormtype',
  });
}

export function scorm2004Manifest(course: CourseIdentity, files: readonly string[]): string {
  return manifest(course, 'scorm2004', files, {
    schemaversion: '2004 4th Edition',
    itemAttributes: {},
    itemExtras: {
      'imsss:sequencing': {
        'imsss:objectives': {
          // No objectiveID: with one, the LMS would list this objective in cmi.objectives,
          // where the game keeps one objective per competency from index 0.
          'imsss:primaryObjective': {
            // The pass mark is recorded here, but the LMS must not decide success from the
            // score alone: the game's critical-mistake rule can fail a score above it.
            '@_satisfiedByMeasure': 'false',
            'imsss:minNormalizedMeasure': course.passMark / 100,
          },
        },
        'imsss:deliveryControls': { '@_completionSetByContent': 'true', '@_objectiveSetByContent': 'true' },
      },
    },
    scormTypeAttribute: '@_adlcp:scormType',
  });
}
