/**
 * The CLI writes no sentence: every string literal in cli/ that reads as prose (two English words in a row, or
 * Japanese) would be words a person sees that messages/ does not word in both languages. Ids, flags, units,
 * codes and JSON keys are single words and pass; what else may stay is listed here, with why.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/cli.js';
import { readsAsProse, sourceFiles, stringsOf } from '../helpers/sourceStrings.js';

/** The only phrases cli/ may hold: typed commands, the same in every language. */
const ALLOWED: ReadonlyArray<{ file: string; text: string; why: string }> = [
  { file: 'cli/commands/ask.ts', text: 'distilplan ask', why: 'the command a question back tells the person to send' },
];

describe('cli/ holds no prose', () => {
  it('no string literal in cli/ reads as a phrase a person sees, but the allowed typed commands', () => {
    const prose = sourceFiles(join(REPO_ROOT, 'cli'))
      .flatMap((file) => stringsOf(file, REPO_ROOT))
      .filter((found) => readsAsProse(found.text))
      .filter((found) => !ALLOWED.some((allowed) => allowed.file === found.file && allowed.text === found.text))
      .map((found) => `${found.file}:${found.line} ${JSON.stringify(found.text)}`);
    expect(prose).toEqual([]);
  });

  it('the check finds the prose the CLI used to hold, and leaves ids, flags and module paths alone', () => {
    expect(readsAsProse('chart written to …')).toBe(true);
    expect(readsAsProse("law's verdict")).toBe(true);
    expect(readsAsProse('Compare … students')).toBe(true);
    expect(readsAsProse('として判定しました')).toBe(true);
    for (const code of ['--student-params <N>', 'pretraining-and-inference', 'flops-or-budget', 'h100-sxm', 'USD'])
      expect(readsAsProse(code), code).toBe(false);
    // Found by the parser in real source: the template of a sentence, not its import or its type.
    const strings = stringsOf(join(REPO_ROOT, 'test', 'cli', 'no-prose.test.ts'), REPO_ROOT).map((s) => s.text);
    expect(strings).toContain('the command a question back tells the person to send');
    // The module path of this file's first import (spelt in two parts here, so only the import holds it whole).
    expect(strings).not.toContain(['node', 'path'].join(':'));
  });
});
