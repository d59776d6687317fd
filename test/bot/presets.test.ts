/**
 * Coefficient-set files in Slack (issue 12): `preset=NAME` reads NAME.json from DISTILPLAN_PRESETS_DIR, a
 * set written by the real `distilplan fit --out` reproduces the fit's own predictions to the last digit in
 * the CLI, Slack and the built Sheets bundle, a decision says in what share of plausible laws distillation
 * wins, `/distil presets` lists the sets over real HTTP, and names that are paths, prototype names, large
 * files and broken files get coded errors naming the field, in English and Japanese.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { App } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../bot/src/answer/answer.js';
import { createApp } from '../../bot/src/app.js';
import { parseRequest } from '../../bot/src/command/parse.js';
import { MAX_SET_FILE_BYTES } from '../../bot/src/presets.js';
import { compute } from '../../bot/src/results/compute.js';
import { coefficientSet, distilledLoss, normal, seededRandom } from '../../core/index.js';
import { loadGasBundle } from '../helpers/gasBundle.js';
import { expectJapanese } from '../helpers/japanese.js';
import { fakeLogger } from '../helpers/slackFakes.js';
import { commandForm, postSigned } from '../helpers/slackSign.js';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const dir = mkdtempSync(path.join(tmpdir(), 'distilplan-presets-'));
const before = process.env.DISTILPLAN_PRESETS_DIR;
const SECRET = 'test-signing-secret-not-real';

type Json = Record<string, unknown>;

/** The real CLI, spawned as a person runs it; --json parsed. */
function cli(args: string[]): Promise<Json> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['bin/distilplan.mjs', ...args, '--json'], { cwd: repoRoot }, (error, stdout) => {
      if (error) reject(error);
      else resolve(JSON.parse(stdout) as Json);
    });
  });
}

/** Distillation runs from the default law with 0.3% noise, as a team would measure them. */
function distilRunsCsv(): string {
  const random = seededRandom(7);
  const rows = ['student_params,student_tokens,teacher_loss,student_loss'];
  for (const params of [1e8, 3e8, 1e9])
    for (const tokens of [5e9, 2e10, 8e10])
      for (const teacherLoss of [2.2, 2.6]) {
        const loss =
          distilledLoss(params, tokens, teacherLoss, coefficientSet()).loss * Math.exp(0.003 * normal(random));
        rows.push(`${params},${tokens},${teacherLoss},${loss}`);
      }
  return `${rows.join('\n')}\n`;
}

const csvRows = (file: string): number[][] =>
  readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(',').map(Number));

let supervisedFit: Json;
let distilFit: Json;
let distilCsv: string;

beforeAll(async () => {
  process.env.DISTILPLAN_PRESETS_DIR = dir;
  const pilotCsv = path.join(dir, 'pilot-runs.csv');
  // Counts in plain numbers so the test reads them without the CLI's parser.
  const pilot = readFileSync(path.join(repoRoot, 'examples/pilot-runs.csv'), 'utf8').split('\n');
  const scale = (text: string) => Number(text.replace('M', 'e6').replace('B', 'e9').replace('T', 'e12'));
  const plain = pilot
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [params, tokens, loss] = line.split(',');
      return `${scale(params!)},${scale(tokens!)},${loss}`;
    });
  writeFileSync(pilotCsv, `params,tokens,loss\n${plain.join('\n')}\n`);
  distilCsv = path.join(dir, 'distil-runs.csv');
  writeFileSync(distilCsv, distilRunsCsv());
  [supervisedFit, distilFit] = await Promise.all([
    cli([
      'fit',
      'supervised',
      '--runs',
      pilotCsv,
      '--fix',
      'A,alpha,beta,gamma',
      '--bootstrap',
      '20',
      '--out',
      path.join(dir, 'pilot.json'),
    ]),
    cli([
      'fit',
      'distil',
      '--runs',
      distilCsv,
      '--fix',
      "A',alpha',beta',gamma',c0,c1,f1,d1",
      '--bootstrap',
      '0',
      '--out',
      path.join(dir, 'ours.json'),
    ]),
  ]);
  writeFileSync(path.join(dir, 'broken.json'), JSON.stringify({ format: 'distilplan-coefficient-set', version: 1 }));
  writeFileSync(path.join(dir, 'notjson.json'), '{ this is not JSON');
  writeFileSync(path.join(dir, 'huge.json'), ' '.repeat(MAX_SET_FILE_BYTES + 1));
  mkdirSync(path.join(dir, 'folder.json'));
}, 120_000);

