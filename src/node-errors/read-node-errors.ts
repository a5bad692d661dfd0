import { execFileSync } from 'node:child_process';

/** One code in Node's own error registry (lib/internal/errors.js). */
export interface NodeErrorCode {
  /** The code, like `ERR_REQUIRE_ESM`. */
  code: string;
  /** The JavaScript class of the error objects Node makes for it: `Error`, `TypeError`, `RangeError`. */
  class: string;
  /** The message as a template (src/search/templates.ts), arguments as `{arg1}`...; null where Node builds it in code. */
  message: string | null;
  /** The Node versions that know the code, when not every version that was read. */
  versions?: string[];
}

/** content/node-errors.json: Node's error registry as read off real Node binaries by `npm run node:errors-sync`. */
export interface NodeErrorRegistry {
  /** What this file is and how it is made. */
  about: string;
  /** The Node versions read, newest first. */
  nodes: string[];
  codes: NodeErrorCode[];
}

// Runs inside the Node being read. `internal/errors` is Node's own registry: every ERR_* code with its
// class and message. A message that is a format string prints its arguments as given, whatever their type;
// one that Node builds in a function looks at them (a type, a list) and says something else for a number than
// for a string. So each arity is tried with marked strings and with marked numbers, and a message is kept
// only when one arity works and both print the same text around the marks.
const probe = String.raw`
const e = require('internal/errors');
const asText = (i) => '\u0000' + i + '\u0000';
const asNumber = (i) => 9000000 + i;
const out = Object.keys(e.codes).sort().map((code) => {
  const base = Object.getPrototypeOf(e.codes[code].prototype).constructor.name;
  const read = (mark, n) => { try { return e.getMessage(code, Array.from({ length: n }, (_, i) => mark(i + 1)), {}); } catch { return undefined; } };
  const found = [];
  for (let n = 0; n < 6; n++) {
    const text = read(asText, n);
    const number = read(asNumber, n);
    if (text !== undefined || number !== undefined) found.push(text !== undefined && number !== undefined && text.replace(/\u0000(\d+)\u0000/g, (_, i) => String(9000000 + Number(i))) === number ? text : null);
  }
  const message = found.length === 1 || (found.length > 1 && found.every((t) => t === found[0])) ? found[0] : null;
  return { code, class: base, message };
});
process.stdout.write(JSON.stringify({ version: process.versions.node, codes: out }));
`;

/** Turns Node's message with marked arguments into a template: `{arg1}` for each, literal braces doubled. */
function toTemplate(message: string): string {
  return message.replace(/[{}]/g, (b) => b + b).replace(/\u0000(\d+)\u0000/g, (_, n: string) => `{arg${n}}`);
}

/** Reads the error registry of the Node at `node` (a path to its binary). */
export function readNodeErrors(node: string): { version: string; codes: NodeErrorCode[] } {
  const raw = execFileSync(node, ['--expose-internals', '-e', probe], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  const read = JSON.parse(raw) as { version: string; codes: { code: string; class: string; message: string | null }[] };
  return { version: read.version, codes: read.codes.map((c) => ({ ...c, message: c.message === null ? null : toTemplate(c.message) })) };
}

/** The registry file for the Nodes at `nodes`, newest first; a code some of them lack lists the versions that have it. */
export function buildRegistry(nodes: readonly string[]): NodeErrorRegistry {
  const reads = nodes.map(readNodeErrors).sort((a, b) => b.version.localeCompare(a.version, undefined, { numeric: true }));
  const versions = reads.map((r) => r.version);
  const byCode = new Map<string, NodeErrorCode>();
  for (const r of reads) {
    for (const c of r.codes) {
      const known = byCode.get(c.code);
      if (known) known.versions!.push(r.version);
      else byCode.set(c.code, { ...c, versions: [r.version] });
    }
  }
  const codes = [...byCode.values()]
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map(({ versions: seen, ...c }) => (seen!.length === versions.length ? c : { ...c, versions: seen! }));
  return {
    about: "Node.js's own error registry (lib/internal/errors.js), read from each Node binary with --expose-internals by `npm run node:errors-sync`; never edit by hand.",
    nodes: versions,
    codes,
  };
}
