/**
 * Cost profiles for Slack: `costs=NAME` reads NAME.json from the folder
 * DISTILPLAN_COSTS_DIR names (files like examples/cost-profile.json), with the
 * same reader as `preset=` (folder-files.ts: names only, regular files inside the
 * folder, size checked before reading, parsed once per version), and core
 * checks every field (readCostProfile), so a bad file gets a coded error
 * naming the field.
 */
import {
  type Accepted,
  type CostProfile,
  clipTyped,
  InputError,
  MAX_COST_PROFILE_BYTES,
  readCostProfile,
} from '../../core/index.js';
import { folderFileReader, isSetName, jsonNamesIn } from './folder-files.js';

export const COSTS_DIR_ENV = 'DISTILPLAN_COSTS_DIR';

type Env = Readonly<Record<string, string | undefined>>;

function costsDir(env: Env): string | undefined {
  const dir = env[COSTS_DIR_ENV]?.trim();
  return dir ? dir : undefined;
}

/** costs= as typed → the profile read from the folder. */
export function slackCostProfile(typed: string | undefined, env: Env = process.env): CostProfile | undefined {
  if (typed === undefined) return undefined;
  const name = typed.trim();
  const dir = costsDir(env);
  const names = jsonNamesIn(dir);
  const accepted: Accepted = { form: 'cost-profile-name', names, folder: dir !== undefined };
  if (!isSetName(name)) throw new InputError('costs', { code: 'not-a-set-name', value: clipTyped(name) }, accepted);
  if (dir === undefined || !names.includes(name))
    throw new InputError('costs', { code: 'unknown-cost-profile', value: clipTyped(name) }, accepted);
  return readProfile(dir, name);
}

const readProfile = folderFileReader<CostProfile>({
  field: 'costs',
  accepted: { form: 'cost-profile', rule: 'format' },
  maxBytes: MAX_COST_PROFILE_BYTES,
  parse: (json, file) => readCostProfile(json, file),
});
