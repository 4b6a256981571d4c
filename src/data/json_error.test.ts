import { describe, expect, test } from 'vitest';
import { jsonSyntaxError } from './json_error.ts';

describe('jsonSyntaxError', () => {
  test.each([
    ['{"a": 1,}', 1, 9, "expected a double-quoted property name, found '}'"],
    ['{"a": 1\n "b": 2}', 2, 2, "expected ',' or '}', found '\"'"],
    ['[1, 2', 1, 6, "expected ',' or ']', found the end of the file"],
    ['', 1, 1, 'expected a value, found the end of the file'],
    ['{"a": tru}', 1, 7, 'expected a value, found \'t\''],
    ['{"a": "x\ny"}', 1, 9, 'control character in a string'],
    ['{"a": "\\x"}', 1, 8, 'bad escape in a string'],
    ['{"a": 01}', 1, 8, "expected ',' or '}', found '1'"],
    ['{} {}', 1, 4, "expected the end of the file, found '{'"],
    ["{'a': 1}", 1, 2, "expected a double-quoted property name, found '''"],
  ])('%j fails at %i:%i', (text, line, column, reason) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonSyntaxError(text)).toEqual({ line, column, reason });
  });

  test.each(['{}', '[]', ' {"a": [1, -2.5e3, true, false, null, "\\u00e9\\n"]} ', '"x"', '0'])('accepts %j', (text) => {
    expect(jsonSyntaxError(text)).toBeNull();
  });
});

describe('deep nesting', () => {
  test('2,000 nested [ are reported, not a stack overflow', () => {
    expect(jsonSyntaxError('['.repeat(2000))).toEqual({ line: 1, column: 257, reason: 'nested deeper than 256 levels' });
  });
  test('nesting up to the limit is read as usual', () => {
    expect(jsonSyntaxError(`${'['.repeat(256)}${']'.repeat(256)}`)).toBeNull();
    expect(jsonSyntaxError(`${'[{"a":'.repeat(100)}1${'}]'.repeat(100)}`)).toBeNull();
    expect(jsonSyntaxError(`${'['.repeat(100)}1${']'.repeat(99)}`)).toEqual({ line: 1, column: 201, reason: "expected ',' or ']', found the end of the file" });
  });
});
