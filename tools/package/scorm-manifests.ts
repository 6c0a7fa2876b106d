/**
 * imsmanifest.xml for SCORM 1.2 and SCORM 2004 4th Edition: one organization with one item that
 * launches the whole game (index.html) as a single SCO, whose resource lists every file of the site.
 */
import type { CourseIdentity } from './course-identity';
import { namespaceAttributes } from './manifest-schemas';
import { xmlDocument, type XmlElement } from './xml-document';

/** The identifiers inside a manifest, derived from the project name only. */
export function manifestIdentifiers(course: CourseIdentity, edition: 'scorm12' | 'scorm2004') {
  return {
    manifest: `${course.name}-${edition}`,
    organization: `${course.name}-organization`,
    item: `${course.name}-scenarios`,
    resource: `${course.name}-game`,
  };
}

const launchFile = 'index.html';

function resourceFiles(files: readonly string[]): XmlElement[] {
  return files.map((href) => ({ '@_href': href }));
}

export function scorm12Manifest(course: CourseIdentity, files: readonly string[]): string {
  const ids = manifestIdentifiers(course, 'scorm12');
  return xmlDocument({
    manifest: {
      '@_identifier': ids.manifest,
      '@_version': course.version,
      ...namespaceAttributes('scorm12'),
      metadata: { schema: 'ADL SCORM', schemaversion: '1.2' },
      organizations: {
        '@_default': ids.organization,
        organization: {
          '@_identifier': ids.organization,
          title: course.title,
          item: {
            '@_identifier': ids.item,
            '@_identifierref': ids.resource,
            '@_isvisible': 'true',
            title: course.title,
            // The LMS compares cmi.core.score.raw (a percent) with this; the game also sends
            // lesson_status itself, so a critical mistake still fails a high score.
            'adlcp:masteryscore': course.passMark,
          },
        },
      },
      resources: {
        resource: {
          '@_identifier': ids.resource,
          '@_type': 'webcontent',
          '@_adlcp:scormtype': 'sco',
          '@_href': launchFile,
          file: resourceFiles(files),
        },
      },
    },
  });
}

export function scorm2004Manifest(course: CourseIdentity, files: readonly string[]): string {
  const ids = manifestIdentifiers(course, 'scorm2004');
  return xmlDocument({
    manifest: {
      '@_identifier': ids.manifest,
      '@_version': course.version,
      ...namespaceAttributes('scorm2004'),
      metadata: { schema: 'ADL SCORM', schemaversion: '2004 4th Edition' },
      organizations: {
        '@_default': ids.organization,
        organization: {
          '@_identifier': ids.organization,
          title: course.title,
          item: {
            '@_identifier': ids.item,
            '@_identifierref': ids.resource,
            title: course.title,
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
        },
      },
      resources: {
        resource: {
          '@_identifier': ids.resource,
          '@_type': 'webcontent',
          '@_adlcp:scormType': 'sco',
          '@_href': launchFile,
          file: resourceFiles(files),
        },
      },
    },
  });
}