afterAll(() => {
  if (before === undefined) delete process.env.DISTILPLAN_PRESETS_DIR;
  else process.env.DISTILPLAN_PRESETS_DIR = before;
});

const decisionOf = (text: string) => {
  const result = compute(parseRequest(text));
  if (result.kind !== 'decide') throw new Error(result.kind);
  return result.decision;
};
const problemLine = (text: string): string => {
  const first = answer(text).blocks[0] as { text: { text: string } };
  return first.text.text;
};
const shown = (text: string): string => JSON.stringify(answer(text).blocks);

describe('a set written by `distilplan fit --out` reproduces the fit’s own predictions to the last digit', () => {
  it('Sheets: the file’s 15 coefficients as the preset row give every run’s prediction, both laws', () => {
    const gas = loadGasBundle();
    const rowOf = (file: string): number[][] => {
      const set = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as {
        supervised: Record<string, number>;
        distillation: Record<string, number>;
      };
      const supervised = ['E', 'A', 'B', 'alpha', 'beta', 'gamma'].map((key) => set.supervised[key]!);
      const distil = ['A', 'B', 'alpha', 'beta', 'gamma', 'c0', 'c1', 'f1', 'd1'].map((key) => set.distillation[key]!);
      return [[...supervised, ...distil]];
    };
    const pilot = csvRows(path.join(dir, 'pilot-runs.csv'));
    pilot.forEach(([params, tokens], i) => {
      expect(gas.call('SUPERVISED_LOSS', params, tokens, rowOf('pilot.json'))).toBe(
        (supervisedFit.predictions as number[])[i],
      );
    });
    csvRows(distilCsv).forEach(([params, tokens, teacherLoss], i) => {
      expect(gas.call('DISTIL_LOSS', params, tokens, teacherLoss, rowOf('ours.json'))).toBe(
        (distilFit.predictions as number[])[i],
      );
    });
  });

  it('Slack preset=NAME decides with the CLI’s numbers for --preset PATH, to the last digit', async () => {
    for (const [name, teacher] of [
      ['pilot', 'teacher=1B teacher-loss=2.6'],
      ['ours', 'teacher=3B teacher-loss=2.3'],
    ] as const) {
      const slack = decisionOf(`decide student=400M budget=1e20 ${teacher} preset=${name}`);
      const [teacherParams, teacherLoss] = teacher === 'teacher=1B teacher-loss=2.6' ? ['1B', '2.6'] : ['3B', '2.3'];
      const file = path.join(dir, `${name}.json`);
      const flags = ['--student-params', '400M', '--compute', '1e20', '--teacher-params', teacherParams];
      const cliDecision = await cli(['decide', ...flags, '--teacher-loss', teacherLoss, '--preset', file]);
      expect(slack.distilLoss, name).toBe(cliDecision.distilLoss);
      expect(slack.supervisedLoss, name).toBe(cliDecision.supervisedLoss);
      expect(slack.verdictShare, name).toBe(cliDecision.verdictShare);
      expect(slack.coefficients, name).toBe(name);
    }
  });

  it('the fit’s predictions through the CLI’s --preset PATH (law supervised, law distil)', async () => {
    const [params, tokens] = csvRows(path.join(dir, 'pilot-runs.csv'))[3]!;
    const supervised = await cli([
      'law',
      'supervised',
      '--params',
      String(params),
      '--tokens',
      String(tokens),
      '--preset',
      path.join(dir, 'pilot.json'),
    ]);
    expect(supervised.loss).toBe((supervisedFit.predictions as number[])[3]);
    const [studentParams, studentTokens, teacherLoss] = csvRows(distilCsv)[5]!;
    const distil = await cli([
      'law',
      'distil',
      '--student-params',
      String(studentParams),
      '--tokens',
      String(studentTokens),
      '--teacher-loss',
      String(teacherLoss),
      '--preset',
      path.join(dir, 'ours.json'),
    ]);
    expect(distil.loss).toBe((distilFit.predictions as number[])[5]);
  });
});

