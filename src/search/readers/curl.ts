import type { PasteReader } from '../reading.ts';
import { readMessageLine, type Sign } from './shared.ts';

/** curl: `curl: (7) Failed to connect to localhost port 80 after 0 ms: Connection refused`. */
const signs: Sign[] = [[/(?:^|[\s\d：:，,])curl: \(\d{1,3}\) /m, 12, "curl's exit code line"]];

export const curl: PasteReader = {
  language: 'curl',
  // curl's own wordings (lib/strerror.c and the messages beside each CURLE_ code).
  phrases: [['operation timed out after', 'ETIMEDOUT'], ['connection timed out after', 'ETIMEDOUT'], ['could not resolve host', 'EAI_NONAME']],
  read: (text, lines) => readMessageLine(text, lines, signs, /curl: \(\d/),
};
