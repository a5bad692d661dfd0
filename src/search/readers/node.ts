import type { ErrorMention, PasteReader, ReaderResult } from '../reading.ts';
import { scoreSigns, type Sign } from './shared.ts';

/**
 * JavaScript, as Node.js and browsers print it: `Error: read ECONNRESET` with its `{ errno, code, syscall }`
 * object, `Error [ERR_REQUIRE_ESM]: ...`, `Uncaught TypeError: ...` from a console, `[cause]:` chains,
 * `(node:123) UnhandledPromiseRejectionWarning: ...`, npm's `npm ERR! code ...`, and the old
 * `{ [Error: socket hang up] code: 'ECONNRESET' }`.
 */

const signs: Sign[] = [
  [/^\s{1,12}at (?:async )?(?:[\w$.<>\[\] ]{1,200} \()?(?:file:\/\/|node:|internal\/|[\w.\/\\:@~-]{1,300}:\d{1,7}:\d{1,7}|<anonymous>|native)/m, 8, 'JavaScript stack frames'],
  [/\bnode:internal\/|\(internal\/[\w/]{1,80}\.js:\d/, 6, "Node's internal modules"],
  [/^Node\.js v\d{1,3}\.\d/m, 10, 'the Node.js version line'],
  [/^\s{0,12}(?:\{\s{0,4})?"?(?:errno|code|syscall)"?:\s{0,4}(?:'|"|-?\d)/m, 8, "Node's error properties"],
  [/\bUncaught (?:\(in promise\) )?(?:[A-Z]\w{0,40})?(?:Error|Exception)\b|\bUncaught \(in promise\)/, 8, 'a browser console'],
  [/UnhandledPromiseRejection|Unhandled rejection|throw er; \/\/ Unhandled 'error' event|\bevents\.js:\d{1,5}|\[ERR_[A-Z_]{3,60}\]|^npm ERR! /m, 8, 'a Node.js error report'],
  [/\{ \[Error: /, 8, "an old Node.js error object"],
  [/\.(?:m?js|cjs|jsx|tsx?)(?::\d{1,7}(?::\d{1,7})?\b|")|\bwebpack\b|\bchunk-\w{4,}/, 3, 'JavaScript file names'],
  [/Cannot read propert(?:y|ies) of|is not a (?:function|constructor)|\bis not iterable|^\w*Error: [\w$.]{1,200} is not defined$|Unexpected token|is not valid JSON|Unexpected end of JSON input|Cannot find (?:module|package) '|Maximum call stack size exceeded|JavaScript heap out of memory|Cannot use import statement outside a module|Converting circular structure to JSON|serialize a BigInt|socket hang up|getaddrinfo E[A-Z_]{3,12}|\b(?:read|write|connect|listen|open|mkdir|scandir|stat|lstat|unlink|rename|spawn|watch|uv_cwd) E[A-Z]{3,15}\b|\bE[A-Z]{3,15}: [a-z ]{5,80}, \w{2,12} '|digital envelope routines|Cannot set headers after they are sent|Cannot (?:access|destructure) |Assignment to constant variable|before initialization|fetch failed/m, 6, 'a JavaScript message'],
];

// A header line: the class (and code) of an error, then its message.
// It may stand after other words on its line (`[ERROR] app error AggregateError [ECONNREFUSED]: `); an
// indented one is an error nested in another (`[cause]:`, `[errors]: [`).
const header = /^(|\s{0,12}\[cause\]:\s{1,4}|\s{0,12}cause:\s{1,4}|\s{2,24}|.{0,200}?\s)(?:Uncaught\s{1,4}(?:\(in promise\)\s{1,4})?)?(?:\(node:\d{1,10}\)\s{1,4})?(?:\[(DEP\d{4})\]\s{1,4})?(?:\[?UnhandledPromiseRejectionWarning\]?:\s{1,4}|Unhandled rejection:?\s{1,4}|UnhandledPromiseRejection:\s{1,4})?([A-Z][\w$]{0,60}(?:Error|Exception|Warning)|Error|FATAL ERROR|DOMException)(?:\s\[([A-Z][A-Z0-9_]{2,60})\])?:\s{0,4}(.{0,2000})$/;
const oldObject = /\{ \[(\w{0,60}Error): ([^\]\n]{1,500})\]/;
const field = /\b(errno|code|syscall)["']?\s{0,4}:\s{0,4}(?:'([^'\n]{0,200})'|"([^"\n]{0,200})"|(-?\d{1,6})\b|([A-Z][A-Z0-9_]{2,60})\b)/g;

// Messages Node prints without their code beside them, with the code they go with (Node's lib/internal
// errors and modules): an errdex page is keyed on the code.
const messageCodes: [RegExp, string][] = [
  [/^Cannot find module '/, 'MODULE_NOT_FOUND'],
  [/^Cannot find package '/, 'ERR_MODULE_NOT_FOUND'],
  [/digital envelope routines::unsupported|error:0308010C/, 'ERR_OSSL_EVP_UNSUPPORTED'],
  [/^Cannot set headers after they are sent to the client/, 'ERR_HTTP_HEADERS_SENT'],
];

/** The code a Node message spells inside itself: `read ECONNRESET`, `ENOENT: no such file ...`. */
function codeInMessage(message: string): string | undefined {
  const syscall = /^(?:[a-z_]{2,20}(?: [^\s]{1,300})?) (E[A-Z][A-Z0-9_]{1,15})\b/.exec(message) ?? /^(E[A-Z][A-Z0-9_]{1,15}):? /.exec(message);
  if (syscall) return syscall[1];
  return messageCodes.find(([p]) => p.test(message))?.[1];
}

interface Block {
  mention: ErrorMention;
  isCause: boolean;
}

function readFields(line: string, into: ErrorMention): void {
  for (const m of line.matchAll(field)) {
    const value = m[2] ?? m[3] ?? m[4] ?? m[5] ?? '';
    if (m[1] === 'code' && into.code === undefined && /^[A-Z][A-Z0-9_]{2,60}$/.test(value)) into.code = value;
    if (m[1] === 'errno') {
      if (/^-?\d+$/.test(value)) into.errno = { ...into.errno, number: Number(value), platform: 'node' };
      else if (/^E[A-Z0-9_]{2,20}$/.test(value)) into.errno = { ...into.errno, symbol: value };
    }
  }
}

export const node: PasteReader = {
  language: 'javascript',
  phrases: [['socket hang up', 'ECONNRESET']],
  read(text, lines): ReaderResult {
    const { score, evidence } = scoreSigns(signs, text);
    if (score === 0) return { score, evidence, causes: [] };
    const blocks: Block[] = [];
    let npmCode: string | undefined;
    for (const line of lines) {
      const h = header.exec(line);
      const old = h ? null : oldObject.exec(line);
      if (h) {
        const mention: ErrorMention = { name: h[3]!, message: h[5]!.trim() };
        const code = h[4] ?? h[2];
        if (code) mention.code = code;
        blocks.push({ mention, isCause: h[1] !== undefined && /^\s/.test(h[1]) });
        readFields(h[5]!, mention);
        continue;
      }
      if (old) {
        blocks.push({ mention: { name: old[1]!, message: old[2]! }, isCause: false });
      }
      const npm = /^npm ERR! (?:code|errno) (E[A-Z0-9_]{2,30}|ERR_[A-Z0-9_]{2,60})\b/.exec(line);
      if (npm) npmCode ??= npm[1];
      if (blocks.length > 0) readFields(line, blocks[blocks.length - 1]!.mention);
    }
    if (blocks.length === 0) {
      return npmCode ? { score, evidence, final: { code: npmCode }, causes: [] } : { score, evidence, causes: [] };
    }
    for (const { mention } of blocks) {
      // `Error: TypeError: x is not iterable`: an error rethrown as the text of a new Error is the inner one.
      const inner = mention.name === 'Error' && mention.message ? /^([A-Z][\w$]{0,60}(?:Error|Exception))(?: \[([A-Z][A-Z0-9_]{2,60})\])?: (.{1,2000})$/.exec(mention.message) : null;
      if (inner) {
        mention.name = inner[1]!;
        mention.message = inner[3]!;
        if (inner[2]) mention.code ??= inner[2];
      }
      if (mention.code === undefined && mention.message) {
        const code = codeInMessage(mention.message);
        if (code) mention.code = code;
      }
      if (mention.code === undefined && npmCode) mention.code = npmCode;
    }
    // The last error printed outside a `[cause]:` is the one thrown; its causes follow it, innermost last.
    const finalAt = blocks.findLastIndex((b) => !b.isCause);
    const final = blocks[finalAt === -1 ? blocks.length - 1 : finalAt]!.mention;
    const causes = blocks.slice(finalAt + 1).filter((b) => b.isCause).map((b) => b.mention).reverse();
    // Errors printed before the thrown one (a log of earlier failures) are context, least specific.
    causes.push(...blocks.slice(0, Math.max(finalAt, 0)).map((b) => b.mention).reverse());
    return { score, evidence, final, causes };
  },
};
