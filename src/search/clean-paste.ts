/**
 * The noise around a paste, removed before any reader looks at it: colour codes, terminal and log prefixes,
 * Markdown, HTML escapes, pytest's and Jupyter's markers, box drawing, and newlines that were lost on the
 * way. Every pattern here is anchored or bounded, so cleaning is linear in the text.
 */

export interface CleanPaste {
  text: string;
  lines: string[];
  /** Kinds of noise removed, in the order found, each once. */
  noise: string[];
}

const entities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: ' ' };

/** `&lt;`, `&#39;`, `&#x27;`: pastes copied from a rendered page or an HTML-escaping tracker. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,5});/gi, (all, name: string) => {
    if (name[0] !== '#') return entities[name.toLowerCase()] ?? all;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : all;
  });
}

// ESC sequences (CSI and OSC), and what is left of them when the ESC byte was lost or drawn: Windows consoles
// show it as `←`, copies from some terminals drop it and keep `[31m`.
const ansi = /\x1b\[[0-9;?]{0,20}[A-Za-z]|\x1b\][^\x07\x1b]{0,200}(?:\x07|\x1b\\)|\u2190\[[0-9;]{0,20}m|\[(?:\d{1,3}(?:;\d{1,3}){0,4})?m(?=\S|$)/g;

/**
 * Prefixes a log, a process manager or a build tool puts before every line. Each is anchored at the line's
 * start and bounded; a line loses at most a few of them (a container name, then a timestamp, then a level).
 */
const prefixes: [kind: string, pattern: RegExp][] = [
  ['log prefixes', /^\d{1,3}\|[\w.@/-]{1,60}\s{0,10}\|\s?/], // pm2: `0|app  | `
  ['log prefixes', /^[\w.@/-]{1,60}(?:[-_]\d{1,3})?\s{1,20}\|\s?/], // docker compose: `api_1  | `
  ['log prefixes', /^#\d{1,4} \d{1,6}(?:\.\d{1,3})? /], // docker build: `#10 18.31 `
  ['log prefixes', /^\[(?!Errno\b|WinError\b|Error\b|cause\]|SSL\b)[\w .:,/@+-]{1,40}\]:? ?/], // `[nodemon] `, `[2018-07-04 20:46:38] `, `[vite] `
  ['timestamps', /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})?(?: [A-Z]{3,4})?[:,]?\s{1,4}/],
  ['timestamps', /^\d{2}:\d{2}:\d{2}(?:[.,]\d{1,6})?\s{1,4}/],
  ['timestamps', /^[A-Z][a-z]{2} {1,2}\d{1,2} \d{2}:\d{2}:\d{2} [\w.-]{1,60} [\w./-]{1,60}(?:\[\d{1,10}\])?: /], // syslog
  ['log levels', /^(?:ERROR|WARN(?:ING)?|INFO|DEBUG|CRITICAL|FATAL|TRACE|NOTICE)(?::[\w.]{0,80}:|\s{0,4}[:|-]\s{0,4}|\s{1,4})/],
  ['log levels', /^level=\w{1,10} msg="?/],
  ['pytest markers', /^E {3,12}(?=\S)/], // pytest indents its E lines by at least three spaces
];

// Rich and similar tracebacks drawn in boxes: the drawing at either end of a line goes, its text stays.
const isDrawing = (c: string) => c === ' ' || (c >= '\u2500' && c <= '\u257f');
function unbox(line: string): string {
  let start = 0;
  let end = line.length;
  while (start < end && isDrawing(line[start]!)) start++;
  while (end > start && isDrawing(line[end - 1]!)) end--;
  return line.slice(start, end);
}
const quote = /^\s{0,3}>\s?/;
const fence = /^\s{0,3}(?:```|~~~)[\w+-]{0,20}\s*$/;

/** Where a paste lost its newlines, the places a new line must have started. */
const lostBreaks = /\s(?=File "[^"\n]{1,500}", line \d)|\s(?=at (?:async )?[\w$.<>\[\] ]{1,200} \()|\s(?=at (?:file|node):)|\s(?=During handling of the above exception)|\s(?=The above exception was the direct cause)|\s(?=Traceback \(most recent call last\))/g;

function noteOnce(noise: string[], kind: string): void {
  if (!noise.includes(kind)) noise.push(kind);
}

/** Cleans a paste for the readers; the text keeps its lines, trimmed at the end, prefixes removed. */
export function cleanPaste(raw: string): CleanPaste {
  const noise: string[] = [];
  let text = raw;
  if (/\r/.test(text)) {
    text = text.replace(/\r\n?/g, '\n');
    noteOnce(noise, 'CRLF');
  }
  if (/&(?:#x?[0-9a-f]{1,6}|lt|gt|amp|quot|apos);/i.test(text)) {
    text = decodeEntities(text);
    noteOnce(noise, 'HTML escapes');
  }
  const withoutAnsi = text.replace(ansi, '');
  if (withoutAnsi !== text) noteOnce(noise, 'colour codes');
  text = withoutAnsi.replace(/\t/g, '    ').replace(/[\u00a0\u200b\ufeff]/g, (c) => (c === '\u00a0' ? ' ' : ''));

  let lines = text.split('\n');
  // A traceback or stack pasted on one line: put the breaks back where its frames and chain markers start.
  // (A single line longer than a traceback ever is, is a log, not a traceback that lost its breaks.)
  if (lines.length === 1 && text.length > 120 && text.length < 20_000 && lostBreaks.test(text)) {
    lostBreaks.lastIndex = 0;
    // Frames were indented; chain markers and headers start their line.
    lines = text.replace(lostBreaks, (_, at: number) => (/^(?:File "|at )/.test(text.slice(at + 1, at + 7)) ? '\n    ' : '\n')).split('\n');
    noteOnce(noise, 'lost newlines');
  }

  const out: string[] = [];
  const quoted = lines.filter((l) => l.trim() !== '').every((l) => quote.test(l));
  for (let line of lines) {
    if (fence.test(line)) {
      noteOnce(noise, 'Markdown');
      continue;
    }
    if (quoted && quote.test(line)) {
      line = line.replace(quote, '');
      noteOnce(noise, 'Markdown');
    }
    if (/[\u2500-\u257f]/.test(line)) {
      const unboxed = unbox(line);
      noteOnce(noise, 'box drawing');
      if (unboxed === '') continue;
      line = unboxed;
    }
    for (let pass = 0; pass < 4; pass++) {
      const found = prefixes.find(([, p]) => p.test(line));
      if (!found) break;
      const rest = line.replace(found[1], '');
      if (rest.trim() === '' && line.trim() !== '') break; // the whole line, not a prefix
      line = rest;
      noteOnce(noise, found[0]);
    }
    // Markdown emphasis and inline code around names: **KeyError**, `ECONNRESET`.
    if (/\*\*|`/.test(line)) {
      line = line.replace(/\*\*|`/g, '');
      noteOnce(noise, 'Markdown');
    }
    // Jupyter's `---> 12 foo()` arrows (its header line is Python's to read).
    if (/^-{1,10}> ?\d/.test(line)) {
      line = line.replace(/^-{1,10}>/, '   ');
      noteOnce(noise, 'Jupyter markers');
    }
    out.push(line.trimEnd());
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  while (out.length > 0 && out[0] === '') out.shift();
  return { text: out.join('\n'), lines: out, noise };
}
