/**
 * The checker under Node's CPU profiler, as `npm run check -- --json FILE` runs it (its cached esbuild bundle),
 * start-up included: where its time goes, by file and by function.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../story-files.ts';
import { formatRows, ModuleMap, summariseProfile, type CpuProfile } from './profile-summary.ts';

const run = promisify(execFile);

export async function profileChecker(story: string, dir: string): Promise<string[]> {
  const profileDir = path.join(dir, 'checker');
  fs.rmSync(profileDir, { recursive: true, force: true });
  const started = performance.now();
  await run(
    process.execPath,
    [
      '--cpu-prof',
      `--cpu-prof-dir=${profileDir}`,
      '--cpu-prof-interval',
      '200',
      'tools/run-bundled.mjs',
      'tools/check.ts',
      '--json',
      story,
    ],
    {
      cwd: projectRoot,
      maxBuffer: 64 * 1024 * 1024,
    },
  ).catch((error: { stdout?: string }) => error);
  const wallMs = performance.now() - started;
  const file = fs.readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'));
  if (!file) return [`\n## checker on ${story}: no profile written`];
  const profile = JSON.parse(fs.readFileSync(path.join(profileDir, file), 'utf8')) as CpuProfile;
  const summary = summariseProfile(profile, new ModuleMap(projectRoot), 20);
  return [
    `\n## checker: node --cpu-prof tools/run-bundled.mjs tools/check.ts --json ${story}`,
    `  ${wallMs.toFixed(0)} ms wall, ${summary.totalMs.toFixed(0)} ms sampled (profile: ${path.relative(process.cwd(), path.join(profileDir, file))})`,
    formatRows('self time by file or package', summary.selfByFile),
    formatRows('self time by function', summary.selfByFunction),
    formatRows('total time by function (on the stack)', summary.totalByFunction),
  ];
}
