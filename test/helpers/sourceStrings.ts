/**
 * The string literals of a face's source, read with the TypeScript parser (not a regex over the text), and the
 * ones among them that read as prose a person would see: two words or more of English, or any Japanese. Module
 * paths, literal types and property names are code, not output, and are left out before looking.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface SourceString {
  file: string;
  line: number;
  text: string;
}

/** Every .ts file under `dir`. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** The literals (and each fixed part of a template) that may reach a person: not imports, types or keys. */
export function stringsOf(file: string, root: string): SourceString[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: SourceString[] = [];
  const add = (node: ts.Node, text: string) =>
    found.push({
      file: relative(root, file),
      line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
      text,
    });
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isLiteralTypeNode(node)) return;
    if (ts.isImportTypeNode(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      const parent = node.parent;
      const isKey = (ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent)) && parent.name === node;
      if (!isKey) add(node, node.text);
    } else if (ts.isTemplateExpression(node)) {
      add(node, [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join('…'));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * Two English words or more (a template's placeholders count as spaces: "Compare … students"), or Japanese
 * script: a phrase a person reads, which belongs in messages/. A word is letters, lower case after the first
 * ("verdict", "law's", "Compare"); flags, ids with hyphens or digits, codes in capitals and paths are not words.
 */
export function readsAsProse(text: string): boolean {
  if (/[\u3040-\u30ff\u4e00-\u9fff]/.test(text)) return true;
  const words = text.split(/[\s…]+/).filter((token) => /^[(]?[A-Za-z][a-z']+[.,:;)]?$/.test(token));
  return words.length >= 2;
}
