/**
 * Faces only lay out: every string literal in bot/, sheets-addon/ and render/ source is enumerated (through the
 * TypeScript parser, so comments never count) and none that a person reads as prose — two words, or any Japanese
 * — may live there; such words belong to messages/, in English and Japanese. What is not a person's reading is
 * named below, each with why: operators' logs and start-up checks, commands to copy, ids. The list is short on
 * purpose: a new sentence in a face fails here.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/cli.js';
import { sourceFiles } from '../helpers/sourceStrings.js';

/** Faces' source that a person's answer is built from. */
const ROOTS = ['bot/src', 'sheets-addon/src', 'render'];

/** Prose: Japanese script, or two words of letters with a space between them. */
const PROSE = /[\u3040-\u30ff\u4e00-\u9fff]|[A-Za-z]{2,}[,.:;!?)'’]?\s+\(?[A-Za-z]{2,}/;

/** Whole files whose words no person using distilplan reads, and why. */
const NOT_READ_BY_A_PERSON: Readonly<Record<string, string>> = {
  'bot/src/config.ts': 'start-up checks of the environment, for the operator who deploys the bot',
  'bot/src/local/local.ts': "local mode's console banner, for a developer at a terminal",
  'bot/src/health.ts': "/health and /ready bodies, for the orchestrator's probes",
  'bot/src/http/guard.ts': 'reasons a request was refused, logged for the operator (Slack shows no body)',
  'bot/src/http/connections.ts': 'a /proc/self/limits row name, read, not written',
  'bot/src/index.ts': "shutdown's log lines",
  'bot/src/install/redis-installation-store.ts': "an installation store's log lines and keys",
  'bot/src/http/redis-store.ts': "the replay store's log lines and keys",
  'bot/src/form/redis-last.ts': "the form memory's log line and keys",
  'bot/src/http/rejections.ts': 'a log line counting refused requests',
  'bot/src/redis/connection.ts': "Redis's log lines",
  'sheets-addon/src/ui/entryPoints.ts': 'JSDoc of the generated entry points, read in the script editor',
  'sheets-addon/src/footer.ts': "a comment in the generated bundle and the build's error for a missing help text",
};

/** Single strings that are not prose although they look like it. */
const NOT_PROSE: readonly RegExp[] = [
  // Commands to copy: /distil's subcommand words with key=value words, and the CLI's.
  /^(decide|plan|cost|compare|pilot|scenarios) [\w-]+=/,
  /^distilplan [a-z]+$/,
  // A font family, a Vega expression, code run in a worker, a type tag.
  /^Noto Sans JP$/,
  /^abs\(log\(datum\.value\)/,
  /^\.then\(\(tsx\) =>/,
  /^\[object \w+\]$/,
  // A layout bug's message: an A1 reference the code itself wrote, never a person's input.
  /^not an A1 cell: /,
];

/** Calls whose string arguments are for operators, not for a person asking: log lines. */
const LOG_CALL = /(^|\.)(logger|console|log)\.\w+$|^log$/;

interface Found {
  file: string;
  line: number;
  text: string;
}

function proseIn(file: string): Found[] {
  const source = ts.createSourceFile(file, readFileSync(join(REPO_ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Found[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isLiteralTypeNode(node)) return;
    if (ts.isCallExpression(node) && LOG_CALL.test(node.expression.getText(source))) return;
    // A failure of ours in Slack or a chart is logged; the person gets the catalogue's apology (failureBlocks).
    // In Sheets an Error's message is what the cell shows, so there it counts.
    if (!file.startsWith('sheets-addon/') && (isErrorMade(node, source) || isErrorField(node))) return;
    let text: string | undefined;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    else if (ts.isTemplateExpression(node))
      text = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join('…');
    if (text !== undefined && PROSE.test(text) && !NOT_PROSE.some((pattern) => pattern.test(text))) {
      found.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, text });
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** `new SomeError(…)`, or `super(…)` in a class that extends an Error. */
function isErrorMade(node: ts.Node, source: ts.SourceFile): boolean {
  if (ts.isNewExpression(node)) return /Error$/.test(node.expression.getText(source));
  if (!ts.isCallExpression(node) || node.expression.kind !== ts.SyntaxKind.SuperKeyword) return false;
  const owner = node.parent.parent?.parent?.parent;
  return (
    owner !== undefined &&
    ts.isClassDeclaration(owner) &&
    (owner.heritageClauses ?? []).some((clause) => /Error$/.test(clause.types[0]?.getText(source) ?? ''))
  );
}

/** `error: …` in an object a worker posts back: a field of a log record. */
function isErrorField(node: ts.Node): boolean {
  return ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'error';
}

const FILES = ROOTS.flatMap((root) => sourceFiles(join(REPO_ROOT, root))).map((path) => relative(REPO_ROOT, path));

describe('faces write no prose of their own', () => {
  it('finds the faces and every file named in the list', () => {
    expect(FILES.length).toBeGreaterThan(80);
    for (const file of Object.keys(NOT_READ_BY_A_PERSON)) expect(FILES, file).toContain(file);
  });

  it('every string a person reads in bot/, sheets-addon/ and render/ comes from messages/', () => {
    const found = FILES.filter((file) => !Object.hasOwn(NOT_READ_BY_A_PERSON, file)).flatMap(proseIn);
    expect(found.map((f) => `${f.file}:${f.line}: ${JSON.stringify(f.text)}`)).toEqual([]);
  });

  it('would catch a sentence, and Japanese, written in a face', () => {
    expect(PROSE.test('The run takes about')).toBe(true);
    expect(PROSE.test('学習期間')).toBe(true);
    expect(PROSE.test('h100-sxm')).toBe(false);
    expect(PROSE.test('distil_post_to_channel')).toBe(false);
  });
});
