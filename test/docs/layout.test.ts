/**
 * README's Layout section names every folder of the tree, one line each: a new top-level or second-level folder
 * (third-level inside the faces' source roots, bot/src/ and sheets-addon/src/) fails here until the Layout says what
 * lives there and what it may import, and a folder the Layout names must still exist.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Source roots one level below a top folder, whose own folders are listed too. */
const SOURCE_ROOTS = ['bot/src/', 'sheets-addon/src/'];

/** The folders the Layout's code block names: the first word of each line, when it ends in '/'. */
function layoutFolders(readme: string): string[] {
  const section = readme.split(/^## Layout$/m)[1]?.split(/^## /m)[0] ?? '';
  const block = section.split(/^```$/m)[1] ?? '';
  return block
    .split('\n')
    .map((line) => line.trim().split(/\s+/)[0] ?? '')
    .filter((word) => word.endsWith('/'));
}

/** Every folder holding a file git knows of (committed, or new and not ignored), to the depth the Layout covers. */
function treeFolders(): string[] {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
    .split('\0')
    .filter((file) => file !== '');
  const folders = new Set<string>();
  for (const file of files) {
    const parts = file.split('/').slice(0, -1);
    for (let depth = 1; depth <= parts.length; depth++) {
      const folder = `${parts.slice(0, depth).join('/')}/`;
      const covered = depth <= 2 || (depth === 3 && SOURCE_ROOTS.some((root) => folder.startsWith(root)));
      if (covered) folders.add(folder);
    }
  }
  return [...folders].sort();
}

describe("README's Layout section", () => {
  const named = layoutFolders(readFileSync(new URL('../../README.md', import.meta.url), 'utf8'));

  it('names folders, each once', () => {
    expect(named.length).toBeGreaterThan(10);
    expect(named.filter((folder, i) => named.indexOf(folder) !== i)).toEqual([]);
  });

  it('names every top-level and second-level folder of the tree', () => {
    const tree = treeFolders();
    expect(tree).toContain('core/fit/');
    expect(tree.filter((folder) => !named.includes(folder))).toEqual([]);
  });

  it('names no folder that is gone', () => {
    const gone = named.filter((folder) => {
      try {
        return !statSync(new URL(`../../${folder}`, import.meta.url)).isDirectory();
      } catch {
        return true;
      }
    });
    expect(gone).toEqual([]);
  });
});
