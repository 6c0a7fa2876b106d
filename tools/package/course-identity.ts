/**
 * What every package says about the course, taken from data: the project's name and version
 * (package.json) and the pass mark (stories/rubric.json). Nothing here is random, so a rebuild
 * writes the same identifiers and an LMS updates the course it already has instead of adding one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Rubric } from '../../src/core/scoring/rubric.ts';
import { loadRubric, projectRoot } from '../story-files.ts';

const packageJsonSchema = z.object({
  name: z.string().regex(/^[a-z][a-z0-9-]*$/, 'the package name must be a lowercase word such as "glasshouse"'),
  version: z.string().regex(/^\d+\.\d+\.\d+/, 'the version must be semantic, such as "0.1.0"'),
});

export interface CourseIdentity {
  /** The project name; also the stem of every manifest identifier (an XML NCName). */
  name: string;
  version: string;
  title: string;
  description: string;
  /** The rubric's pass mark, in percent (0 to 100). */
  passMark: number;
  /** cmi5 needs IRIs for the course and its assignable unit; URNs on the project name are stable. */
  courseIri: string;
  assignableUnitIri: string;
}

const description = 'Customer-service training scenarios: choose what to say at each turn, then see how every choice scored.';

export function courseIdentity(packageJson: unknown, rubric: Rubric): CourseIdentity {
  const project = packageJsonSchema.parse(packageJson);
  const title = project.name.charAt(0).toUpperCase() + project.name.slice(1);
  return {
    name: project.name,
    version: project.version,
    title,
    description,
    passMark: rubric.passMark,
    courseIri: `urn:${project.name}:course`,
    assignableUnitIri: `urn:${project.name}:course:scenarios`,
  };
}

/** The identity of this project, read from its package.json and stories/rubric.json. */
export function loadCourseIdentity(root = projectRoot): CourseIdentity {
  const packageJson: unknown = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  return courseIdentity(packageJson, loadRubric(path.join(root, 'stories', 'rubric.json')));
}
