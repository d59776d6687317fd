// `npm run sheets:deploy`: the add-on maintainer's one command. Builds dist/sheets/, pushes it to the Apps
// Script project named in .clasp.json (clasp 3), creates a numbered version, and points the existing
// deployment at that version, so everyone using the deployment gets it.
//
//   SHEETS_DEPLOYMENT_ID=AKfy…  npm run sheets:deploy              (or: npm run sheets:deploy -- --deployment-id AKfy…)
//   npm run sheets:deploy -- --dry-run                              prints the steps without running them
//
// Needs `npx clasp login` once (credentials stay in ~/.clasprc.json, never in the repository). The deployment
// id is listed by `npx clasp list-deployments`.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const flagAt = args.indexOf('--deployment-id');
const deploymentId = (flagAt >= 0 ? args[flagAt + 1] : process.env.SHEETS_DEPLOYMENT_ID)?.trim();

function fail(message) {
  console.error(`sheets:deploy: ${message}`);
  process.exit(1);
}

if (!deploymentId || !/^[A-Za-z0-9_-]{10,200}$/.test(deploymentId))
  fail(
    'name the deployment to update: SHEETS_DEPLOYMENT_ID=… or --deployment-id … (npx clasp list-deployments lists them)',
  );
const clasp = readFileSync(join(root, '.clasp.json'), 'utf8');
if (clasp.includes('REPLACE_WITH_YOUR_SCRIPT_ID') && !dryRun)
  fail(".clasp.json still has the placeholder scriptId: put your Apps Script project's ID there first");

const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
let commit = 'unknown';
try {
  commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
} catch {}
const description = `distilplan ${version} (${commit})`;
const claspBin = join(root, 'node_modules', '.bin', 'clasp');

/** Runs one step (or prints it on a dry run); returns its standard output. */
function step(command, commandArgs, capture = false) {
  console.log(`$ ${[command === claspBin ? 'clasp' : command, ...commandArgs].join(' ')}`);
  if (dryRun) return '';
  return execFileSync(command, commandArgs, {
    cwd: root,
    encoding: 'utf8',
    stdio: ['inherit', capture ? 'pipe' : 'inherit', 'inherit'],
  });
}

step(process.execPath, ['sheets-addon/build.mjs']);
step(claspBin, ['push', '--force']);
const created = step(claspBin, ['create-version', description, '--json'], true);
const versionNumber = dryRun ? '<new version>' : JSON.parse(created).versionNumber;
if (!dryRun && !Number.isInteger(versionNumber))
  fail(`clasp did not report a version number: ${created.slice(0, 200)}`);
step(claspBin, [
  'update-deployment',
  deploymentId,
  '--versionNumber',
  String(versionNumber),
  '--description',
  description,
]);
console.log(`${dryRun ? 'Would deploy' : 'Deployed'} ${description} as version ${versionNumber} to ${deploymentId}`);
