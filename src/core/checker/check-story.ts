/**
 * The story checker: compiles a story, checks its tags against the contract and the rubric, and
 * explores every path. The Vite plugin, the `npm run check` command and the tests all call this.
 */
import { competencyIds, type Rubric } from '../scoring/rubric.ts';
import type { ScoreRanges } from '../scoring/score-range.ts';
import { StoryPlayer, type InkStory } from '../story/story-player.ts';
import { parseTag, splitTag, type ScenarioInfo, type TagContext } from '../story/tags.ts';
import { compileInk, type IncludeReader } from './compile-ink.ts';
import { DiagnosticList, type Diagnostic } from './diagnostic.ts';
import { endingsDetail, fairnessErrors, type EndingDetail } from './ending-fairness.ts';
import { StoryExplorer } from './explore.ts';
import type { Exploration } from './exploration.ts';
import { scanTags, type WrittenTag } from './tag-scan.ts';

/** One story's entry in the checker's JSON (design: "The story checker"). */
export interface StoryReport {
  file: string;
  title: string;
  ok: boolean;
  errors: Diagnostic[];
  warnings: Diagnostic[];
  decisions: number;
  endings: string[];
  scores: ScoreRanges;
  /** Per ending reached: the overall percent range of its paths, and whether some pass and some fail. */
  endingsDetail: EndingDetail[];
}

export interface CheckedStory {
  report: StoryReport;
  /** The compiled JSON, when the story compiled (written when first read). */
  readonly json: string | null;
  /** What the file-top tags say, when they are valid. */
  info: ScenarioInfo | null;
  /** Story states explored after merging (for the benchmark). */
  distinctStates: number;
  /** The fewest choices on any path to an ending (the report's `decisions` is the most). */
  fewestDecisions: number;
}

function staticTagProblems(tags: WrittenTag[], context: TagContext, errors: DiagnosticList): Set<string> {
  const messages = new Set<string>();
  for (const tag of tags) {
    if (tag.dynamic) continue;
    const parsed = parseTag(tag.text, tag.place, context);
    if (parsed.ok) continue;
    errors.add({ file: tag.file, line: tag.line, message: parsed.error });
    messages.add(parsed.error);
  }
  // `# ending:` and `# stars:` belong together on one source line.
  const byLine = new Map<string, WrittenTag[]>();
  for (const tag of tags) {
    if (tag.place !== 'line') continue;
    const key = `${tag.file}:${tag.line}`;
    byLine.set(key, [...(byLine.get(key) ?? []), tag]);
  }
  for (const lineTags of byLine.values()) {
    const names = lineTags.map((tag) => splitTag(tag.text));
    const ending = names.find((tag) => tag.name === 'ending');
    const hasStars = names.some((tag) => tag.name === 'stars');
    const first = lineTags[0]!;
    const problem =
      ending && !hasStars
        ? `'# ending: ${ending.value}' needs '# stars: 1-5' on the same line`
        : !ending && hasStars
          ? `'# stars:' belongs on the same line as '# ending:'`
          : null;
    if (problem) {
      errors.add({ file: first.file, line: first.line, message: problem });
      messages.add(problem);
    }
  }
  return messages;
}

export interface CheckLimits {
  /** Distinct story states to explore at most (default: the explorer's `defaultStateLimit`). */
  stateLimit?: number;
}

const noExploration: Exploration = {
  decisions: 0,
  fewestDecisions: 0,
  endings: [],
  endingPaths: [],
  scores: {},
  distinctStates: 0,
  scoredCompetencies: [],
};

/** The line of `EXTERNAL name` in the story's own source, or 1. */
function externalLine(source: string, name: string): number {
  const index = source.split('\n').findIndex((line) => new RegExp(`^\\s*EXTERNAL\\s+${name}\\b`).test(line));
  return index + 1 || 1;
}

