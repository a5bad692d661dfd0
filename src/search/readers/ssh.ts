import type { PasteReader } from '../reading.ts';
import { readMessageLine, type Sign } from './shared.ts';

/** ssh: `ssh: connect to host github.com port 22: Connection refused` (also under git over ssh). */
const signs: Sign[] = [
  [/^ssh: (?:connect to host |Could not resolve hostname )/m, 14, "ssh's connect line"],
  [/^kex_exchange_identification: |^Connection (?:closed|reset) by [\d.:a-f]{3,60} port \d|^client_loop: send disconnect|^packet_write_wait: /m, 10, "ssh's connection lines"],
];

export const ssh: PasteReader = {
  language: 'ssh',
  // ssh's own line, and macOS's text for EAI_NONAME (its gai_strerror) that follows it there.
  phrases: [['could not resolve hostname', 'EAI_NONAME'], ['nodename nor servname provided', 'EAI_NONAME']],
  read: (text, lines) => readMessageLine(text, lines, signs, /^ssh: |^kex_exchange_identification|^Connection (?:closed|reset) by|^client_loop|^packet_write_wait/),
};
