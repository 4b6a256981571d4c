/**
 * Where JSON text first goes wrong. `JSON.parse` says *what* failed, but only
 * some engines say *where* (Node 20 prints a snippet without a position), so
 * this small scanner re-reads text that `JSON.parse` rejected and reports the
 * line and column of the first error, the same in Node and in every browser.
 */

/** The first syntax error of a JSON text. */
export interface JsonSyntaxError {
  /** 1-based line. */
  line: number;
  /** 1-based column (UTF-16 code units). */
  column: number;
  /** What was expected or found, e.g. `expected ',' or '}'`. */
  reason: string;
}

class Fail extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** Deeper nesting is reported as an error: no atlas file comes near it, and a hostile file cannot exhaust anything. */
const MAX_JSON_DEPTH = 256;

/**
 * JSON recogniser with an explicit stack of open containers (no recursion, so
 * 2,000 nested `[` cannot overflow the call stack): throws {@link Fail} at the
 * first error.
 */
function scan(text: string): void {
  let i = 0;
  /** The closing bracket of each open container, innermost last. */
  const open: ('}' | ']')[] = [];
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const found = () => (i >= text.length ? 'the end of the file' : `'${text[i]}'`);
  const fail = (expected: string): never => {
    throw new Fail(i, `expected ${expected}, found ${found()}`);
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail('a value');
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      if (i >= text.length) throw new Fail(i, 'unterminated string');
      const c = text[i]!;
      if (c === '"') return void i++;
      if (c < ' ') throw new Fail(i, 'control character in a string');
      if (c === '\\') {
        const e = text[i + 1] ?? '';
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if ('"\\/bfnrt'.includes(e) && e !== '') i += 2;
        else throw new Fail(i, 'bad escape in a string');
      } else i++;
    }
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail('a value');
    i += m![0].length;
  };
  /** A property name and its colon. */
  const key = () => {
    ws();
    if (text[i] !== '"') fail('a double-quoted property name');
    string();
    ws();
    if (text[i] !== ':') fail("':'");
    i++;
  };
  /** Read one value; a container is opened and its first member's key read. Returns once a value is complete or opened. */
  const valueStart = (): boolean => {
    ws();
    const c = text[i];
    if (c === '{' || c === '[') {
      if (open.length >= MAX_JSON_DEPTH) throw new Fail(i, `nested deeper than ${MAX_JSON_DEPTH} levels`);
      const close = c === '{' ? '}' : ']';
      i++;
      ws();
      if (text[i] === close) { i++; return true; }
      open.push(close);
      if (close === '}') key();
      return false;
    }
    if (c === '"') string();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) number();
    else fail('a value');
    return true;
  };
  for (;;) {
    // A value was opened: read its first member.
    if (!valueStart()) continue;
    // A value is complete: close containers, or go on to the next member.
    for (;;) {
      const close = open.at(-1);
      if (!close) {
        ws();
        if (i < text.length) fail('the end of the file');
        return;
      }
      ws();
      if (text[i] === close) { open.pop(); i++; continue; }
      if (text[i] !== ',') fail(`',' or '${close}'`);
      i++;
      if (close === '}') key();
      break;
    }
  }
}

/**
 * The position and reason of the first JSON syntax error.
 * @param text - the file's text
 * @returns null when the text is valid JSON
 * @example jsonSyntaxError('{"a": 1,}') // {line: 1, column: 9, reason: "expected a double-quoted property name, found '}'"}
 */
export function jsonSyntaxError(text: string): JsonSyntaxError | null {
  try {
    scan(text);
    return null;
  } catch (error) {
    if (!(error instanceof Fail)) throw error;
    const before = text.slice(0, error.offset);
    const line = before.split('\n').length;
    const column = error.offset - before.lastIndexOf('\n');
    return { line, column, reason: error.reason };
  }
}
