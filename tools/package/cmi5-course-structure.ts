/**
 * cmi5.xml, the course structure of a cmi5 package: one course with one assignable unit (the
 * whole game). The AU's URL is relative, so it resolves inside the package wherever an LMS puts it.
 */
import type { CourseIdentity } from './course-identity.ts';
import { xmlDocument } from './xml-document.ts';

export const cmi5Namespace = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';

function text(value: string) {
  return { langstring: { '@_lang': 'en', '#text': value } };
}

export function cmi5CourseStructure(course: CourseIdentity): string {
  return xmlDocument({
    courseStructure: {
      '@_xmlns': cmi5Namespace,
      course: { '@_id': course.courseIri, title: text(course.title), description: text(course.description) },
      au: {
        '@_id': course.assignableUnitIri,
        // Done means finished and passed: the game sends both, and the pass mark is the mastery score.
        '@_moveOn': 'CompletedAndPassed',
        '@_masteryScore': course.passMark / 100,
        '@_launchMethod': 'AnyWindow',
        title: text(course.title),
        description: text(course.description),
        url: 'index.html',
      },
    },
  });
}