describe('plausible laws', () => {
  it('a decision with a set that has bootstrap samples says in what share distillation wins, en and ja', () => {
    const text = 'decide student=400M budget=1e20 teacher=1B teacher-loss=2.6 preset=pilot';
    const share = Math.round(100 * decisionOf(text).verdictShare!);
    expect(shown(text)).toContain(`Distil wins in ${share}% of 20 plausible laws`);
    const ja = shown(`${text} lang=ja`);
    expect(ja).toContain(`妥当な法則 20 通りのうち ${share}% で蒸留が勝ちます`);
  });

  it('a set without a bootstrap still has plausible laws (its measured error), said once on the first screen', () => {
    const text = 'decide student=400M budget=1e20 teacher=3B teacher-loss=2.3';
    // Decisions, not refusals: each names its law.
    expect(shown(`${text} preset=ours`)).toContain('Law: ours');
    expect(shown(`${text} preset=busbridge2025`)).toContain('Law: busbridge2025');
    for (const preset of ['ours', 'busbridge2025']) {
      const blocks = shown(`${text} preset=${preset}`);
      expect(blocks.match(/plausible laws/g)).toHaveLength(1);
      expect(blocks).toContain('of 200 plausible laws');
    }
  });
});

describe('the law line cites what the numbers are', () => {
  it('a set fitted to the team’s runs is not passed off as the paper’s coefficients, en and ja', () => {
    const text = 'decide student=400M budget=1e20 teacher=3B teacher-loss=2.3';
    expect(shown(`${text} preset=ours`)).toContain(
      'Law: ours (fitted to your runs in the form of Busbridge et al. 2025)',
    );
    expect(shown(`${text} preset=ours lang=ja`)).toContain('ours（自社の実験に当てはめた Busbridge ら 2025 の式）');
    expect(shown(`${text} preset=busbridge2025`)).toContain('Law: busbridge2025 (Busbridge et al. 2025)');
  });
});

describe('/distil presets', () => {
  it('lists shipped sets and the folder’s files with fit quality, runs and date; a bad file says which field', () => {
    const listed = shown('presets');
    // Each set is a field: its name in bold over what it is (\n as JSON writes a new line).
    expect(listed).toContain('*busbridge2025-corrected*\\nthe default');
    const fit = supervisedFit as { mape: number; maxError: number };
    const pct = (x: number) => `${(100 * x).toFixed(2)}%`;
    expect(listed).toMatch(
      new RegExp(
        `\\*pilot\\*\\\\nsupervised E, B fitted to 8 runs: MAPE ${pct(fit.mape)}, max error ${pct(fit.maxError)}, 20 bootstrap samples, \\d{4}-\\d\\d-\\d\\d`,
      ),
    );
    expect(listed).toContain("*ours*\\ndistillation B' fitted to 18 runs");
    expect(listed).toContain('*broken*\\ncannot be used: broken.json: name must be a non-empty text');
    expect(listed).toContain('*notjson*\\ncannot be used: preset file notjson.json is not valid JSON');
    expect(listed).toContain('*huge*\\ncannot be used: preset file huge.json is over');
    expect(listed).toContain('*folder*\\ncannot be used: preset folder.json is not a regular file');
  });

  it('in Japanese, with no English sentence', () => {
    const listed = answer('presets lang=ja');
    const text = listed.blocks.map((block) => JSON.stringify(block)).join('\n');
    expect(text).toContain('を 8 件の実験に当てはめ');
    expectJapanese(text.replace(/distilplan fit/g, ''), text);
  });

  it('is in the help, and takes no other words', () => {
    expect(shown('help')).toContain('`/distil presets`');
    expect(problemLine('presets student=1B')).toContain('*student=* is not a key presets understands');
  });

  it('without DISTILPLAN_PRESETS_DIR: the shipped sets, and how to add your own', () => {
    delete process.env.DISTILPLAN_PRESETS_DIR;
    try {
      const listed = shown('presets');
      expect(listed).toContain('*busbridge2025*');
      expect(listed).not.toContain('*pilot*');
      expect(listed).toContain('need DISTILPLAN_PRESETS_DIR set where the bot runs');
      expect(shown('decide student=1B budget=1e21 preset=pilot')).toContain(
        'sets fitted to your own runs need DISTILPLAN_PRESETS_DIR',
      );
    } finally {
      process.env.DISTILPLAN_PRESETS_DIR = dir;
    }
  });
});

