import { z } from '../zod.ts';
import { failure, success, type Result } from '../result.ts';

/** Competency ids are lowercase words so that `# score: respect+2` stays easy to type and read. */
const competencySchema = z.object({
  id: z.string().check(z.regex(/^[a-z][a-z0-9_]*$/, 'a competency id is a lowercase word such as "respect"')),
  name: z.string().check(z.minLength(1)),
  weight: z.number().check(z.positive()),
  rewards: z.string().check(z.minLength(1)),
});

const rubricSchema = z
  .object({
    version: z.literal(1),
    passMark: z.number().check(z.minimum(0), z.maximum(100)),
    /** Overall percentages at which a result earns its 2nd, 3rd, 4th and 5th star. */
    starThresholds: z
      .array(z.number().check(z.minimum(0), z.maximum(100)))
      .check(z.length(4))
      .check(z.refine((t) => t.every((value, i) => i === 0 || value > t[i - 1]!), 'star thresholds must rise')),
    competencies: z.array(competencySchema).check(z.minLength(1)),
  })
  .check(
    z.refine((r) => new Set(r.competencies.map((c) => c.id)).size === r.competencies.length, {
      message: 'competency ids must be unique',
      path: ['competencies'],
    }),
  );

export type Rubric = z.infer<typeof rubricSchema>;

/** Reads the rubric a trainer edits (stories/rubric.json) and says exactly what is wrong with it. */
export function parseRubric(input: unknown, file = 'stories/rubric.json'): Result<Rubric, string> {
  const parsed = rubricSchema.safeParse(input);
  if (parsed.success) return success(parsed.data);
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`);
  return failure(`${file} is not a valid rubric: ${problems.join('; ')}`);
}

export function competencyIds(rubric: Rubric): string[] {
  return rubric.competencies.map((c) => c.id);
}
