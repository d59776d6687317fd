/** What a README ```console example prints: shared by scripts/readme-examples.ts and test/docs/readme.test.ts. */
import { run } from '../cli/main.js';

/** Shell words: spaces split, single and double quotes group (no escapes are used in the README). */
export function shellWords(text: string): string[] {
  return [...text.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

/** `jq '{a, b, c}'`: the object with only those keys, as jq prints it. */
function jqProject(json: string, filter: string): string {
  const keys = /^\{\s*([\w\s,]+)\}$/.exec(filter.trim());
  if (!keys) throw new Error(`README uses a jq filter the example runner does not know: ${filter}`);
  const object = JSON.parse(json) as Record<string, unknown>;
  const picked = Object.fromEntries(keys[1]!.split(',').map((key) => [key.trim(), object[key.trim()] ?? null]));
  return `${JSON.stringify(picked, null, 2)}\n`;
}

/** `distilplan …` run in-process: stdout, then stderr after a blank line when there is any; no final newline. */
export async function consoleOutput(command: string): Promise<string> {
  const [cli, filter] = command.split(/\s\|\s+jq\s+/);
  let stdout = '';
  let stderr = '';
  const write = { out: process.stdout.write, err: process.stderr.write };
  process.stdout.write = ((chunk: string) => {
    stdout += chunk;
    return true;
  }) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string) => {
    stderr += chunk;
    return true;
  }) as typeof process.stderr.write;
  // `LANG=ja_JP.UTF-8 distilplan …`: the variables before the command are its whole locale (none: English).
  const words = shellWords(cli!);
  const env: Record<string, string> = {};
  while (/^[A-Z_]+=/.test(words[0] ?? '')) {
    const [name, ...value] = words.shift()!.split('=');
    env[name!] = value.join('=');
  }
  try {
    await run(words.slice(1), env);
  } finally {
    process.stdout.write = write.out;
    process.stderr.write = write.err;
  }
  const shown = filter === undefined ? stdout : jqProject(stdout, shellWords(filter)[0]!);
  return (stderr === '' ? shown : `${shown}\n${stderr}`).replace(/\n$/, '');
}