describe('preset=NAME is a name, never a path; bad files name the field', () => {
  const ask = (name: string, lang = '') => problemLine(`decide student=1B budget=1e21 preset=${name}${lang}`);

  it.each([
    '../pilot',
    '/etc/passwd',
    `${dir}/pilot`,
    'a/b',
    '..',
    'constructor',
    'toString',
    '__proto__',
    'hasOwnProperty',
  ])('%s is refused as a name', (name) => {
    expect(ask(name)).toContain(`*preset* "${name.length > 40 ? name.slice(0, 37) : name}`);
    expect(ask(name)).toContain('is not a set name (a name only, never a path)');
    expect(ask(name, ' lang=ja')).toContain('はセット名ではありません');
  });

  it('an unknown name lists the sets the folder holds', () => {
    expect(ask('nothere')).toContain('"nothere" is not a coefficient set');
    expect(ask('nothere')).toContain('or a set in the presets folder: broken, folder, huge, notjson, ours, pilot');
  });

  it('a file missing a field names the file and the field, in English and Japanese', () => {
    expect(ask('broken')).toContain('*broken.json: name* must be a non-empty text');
    expect(ask('broken', ' lang=ja')).toContain('*broken.json: name* は');
  });

  it('a file over the size limit is refused before it is read', () => {
    expect(ask('huge')).toContain(`*preset* file huge.json is over 4.19M bytes`);
    expect(ask('huge', ' lang=ja')).toContain('バイトを超えています');
  });

  it('a file that is not JSON, and a folder named like a file', () => {
    expect(ask('notjson')).toContain('*preset* file notjson.json is not valid JSON');
    expect(ask('folder')).toContain('*preset* folder.json is not a regular file');
  });

  it('a coefficient out of bounds names its field', () => {
    const set = JSON.parse(readFileSync(path.join(dir, 'pilot.json'), 'utf8')) as { supervised: { gamma: number } };
    set.supervised.gamma = -1;
    writeFileSync(path.join(dir, 'negative.json'), JSON.stringify(set));
    expect(ask('negative')).toContain('*negative.json: supervised.gamma* must be a number ≥ 0');
  });
});

describe('over real HTTP on 127.0.0.1', () => {
  let app: App;
  let url: string;

  beforeAll(async () => {
    ({ app } = createApp({ signingSecret: SECRET, processBeforeResponse: true, logger: fakeLogger() }));
    const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  });

  afterAll(async () => {
    await app.stop();
  });

  it('/distil presets and a decision with preset=NAME', async () => {
    const listed = await postSigned(url, SECRET, commandForm('presets'));
    expect(listed.status).toBe(200);
    expect(listed.body).toContain('*pilot*\\nsupervised E, B fitted to 8 runs');
    const decided = await postSigned(
      url,
      SECRET,
      commandForm('decide student=400M budget=1e20 teacher=1B teacher-loss=2.6 preset=pilot'),
    );
    expect(decided.status).toBe(200);
    expect(decided.body).toMatch(/Distil wins in \d+% of 20 plausible laws/);
    const refused = await postSigned(url, SECRET, commandForm('decide student=1B budget=1e21 preset=../pilot'));
    expect(refused.body).toContain('is not a set name');
  });
});
