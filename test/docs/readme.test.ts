/**
 * Docs that cannot go stale: every ```console example in README.md is run through the CLI in-process and its
 * output compared character for character. A block is `$ distilplan …` then what it prints: stdout, and then
 * stderr after a blank line when the command fails. `| jq '{a, b}'` (the only filter used) keeps those keys.
 * Regenerate an example by running it; never edit the expected text by hand.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { consoleOutput } from '../../scripts/readme-console.js';

const README = new URL('../../README.md', import.meta.url);

interface Example {
  line: number;
  command: string;
  expected: string;
}

/** Every console block: its command line and the text under it. */
function consoleExamples(markdown: string): Example[] {
  const examples: Example[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() !== '```console') continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && lines[end]!.trim() !== '```') end++;
    const body = lines.slice(start, end);
    // A command may start with its locale (`$ LANG=ja_JP.UTF-8 distilplan …`): the variables are its whole locale.
    expect(body[0], `README.md:${start + 1}: a console block starts with "$ distilplan"`).toMatch(
      /^\$ (?:[A-Z_]+=\S+ )*distilplan /,
    );
    examples.push({ line: start + 1, command: body[0]!.slice(2), expected: body.slice(1).join('\n') });
    i = end;
  }
  return examples;
}

afterEach(() => vi.restoreAllMocks());

describe('README.md console examples', () => {
  const examples = consoleExamples(readFileSync(README, 'utf8'));

  it('has examples to check', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });

  for (const example of examples) {
    it(`README.md:${example.line}: ${example.command.slice(0, 80)}`, async () => {
      vi.stubEnv('DISTILPLAN_RATES', '');
      try {
        expect(await consoleOutput(example.command)).toBe(example.expected);
      } finally {
        vi.unstubAllEnvs();
      }
    }, 60_000);
  }
});
