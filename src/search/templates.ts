/**
 * Message templates: the text a runtime prints with the parts that vary written as named holes,
 * `'{type}' object is not subscriptable`. `{{` and `}}` stand for literal braces.
 *
 * Entries declare them (`templates[].text`), the validator explains malformed ones, the snippet runner
 * checks captured output against them, and search matches pasted text with them. Everything here is pure.
 */

/** A piece of a template: literal text, or a hole with its name. */
export type TemplatePiece = { kind: 'text'; text: string } | { kind: 'hole'; name: string };

/** Something wrong with a template, with the 1-based column it starts at when there is one. */
export interface TemplateProblem {
  message: string;
  column?: number;
}

/** Fewer letters and digits than this outside the holes and a template would match almost any line. */
export const minLiteralChars = 8;

/** The longest value one hole matches: a message line, not a paragraph. */
export const maxHoleLength = 200;

/** How much of the text after a hole the hole must not contain (enough to find where it ends). */
const lookahead = 16;

const holeName = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Splits a template into literal text and holes, and says everything that is wrong with it. */
export function parseTemplate(text: string): { pieces: TemplatePiece[]; problems: TemplateProblem[] } {
  const pieces: TemplatePiece[] = [];
  const problems: TemplateProblem[] = [];
  let literal = '';
  const flush = () => {
    if (literal) pieces.push({ kind: 'text', text: literal });
    literal = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if ((c === '{' || c === '}') && text[i + 1] === c) {
      literal += c;
      i++;
      continue;
    }
    if (c === '}') {
      problems.push({ column: i + 1, message: `the } at column ${i + 1} closes no hole; write }} for a literal brace` });
      continue;
    }
    if (c !== '{') {
      literal += c;
      continue;
    }
    const close = text.indexOf('}', i + 1);
    const reopen = text.indexOf('{', i + 1);
    if (close === -1 || (reopen !== -1 && reopen < close)) {
      problems.push({ column: i + 1, message: `the { at column ${i + 1} is never closed; close the hole with } or write {{ for a literal brace` });
      continue;
    }
    const name = text.slice(i + 1, close);
    if (name.trim() === '') {
      problems.push({ column: i + 1, message: `the hole at column ${i + 1} has no name; name what varies, like {type} or {name}` });
    } else if (!holeName.test(name)) {
      problems.push({ column: i + 1, message: `{${name}} is not a hole name; use letters, digits and _ (starting with a letter), like {type}` });
    } else {
      const previous = literal === '' ? pieces.at(-1) : undefined;
      if (previous?.kind === 'hole') {
        problems.push({ column: i + 1, message: `the holes {${previous.name}} and {${name}} touch, so nothing says where one ends; put the literal text between them, or make them one hole` });
      }
      if (pieces.some((p) => p.kind === 'hole' && p.name === name)) {
        problems.push({ column: i + 1, message: `the hole {${name}} appears twice; give each hole its own name ({${name}}, {${name}2})` });
      }
      flush();
      pieces.push({ kind: 'hole', name });
    }
    i = close;
  }
  flush();
  const literalChars = pieces.reduce((n, p) => n + (p.kind === 'text' ? (p.text.match(/[\p{L}\p{N}]/gu)?.length ?? 0) : 0), 0);
  if (!pieces.some((p) => p.kind === 'text' && p.text.trim() !== '')) {
    problems.push({ message: 'has no literal text, so it would match any line; write the words the runtime prints around the holes' });
  } else if (literalChars < minLiteralChars) {
    problems.push({ message: `has only ${literalChars} ${literalChars === 1 ? 'letter or digit' : 'letters or digits'} outside its holes, so it would match almost any line; keep at least ${minLiteralChars} of the words the runtime prints` });
  }
  return { pieces, problems };
}

/** A template ready for matching. */
export interface CompiledTemplate {
  /**
   * A regular expression source, unanchored, meant for one line of text at a time: each hole is a named
   * group of at most 200 characters that never crosses a line, and no quantifier is nested. Each hole
   * ends where the text after it first appears (a hole followed by punctuation, `'{type}'` or `{f}()`,
   * never contains that character; one followed by a space or a word never contains the next 16
   * characters), so a hole can end in one place only and matching takes time linear in the text. One at
   * the end takes the rest of the line.
   */
  source: string;
  /** The words of the literal text, in order, each once, as written: a cheap test before the regex. */
  words: string[];
  /** The hole names, in order: also the names of the regex's groups. */
  holes: string[];
}

/** Thrown by compileTemplate for a template parseTemplate finds problems in. */
export class TemplateError extends Error {
  readonly problems: TemplateProblem[];
  constructor(text: string, problems: TemplateProblem[]) {
    super(`template ${JSON.stringify(text)}: ${problems.map((p) => p.message).join('; ')}`);
    this.name = 'TemplateError';
    this.problems = problems;
  }
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const escapeClass = (c: string) => c.replace(/[\]\\^-]/g, '\\$&');

/** Compiles a template into a linear-time matcher source and its literal words; throws TemplateError if it is malformed. */
export function compileTemplate(text: string): CompiledTemplate {
  const { pieces, problems } = parseTemplate(text);
  if (problems.length > 0) throw new TemplateError(text, problems);
  let source = '';
  const words: string[] = [];
  const holes: string[] = [];
  pieces.forEach((piece, i) => {
    if (piece.kind === 'text') {
      source += escapeRegExp(piece.text);
      for (const w of piece.text.match(/[\p{L}\p{N}_]+/gu) ?? []) if (!words.includes(w)) words.push(w);
      return;
    }
    holes.push(piece.name);
    const next = pieces[i + 1];
    // A hole ends where the text after it first appears, so there is one way to match it and no
    // backtracking across holes: punctuation is left out of the class; a space or a word is looked ahead for.
    const body =
      next?.kind !== 'text'
        ? `[^\\n]{1,${maxHoleLength}}`
        : /[\s\p{L}\p{N}_]/u.test(next.text[0]!)
          ? `(?:(?!${escapeRegExp(next.text.slice(0, lookahead))})[^\\n]){1,${maxHoleLength}}`
          : `[^${escapeClass(next.text[0]!)}\\n]{1,${maxHoleLength}}`;
    source += `(?<${piece.name}>${body})`;
  });
  return { source, words, holes };
}

/** The values of the holes where `template` matches `text`, or undefined when it does not. */
export function matchTemplate(compiled: CompiledTemplate, text: string): Record<string, string> | undefined {
  const m = new RegExp(compiled.source, 'u').exec(text);
  return m ? { ...(m.groups ?? {}) } : undefined;
}
