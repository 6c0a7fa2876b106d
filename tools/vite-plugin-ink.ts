/**
 * Compiles `.ink` imports with the inkjs compiler and the story checker. A story with an error fails
 * the build and shows in the dev server's overlay with its file and line; editing a story, a file it
 * INCLUDEs or the rubric reloads the page.
 *
 *   import scenario from '/stories/x.ink'        -> { meta, storyJson }
 *   import meta from '/stories/x.ink?meta'       -> meta only (for the menu, without the story)
 *   import { scenarioMetas, scenarioLoaders } from 'virtual:glasshouse/scenarios'
 *                                                -> every story in stories/ (and extra folders)
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { checkStory, type CheckedStory } from '../src/core/checker/check-story.ts';
import type { ScenarioMeta } from '../src/core/story/scenario.ts';
import { includeReaderFor, loadRubric, projectRoot, rubricPath } from './story-files.ts';

const scenariosModule = 'virtual:glasshouse/scenarios';
const resolvedScenariosModule = `\0${scenariosModule}`;

export interface InkPluginOptions {
  /** Folders of .ink stories the game lists, relative to the project (default: stories). */
  storyFolders?: string[];
  /**
   * Folders whose stories' warnings are not printed (errors still fail the build): the browser
   * tests' fixtures, tiny on purpose, would otherwise fill every test build's output with tells.
   */
  quietFolders?: string[];
}

function listInk(folders: string[]): string[] {
  return folders.flatMap((folder) => {
    const dir = path.resolve(projectRoot, folder);
    return fs.existsSync(dir)
      ? fs
          .readdirSync(dir)
          .filter((name) => name.endsWith('.ink'))
          .sort()
          .map((name) => path.join(dir, name))
      : [];
  });
}

function scenariosSource(files: string[]): string {
  const imports = files.map((file, i) => `import meta${i} from ${JSON.stringify(`${file}?meta`)};`);
  const loaders = files.map((file, i) => `  [meta${i}.id]: () => import(${JSON.stringify(file)}).then((m) => m.default),`);
  return [
    ...imports,
    `export const scenarioMetas = [${files.map((_, i) => `meta${i}`).join(', ')}];`,
    `export const scenarioLoaders = {`,
    ...loaders,
    `};`,
  ].join('\n');
}

interface CachedCheck {
  source: string;
  rubricText: string;
  /** Every INCLUDE read, with the text it had (undefined: missing). */
  includes: Map<string, string | undefined>;
  checked: CheckedStory;
}

/**
 * Each story is imported twice (`?meta` for the menu, plain for play), and exploring it is the
 * costly part of a build: check it once while the story, its INCLUDEs and the rubric are unchanged.
 */
function checkOnce(cache: Map<string, CachedCheck>, file: string): CachedCheck {
  const source = fs.readFileSync(file, 'utf8');
  const rubricText = fs.readFileSync(rubricPath, 'utf8');
  const readInclude = includeReaderFor(file);
  const cached = cache.get(file);
  if (
    cached &&
    cached.source === source &&
    cached.rubricText === rubricText &&
    [...cached.includes].every(([name, text]) => readInclude(name) === text)
  ) {
    return cached;
  }
  const includes = new Map<string, string | undefined>();
  const checked = checkStory(path.relative(projectRoot, file), source, loadRubric(), (name) => {
    const text = readInclude(name);
    includes.set(name, text);
    return text;
  });
  const entry = { source, rubricText, includes, checked };
  cache.set(file, entry);
  return entry;
}

export function inkPlugin(options: InkPluginOptions = {}): Plugin {
  const folders = options.storyFolders ?? ['stories'];
  const quiet = (options.quietFolders ?? []).map((folder) => path.resolve(projectRoot, folder) + path.sep);
  const checks = new Map<string, CachedCheck>();
  return {
    name: 'glasshouse-ink',
    resolveId(id) {
      return id === scenariosModule ? resolvedScenariosModule : null;
    },
    configureServer(server) {
      // A story added or removed changes the menu: rebuild the list and reload.
      const refresh = (file: string) => {
        if (!file.endsWith('.ink')) return;
        const module = server.moduleGraph.getModuleById(resolvedScenariosModule);
        if (module) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('add', refresh);
      server.watcher.on('unlink', refresh);
    },
    load(id) {
      if (id === resolvedScenariosModule) {
        // Stories added or removed are seen by the dev server's watcher (configureServer above);
        // a folder cannot be a watched import here, as the dev server would try to import it.
        return scenariosSource(listInk(folders));
      }
      const [file, query = ''] = id.split('?');
      if (!file?.endsWith('.ink')) return null;
      this.addWatchFile(rubricPath);
      const relative = path.relative(projectRoot, file);
      const { checked, includes } = checkOnce(checks, file);
      for (const name of includes.keys()) this.addWatchFile(path.resolve(path.dirname(file), name));
      const { report } = checked;
      if (!query.includes('meta') && !quiet.some((folder) => file.startsWith(folder)))
        for (const warning of report.warnings) this.warn(`${warning.file}:${warning.line}: ${warning.message}`);
      const [first] = report.errors;
      if (first || !checked.json || !checked.info) {
        const message = report.errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join('\n') || `${relative}: no story`;
        this.error({
          message,
          id: file,
          loc: first ? { file: path.resolve(projectRoot, first.file), line: first.line, column: 0 } : undefined,
        });
      }
      const meta: ScenarioMeta = {
        ...checked.info!,
        id: path.basename(file, '.ink'),
        file: relative,
        decisions: report.decisions,
        endings: report.endings,
        scores: report.scores,
        version: crypto.createHash('sha256').update(checked.json!).digest('hex').slice(0, 12),
      };
      if (query.includes('meta')) return `export default ${JSON.stringify(meta)};`;
      // The story stays a JSON string: inkjs parses it itself when the scenario starts.
      return `export default { meta: ${JSON.stringify(meta)}, storyJson: ${JSON.stringify(checked.json)} };`;
    },
  };
}
