/**
 * What clasp pushes: dist/sheets/Code.js is one plain script whose custom
 * functions are top-level declarations with @customfunction JSDoc, generated
 * from the registry, and appsscript.json is the minimal V8 manifest.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHEETS_HELP } from '../../messages/sheets-help.js';
import { FUNCTIONS } from '../../sheets-addon/src/functions.js';
import { REGISTRY } from '../../sheets-addon/src/registry.js';
import { ENTRY_POINTS } from '../../sheets-addon/src/ui/entryPoints.js';
import { BUNDLE_PATH, loadGasBundle } from '../helpers/gasBundle.js';

const code = readFileSync(BUNDLE_PATH, 'utf8');
const root = join(import.meta.dirname, '..', '..');

describe('dist/sheets/Code.js', () => {
  it('has no module syntax and no Node globals', () => {
    expect(code).not.toMatch(/\bimport\b/);
    expect(code).not.toMatch(/\bexport\b/);
    expect(code).not.toMatch(/\brequire\(/);
    expect(code).not.toMatch(/\bprocess\b/);
  });

  it("declares exactly the registry's functions at top level, each with its JSDoc, then the menu's entry points", () => {
    const declared = [...code.matchAll(/^function (\w+)\(([^)]*)\) \{$/gm)].map((match) => ({
      name: match[1],
      params: match[2],
    }));
    expect(declared.map((d) => d.name)).toEqual([
      ...REGISTRY.map((spec) => spec.name),
      ...ENTRY_POINTS.map((entry) => entry.name),
    ]);
    for (const entry of ENTRY_POINTS) {
      const start = code.indexOf(`\nfunction ${entry.name}(`);
      expect(code.slice(code.lastIndexOf('/**', start), start)).not.toContain('@customfunction');
    }
    for (const spec of REGISTRY) {
      const names = spec.params.map((param) => param.name);
      expect(declared.find((d) => d.name === spec.name)!.params).toBe(names.join(', '));
      const start = code.indexOf(`\nfunction ${spec.name}(`);
      const doc = code.slice(code.lastIndexOf('/**', start), start);
      expect(doc).toContain('@customfunction');
      const [en, ja] = [SHEETS_HELP.en.functions[spec.name], SHEETS_HELP.ja.functions[spec.name]];
      expect(doc).toContain(` * ${en.description} / ${ja.description}\n`);
      expect(doc).toContain(`@return ${en.returns} / ${ja.returns}\n`);
      for (const param of spec.params) {
        const optional = 'optional' in param && param.optional ? '(optional) / （省略可） ' : '';
        expect(doc).toContain(
          `@param {number|string|Array<Array<number|string>>} ${param.name} ${optional}${en.params[param.name]} / ${ja.params[param.name]}\n`,
        );
      }
      expect(spec.name).not.toMatch(/_$/); // a trailing underscore makes a function private in Apps Script
    }
  });

  it('the declarations are real global functions in the Apps Script scope', () => {
    const gas = loadGasBundle();
    for (const spec of REGISTRY) expect(gas.hasGlobalFunction(spec.name)).toBe(true);
  });

  it('is one IIFE under __addon, ES2020', () => {
    expect(code).toMatch(/^var __addon = \(\(\) => \{$/m);
    expect(code).not.toMatch(/\?\?=|\|\|=|&&=|#\w+\s*[;=(]/); // es2021+ syntax lowered by esbuild
  });
});

describe('the custom functions’ help (@customfunction JSDoc)', () => {
  const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;

  it('is worded in English and in Japanese for every function and every argument, and for nothing else', () => {
    for (const lang of ['en', 'ja'] as const) {
      const help = SHEETS_HELP[lang].functions;
      expect(Object.keys(help).sort()).toEqual(REGISTRY.map((spec) => spec.name).sort());
      for (const spec of REGISTRY) {
        const { description, returns, params } = help[spec.name];
        expect(Object.keys(params).sort(), `${lang} ${spec.name}`).toEqual(spec.params.map((p) => p.name).sort());
        for (const text of [description, returns, ...Object.values(params)]) {
          expect(text.trim().length, `${lang} ${spec.name}`).toBeGreaterThan(0);
          if (lang === 'ja') expect(text, `${spec.name}: ${text}`).toMatch(japanese);
        }
      }
    }
  });

  it('in the built bundle, a Japanese-speaking reader finds every function’s and argument’s help in Japanese', () => {
    for (const spec of REGISTRY) {
      const start = code.indexOf(`\nfunction ${spec.name}(`);
      const doc = code.slice(code.lastIndexOf('/**', start), start);
      const ja = SHEETS_HELP.ja.functions[spec.name];
      expect(doc).toContain(ja.description);
      expect(doc).toContain(ja.returns);
      for (const param of spec.params) expect(doc).toContain(ja.params[param.name]);
      // Each help line keeps to one line: a line break inside would split a @param's text in the help box.
      for (const line of doc.split('\n').filter((l) => l.includes('@param')))
        expect(line).toMatch(/ \/ .*[ぁ-んァ-ヶ一-龯]/);
    }
  });
});

describe('the registry', () => {
  it('and the implementations list the same functions', () => {
    expect(Object.keys(FUNCTIONS).sort()).toEqual(REGISTRY.map((spec) => spec.name).sort());
  });

  it('optional arguments come last, and every function documents an example', () => {
    for (const spec of REGISTRY) {
      const firstOptional = spec.params.findIndex((param) => 'optional' in param && param.optional);
      if (firstOptional >= 0)
        expect(spec.params.slice(firstOptional).every((param) => 'optional' in param && param.optional)).toBe(true);
      expect(spec.example.startsWith(`=${spec.name}(`)).toBe(true);
    }
  });

  it('is what the README documents: each signature and example', () => {
    const readme = readFileSync(join(root, 'sheets-addon', 'README.md'), 'utf8');
    for (const spec of REGISTRY) {
      const signature = `${spec.name}(${spec.params.map((p) => ('optional' in p && p.optional ? `[${p.name}]` : p.name)).join(', ')})`;
      expect(readme).toContain(`| \`${signature}\` |`);
      expect(readme).toContain(`\`${spec.example}\``);
    }
  });

  it('keeps the public contract: names and argument order', () => {
    expect(
      REGISTRY.map(
        (spec) =>
          `${spec.name}(${spec.params.map((p) => ('optional' in p && p.optional ? `[${p.name}]` : p.name)).join(', ')})`,
      ),
    ).toEqual([
      'DISTIL_LOSS(student_params, tokens, teacher_loss, [preset])',
      'SUPERVISED_LOSS(params, tokens, [preset])',
      'FORWARD_FLOPS(params)',
      'TRAINING_FLOPS(params, tokens)',
      'OPTIMAL_SUPERVISED(compute)',
      'OPTIMAL_DISTIL(student_params, compute, [scenario], [students])',
      'DISTIL_OR_TRAIN(student_params, compute, [teacher_loss], [teacher_params], [students])',
      'DISTIL_NOTES(student_params, compute, [teacher_loss], [teacher_params], [students])',
      'FLIP_COMPUTE(student_params, [scenario], [students])',
      'GPU_HOURS(flops, gpu, [mfu])',
      'TRAINING_COST(flops, gpu, [provider_or_price], [mfu], [currency], [rate])',
      'BUDGET_FLOPS(budget, gpu, [provider_or_price], [mfu], [currency], [rate])',
      'GPU_PRICE(gpu, [provider], [currency], [rate])',
      'FIT_SUPERVISED(params, tokens, losses, [fixed])',
      'FIT_DISTIL(student_params, student_tokens, teacher_losses, student_losses, [fixed])',
      'COST_SCENARIOS(flops, [gpus], [kinds], [currency], [rate], [costs])',
      'PILOT_PLAN(student_params, compute, [teacher_loss], [teacher_params], [students], [pilot_share], [lang])',
    ]);
  });
});

describe('appsscript.json and .clasp.json', () => {
  it('the manifest and Sidebar.html are copied beside Code.js: V8, UTC, Stackdriver, minimal scopes', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'dist', 'sheets', 'appsscript.json'), 'utf8'));
    expect(manifest).toEqual(JSON.parse(readFileSync(join(root, 'sheets-addon', 'appsscript.json'), 'utf8')));
    expect(manifest).toMatchObject({ runtimeVersion: 'V8', timeZone: 'Etc/UTC', exceptionLogging: 'STACKDRIVER' });
    expect(readFileSync(join(root, 'dist', 'sheets', 'Sidebar.html'), 'utf8')).toBe(
      readFileSync(join(root, 'sheets-addon', 'src', 'ui', 'Sidebar.html'), 'utf8'),
    );
    // The menu writes only into the open spreadsheet and shows a sidebar: nothing else.
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
  });

  it('.clasp.json pushes dist/sheets', () => {
    const text = readFileSync(join(root, '.clasp.json'), 'utf8').replace(/^\s*\/\/.*$/gm, '');
    expect(JSON.parse(text)).toMatchObject({ rootDir: 'dist/sheets' });
  });
});

describe('the release workflow', () => {
  it('attaches exactly the files the build makes, built and tested from the tag', () => {
    const workflow = readFileSync(join(root, '.github', 'workflows', 'sheets-release.yml'), 'utf8');
    const built = readdirSync(join(root, 'dist', 'sheets')).sort();
    expect(built).toEqual(['Code.js', 'Sidebar.html', 'appsscript.json']);
    const attached = [...workflow.matchAll(/dist\/sheets\/([\w.]+)/g)].map((match) => match[1]).sort();
    expect(attached).toEqual(built);
    expect(workflow).toMatch(/tags: \[["']v\*["']\]/);
    expect(workflow.indexOf('.ci/run')).toBeLessThan(workflow.indexOf('gh release create'));
  });
});
