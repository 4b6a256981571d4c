/**
 * The layering of src/ (docs/CONTRACT.md): core/, style/ and data/ are pure —
 * no maplibre-gl at run time and no DOM — so they run and are tested in Node;
 * only map/ talks to maplibre-gl. A violation names the file and the line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const srcDir = fileURLToPath(new URL('../src/', import.meta.url));

/** Source files (not tests) under one folder of src/. */
function sourceFiles(folder: string): string[] {
  return readdirSync(join(srcDir, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .map((name) => join(folder, name));
}

/** Lines of `file` matching `pattern`, as `file:line: text`. */
function offendingLines(file: string, pattern: RegExp): string[] {
  return readFileSync(join(srcDir, file), 'utf8')
    .split('\n')
    .flatMap((line, i) => (pattern.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []));
}

// A value import of maplibre-gl; `import type` is fine (it leaves no code behind).
const maplibreValueImport = /^\s*import\s+(?!type\b)[^;]*from\s+'maplibre-gl'/;
const domGlobal = /\b(document|window|navigator|localStorage)\s*\./;

describe.each(['core', 'style', 'data'])('src/%s is pure', (folder) => {
  test('imports nothing of maplibre-gl at run time', () => {
    expect(sourceFiles(folder).flatMap((f) => offendingLines(f, maplibreValueImport))).toEqual([]);
  });

  test('touches no DOM or browser global', () => {
    const code = (line: string) => !/^\s*(\*|\/\/)/.test(line);
    const hits = sourceFiles(folder).flatMap((f) => offendingLines(f, domGlobal).filter((hit) => code(hit.split(': ').slice(1).join(': '))));
    expect(hits).toEqual([]);
  });
});

test('only src/map imports maplibre-gl at run time', () => {
  const outside = ['ui', 'core', 'style', 'data'].flatMap(sourceFiles).concat(['main.ts', ...sourceFiles('app')]);
  expect(outside.flatMap((f) => offendingLines(f, maplibreValueImport))).toEqual([]);
});
