/**
 * Runs a TypeScript tool from one bundle that esbuild builds and caches, rather than transpiling
 * each of its modules on every start (tsx): `npm run check` starts in about a tenth of a second
 * instead of half of one.
 *
 *   node tools/run-bundled.mjs [--source-maps] tools/check.ts [ARGS...]
 *   node tools/run-bundled.mjs --build-only tools/check.ts
 *
 * `--build-only` builds the bundle into the cache and runs nothing: `npm ci` does it (the package's
 * `prepare` script), so that a trainer's first `npm run check` starts as fast as every later one.
 *
 * Plain JavaScript, because Node 20 cannot run TypeScript itself. The cache, in
 * node_modules/.cache/glasshouse-tools, is keyed by content: the bundle records a hash of every file
 * it was built from (the tool's sources and the packages bundled with them) and is rebuilt when any
 * of them, this file or esbuild changes. It also records each file's stamp (inode, size, modification
 * and change times): a file whose stamp is unchanged has not been written since, and only the others
 * are hashed, which saves a run most of the checking. The bundle is CommonJS, run as Node runs such a
 * file, so that V8's compiled code of it can be kept beside it when it is built (a module's cannot).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';

const root = path.resolve(import.meta.dirname, '..');
const cacheDir = path.join(root, 'node_modules', '.cache', 'glasshouse-tools');

/** @param {string} file */
function digest(file) {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('base64url');
}

/**
 * What changes whenever a file is written: its change time cannot be set back by hand, as its
 * modification time can. Null when the file does not exist.
 * @param {string} file
 */
function stamp(file) {
  const stats = fs.statSync(file, { bigint: true, throwIfNoEntry: false });
  return stats ? `${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}` : null;
}

/**
 * What else a bundle depends on: how it is built (this file), by which esbuild, where (its paths are
 * absolute) and which packages are installed (an install can move a package without touching the files
 * the bundle was built from).
 */
function builderKey() {
  const esbuild = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'esbuild', 'package.json'), 'utf8')).version;
  return `${digest(import.meta.filename)} ${esbuild} ${root} ${digest(path.join(root, 'package-lock.json'))}`;
}

/**
 * @param {string} manifestFile
 * @param {string} builder
 * @param {boolean} sourceMaps the run needs the bundle's source map
 */
function isCurrent(manifestFile, builder, sourceMaps) {
  let manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  } catch {
    return false;
  }
  if (manifest.builder !== builder || (sourceMaps && !manifest.sourceMaps)) return false;
  const stamps = manifest.stamps ?? {};
  for (const [file, hash] of Object.entries(manifest.inputs)) {
    const full = path.join(root, file);
    const now = stamp(full);
    if (now === null) return false;
    if (now !== stamps[file] && digest(full) !== hash) return false;
  }
  return true;
}

/**
 * The bundle runs from the cache folder, so `import.meta.dirname` and friends would name that folder:
 * give each source file its own.
 * @type {import('esbuild').Plugin}
 */
const ownImportMeta = {
  name: 'own-import-meta',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      const source = fs.readFileSync(args.path, 'utf8');
      const contents = source
        .replaceAll('import.meta.dirname', JSON.stringify(path.dirname(args.path)))
        .replaceAll('import.meta.filename', JSON.stringify(args.path))
        .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href));
      return { contents, loader: 'ts' };
    });
  },
};

/**
 * Leaves out of a tool's bundle what no tool runs, a third of its bytes, which Node would parse on
 * every start: inkjs's prebuilt runtime (`import ... from 'inkjs'`), a second copy of the engine
 * classes the tools already bundle from `inkjs/engine` (the same code, so the engine's Story stands
 * in), and zod's messages in languages other than English (src/core/zod.ts sets the English ones).
 * @type {import('esbuild').Plugin}
 */
const leaveOutUnused = {
  name: 'leave-out-unused',
  setup(build) {
    build.onResolve({ filter: /^inkjs$/ }, () => ({ path: path.join(root, 'node_modules', 'inkjs', 'engine', 'Story.js') }));
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.startsWith(path.join(root, 'node_modules', 'zod')) ? { path: 'english', namespace: 'zod-locales' } : undefined,
    );
    build.onLoad({ filter: /^english$/, namespace: 'zod-locales' }, () => ({
      contents: "export { default as en } from 'zod/v4/locales/en.js';",
      resolveDir: root,
      loader: 'js',
    }));
  },
};

/**
 * @param {string} entry
 * @param {string} bundle
 * @param {string} manifestFile
 * @param {string} builder
 * @param {boolean} sourceMaps write the source map too (it costs a first run about 50 ms; only the tools that print stacks ask)
 */
