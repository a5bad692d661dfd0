import type { PasteReader } from '../reading.ts';
import { readMessageLine, type Sign } from './shared.ts';

/** Go: `dial tcp 127.0.0.1:5432: connect: connection refused`, `read tcp a->b: read: connection reset by peer`. */
const signs: Sign[] = [
  [/\b(?:dial|read|write|listen|accept) (?:tcp|udp|unix)[46]? [^\s:]{0,200}/, 8, "Go's net errors"],
  [/: (?:connect|read|write|bind|accept|socket|setsockopt): [a-z]/, 4, "Go's syscall wording"],
  [/\blookup [\w.-]{1,255}(?: on [\d.:\[\]a-f]{3,60})?: (?:no such host|server misbehaving|i\/o timeout|[a-z])/, 6, "Go's resolver"],
  [/^goroutine \d{1,10} \[|^panic: |\.go:\d{1,7}\b/m, 8, 'a Go panic'],
  [/\bi\/o timeout\b/, 4, "Go's timeout wording"],
];

export const go: PasteReader = {
  language: 'go',
  phrases: [['i/o timeout', 'ETIMEDOUT'], ['no such host', 'EAI_NONAME']],
  read: (text, lines) => readMessageLine(text, lines, signs, /: (?:connect|read|write|bind|dial|lookup|open)\b|i\/o timeout|no such host/),
};
