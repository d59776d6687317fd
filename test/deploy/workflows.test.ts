/**
 * The GitHub workflows and Dependabot, read as YAML: CI on every push and
 * pull request runs .ci/run on Node 20 and 22; the Sheets release runs on a
 * hosted runner without root (so .ci/run installs through sudo there), builds
 * the add-on and attaches Code.js, Sidebar.html and appsscript.json to the
 * tagged release; Dependabot watches npm and the actions. The contributor
 * scripts these name exist.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<
    string,
    { 'runs-on': string; strategy?: { matrix: { node: number[] } }; steps: Array<Record<string, unknown>> }
  >;
}

const runs = (workflow: Workflow): string[] =>
  Object.values(workflow.jobs).flatMap((job) => job.steps.map((step) => String(step.run ?? '')));

describe('CI workflow', () => {
  const ci = parse(read('.github/workflows/ci.yml')) as Workflow;

  it('runs on every push and pull request, on Node 20 and 22, the same steps as .ci/run', () => {
    expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push']);
    const job = Object.values(ci.jobs)[0]!;
    expect(job['runs-on']).toBe('ubuntu-latest');
    expect(job.strategy?.matrix.node).toEqual([20, 22]);
    expect(runs(ci)).toContain('.ci/run');
    expect(runs(ci)).toContain('npx tsc -p tsconfig.json --noEmit');
  });
});

describe('.ci/run', () => {
  const script = read('.ci/run');

  it('installs Chromium and redis-server when missing, as root or through sudo, then npm ci and npm test', () => {
    expect(script).toMatch(/as_root apt-get install -y chromium/);
    expect(script).toMatch(/as_root apt-get install -y redis-server/);
    expect(script).toMatch(/if \[ "\$\(id -u\)" -eq 0 \]; then "\$@"; else sudo "\$@"; fi/);
    // No apt-get that would run as a hosted runner's ordinary user.
    expect(script.split('\n').filter((line) => /^\s*apt-get/.test(line))).toEqual([]);
    const lines = script.split('\n');
    const ci = lines.findIndex((line) => line.startsWith('npm ci '));
    expect(ci).toBeGreaterThan(-1);
    expect(lines.findIndex((line) => line.startsWith('npm test '))).toBeGreaterThan(ci);
  });

  it('npm test builds what the tests use (Sheets add-on and bot bundle) on a clean clone', () => {
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.test).toContain('npm run build:sheets');
    expect(scripts.test).toContain('npm run build:bot');
    expect(scripts.start).toBe('exec node dist/bot/index.js');
    expect(scripts['sheets:deploy']).toBe('node scripts/sheets-deploy.mjs');
  });
});

describe('Sheets release workflow', () => {
  const release = parse(read('.github/workflows/sheets-release.yml')) as Workflow;

  it('on a version tag, tests and builds on a hosted runner and attaches the three add-on files', () => {
    expect(release.on).toEqual({ push: { tags: ['v*'] } });
    const job = Object.values(release.jobs)[0]!;
    expect(job['runs-on']).toBe('ubuntu-latest');
    const commands = runs(release);
    expect(commands).toContain('.ci/run');
    expect(commands).toContain('npm run build:sheets');
    const upload = commands.find((run) => run.startsWith('gh release create'))!;
    for (const file of ['dist/sheets/Code.js', 'dist/sheets/Sidebar.html', 'dist/sheets/appsscript.json'])
      expect(upload).toContain(file);
    expect(commands.join('\n')).not.toMatch(/^\s*apt-get/m);
  });
});

describe('Dependabot', () => {
  it('proposes updates for npm and the GitHub actions', () => {
    const config = parse(read('.github/dependabot.yml')) as { updates: Array<{ 'package-ecosystem': string }> };
    const ecosystems = config.updates.map((update) => update['package-ecosystem']);
    expect(ecosystems).toContain('npm');
    expect(ecosystems).toContain('github-actions');
  });
});

describe('LICENSE', () => {
  it('sits at the top level and matches package.json', () => {
    expect(read('LICENSE')).toMatch(/^MIT License/);
    expect((JSON.parse(read('package.json')) as { license: string }).license).toBe('MIT');
  });
});

describe('npm run sheets:deploy', () => {
  const run = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, ['scripts/sheets-deploy.mjs', ...args], {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      env: { PATH: process.env.PATH, ...env },
      encoding: 'utf8',
    });

  it('builds, pushes with clasp, creates a version and points the deployment at it, in that order', () => {
    const result = run(['--dry-run'], { SHEETS_DEPLOYMENT_ID: 'AKfycbxTESTdeployment123' });
    expect(result.status).toBe(0);
    const steps = result.stdout.split('\n').filter((line) => line.startsWith('$ '));
    expect(steps.map((line) => line.split(' ').slice(1, 3).join(' '))).toEqual([
      `${process.execPath} sheets-addon/build.mjs`,
      'clasp push',
      'clasp create-version',
      'clasp update-deployment',
    ]);
    expect(steps[3]).toContain('AKfycbxTESTdeployment123 --versionNumber');
  });

  it('refuses to run without naming the deployment', () => {
    const result = run(['--dry-run']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('SHEETS_DEPLOYMENT_ID');
  });
});