async function build(entry, bundle, manifestFile, builder, sourceMaps) {
  const esbuild = await import('esbuild');
  fs.mkdirSync(cacheDir, { recursive: true });
  // Written beside the final names and renamed into place, so that a run started meanwhile never
  // reads half a bundle.
  const unique = `${process.pid}-${Date.now()}`;
  const result = await esbuild.build({
    entryPoints: [entry],
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    // CommonJS, so that V8 can keep its compiled code of the bundle (`codeCacheFor`): it cannot for a module.
    format: 'cjs',
    target: 'node20',
    outfile: `${bundle}.${unique}.tmp`,
    sourcemap: sourceMaps ? 'linked' : false,
    // A quarter fewer bytes for Node to parse on every start; names stay, so messages and stacks read the same.
    minifyWhitespace: true,
    minifySyntax: true,
    metafile: true,
    logLevel: 'warning',
    plugins: [ownImportMeta, leaveOutUnused],
  });
  // The module that stands in for zod's locales is no file: nothing to hash.
  const files = Object.keys(result.metafile.inputs).filter((file) => !file.startsWith('zod-locales:'));
  // Stamped before hashing: a file written meanwhile gets a new stamp, so a later run hashes it again.
  const stamps = Object.fromEntries(files.map((file) => [file, stamp(path.join(root, file))]));
  const inputs = Object.fromEntries(files.map((file) => [file, digest(path.join(root, file))]));
  if (sourceMaps) {
    fs.renameSync(`${bundle}.${unique}.tmp.map`, `${bundle}.map`);
    // The map is named after the temporary file: point the bundle at its final name.
    const code = fs
      .readFileSync(`${bundle}.${unique}.tmp`, 'utf8')
      .replace(/\/\/# sourceMappingURL=.*$/m, `//# sourceMappingURL=${path.basename(bundle)}.map`);
    fs.writeFileSync(`${bundle}.${unique}.tmp`, code);
  }
  fs.renameSync(`${bundle}.${unique}.tmp`, bundle);
  fs.writeFileSync(`${codeCacheFor(bundle)}.${unique}.tmp`, compiled(bundle, undefined).createCachedData());
  fs.renameSync(`${codeCacheFor(bundle)}.${unique}.tmp`, codeCacheFor(bundle));
  fs.writeFileSync(`${manifestFile}.${unique}.tmp`, JSON.stringify({ builder, sourceMaps, inputs, stamps }));
  fs.renameSync(`${manifestFile}.${unique}.tmp`, manifestFile);
}

/**
 * V8's code for the bundle's top level, written when the bundle is built: a run then skips parsing
 * the bundle (about 15 ms of every start). V8 checks that it fits the source and this Node, and
 * compiles afresh when it does not.
 * @param {string} bundle
 */
function codeCacheFor(bundle) {
  return `${bundle}.code-cache`;
}

/**
 * The bundle compiled as Node compiles a CommonJS file, with V8's cached code when there is some.
 * @param {string} bundle
 * @param {Buffer | undefined} cachedData
 */
function compiled(bundle, cachedData) {
  const code = fs.readFileSync(bundle, 'utf8');
  return new vm.Script(`(function (exports, require, module, __filename, __dirname) { ${code}\n});`, { filename: bundle, cachedData });
}

/**
 * @param {string} bundle
 * @param {boolean} sourceMaps
 */
function runBundle(bundle, sourceMaps) {
  const requireFromBundle = createRequire(bundle);
  // Node's own loader reads the source map; the tools that ask for one start slower anyway.
  if (sourceMaps) {
    requireFromBundle(bundle);
    return;
  }
  let cachedData;
  try {
    cachedData = fs.readFileSync(codeCacheFor(bundle));
  } catch {
    cachedData = undefined;
  }
  const module = { exports: {} };
  const run = compiled(bundle, cachedData).runInThisContext();
  run.call(module.exports, module.exports, requireFromBundle, module, bundle, path.dirname(bundle));
}

async function main() {
  const launcherArgs = process.argv.slice(2);
  // Reading the source map costs a few hundredths of a second: only the tools that print stacks ask.
  const sourceMaps = launcherArgs[0] === '--source-maps';
  const buildOnly = launcherArgs[0] === '--build-only';
  const [entryArg, ...args] = sourceMaps || buildOnly ? launcherArgs.slice(1) : launcherArgs;
  if (!entryArg) {
    console.error('usage: node tools/run-bundled.mjs [--source-maps | --build-only] TOOL.ts [ARGS...]');
    process.exitCode = 2;
    return;
  }
  const entry = path.resolve(entryArg);
  const name = path.relative(root, entry).replaceAll(path.sep, '_').replace(/\.ts$/, '');
  const bundle = path.join(cacheDir, `${name}.cjs`);
  const manifestFile = path.join(cacheDir, `${name}.json`);
  if (buildOnly && !fs.existsSync(path.join(root, 'node_modules', 'esbuild'))) return; // an install without devDependencies
  const builder = builderKey();
  if (!fs.existsSync(bundle) || !isCurrent(manifestFile, builder, sourceMaps))
    await build(entry, bundle, manifestFile, builder, sourceMaps);
  if (buildOnly) return;
  // Stack traces then name the TypeScript sources.
  if (sourceMaps) process.setSourceMapsEnabled(true);
  // The tool reads its arguments from process.argv as if Node had run it directly.
  process.argv = [process.argv[0], entry, ...args];
  runBundle(bundle, sourceMaps);
}

await main();