export function checkStory(
  file: string,
  source: string,
  rubric: Rubric,
  readInclude?: IncludeReader,
  limits: CheckLimits = {},
): CheckedStory {
  const compiled = compileInk(file, source, readInclude);
  const errors = new DiagnosticList();
  const warnings = new DiagnosticList();
  for (const d of compiled.errors) errors.add(d);
  for (const d of compiled.warnings) warnings.add(d);
  const empty = { decisions: 0, endings: [] as string[], scores: {} as ScoreRanges, endingsDetail: [] as EndingDetail[] };
  if (!compiled.story) {
    return {
      report: { file, title: '', ok: false, errors: errors.sorted(), warnings: warnings.sorted(), ...empty },
      json: null,
      info: null,
      distinctStates: 0,
      fewestDecisions: 0,
    };
  }

  const context: TagContext = { competencies: new Set(competencyIds(rubric)) };
  const scan = scanTags(compiled.story, file);
  const reportedTagProblems = staticTagProblems(scan.tags, context, errors);
  const named = (name: string) => scan.tags.filter((tag) => splitTag(tag.text).name === name);

  const player = new StoryPlayer(compiled.story as unknown as InkStory, context);
  for (const problem of player.infoProblems) {
    if (!reportedTagProblems.has(problem)) errors.add({ file, line: 1, message: problem });
  }
  const scored = named('score').length > 0;
  const missingExternals = player.missingExternals();
  for (const name of missingExternals) {
    errors.add({
      file,
      line: externalLine(source, name),
      message:
        `the story declares 'EXTERNAL ${name}', a function the game would have to provide, and Glasshouse provides none: ` +
        `write an ink function of the same name as its fallback ('=== function ${name}() ===' with the same parameters), or remove the EXTERNAL`,
    });
  }
  const explorer = new StoryExplorer(player, {
    file,
    stateLimit: limits.stateLimit,
    rubric,
    choiceLines: scan.choiceLines,
    scored,
    usesThoughts: named('thought').length > 0,
    usesDiscuss: named('discuss').length > 0,
    turnIsRead: scan.readsTurnCount,
    reportedTagProblems,
    errors,
    warnings,
  });
  let exploration = noExploration;
  let explored = false;
  if (missingExternals.length === 0) {
    try {
      exploration = explorer.explore();
      explored = true;
    } catch (error) {
      // Stories nobody here wrote meet corners of ink this checker has not met: say so, at the
      // last line it played, rather than end in a stack trace.
      const message = error instanceof Error ? error.message : String(error);
      errors.add({
        file,
        line: explorer.lastLine || 1,
        message: `the checker could not play the story past here (${message}): this may use an ink feature Glasshouse does not support`,
      });
    }
  }

  const linesWithErrors = new Set(errors.items.map((e) => `${e.file}:${e.line}`));
  for (const tag of named('ending')) {
    const title = splitTag(tag.text).value;
    if (explored && !tag.dynamic && !exploration.endings.includes(title) && !linesWithErrors.has(`${tag.file}:${tag.line}`)) {
      errors.add({ file: tag.file, line: tag.line, message: `no path reaches the ending '${title}'` });
    }
  }
  // Where each ending is written, from the tag scan: play only knows roughly where a line came from.
  const endingPaths = exploration.endingPaths.map((ending) => {
    const tag = named('ending').find((t) => !t.dynamic && splitTag(t.text).value === ending.title);
    return tag ? { ...ending, file: tag.file, line: tag.line } : ending;
  });
  const details = endingsDetail(endingPaths, exploration.scores.overall ?? { min: 0, max: 0 }, rubric);
  // An unscored practice story has no verdict for its endings to contradict.
  if (scored) for (const error of fairnessErrors(endingPaths, details, rubric)) errors.add(error);
  const errorList = errors.sorted();
  return {
    report: {
      file,
      title: player.info?.title ?? '',
      ok: errorList.length === 0,
      errors: errorList,
      warnings: warnings.sorted(),
      decisions: exploration.decisions,
      endings: exploration.endings,
      scores: exploration.scores,
      endingsDetail: details,
    },
    get json() {
      return compiled.json;
    },
    info: player.info,
    distinctStates: exploration.distinctStates,
    fewestDecisions: exploration.fewestDecisions,
  };
}
