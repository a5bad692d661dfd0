import type { PasteReader } from '../reading.ts';
import { readMessageLine, type Sign } from './shared.ts';

/** PostgreSQL's clients: `psql: error: connection to server at "localhost" (::1), port 5432 failed: Connection refused`. */
const signs: Sign[] = [
  [/^psql: (?:error: )?/m, 12, "psql's error line"],
  [/could not connect to server: |connection to server (?:at|on) .{1,300} failed: |\.s\.PGSQL\.\d{2,5}\b/, 8, "libpq's connection errors"],
  [/Is the server running (?:on|locally)/, 4, "libpq's hint"],
];

export const psql: PasteReader = {
  language: 'psql',
  read: (text, lines) => readMessageLine(text, lines, signs, /could not connect to server|connection to server|^psql: /),
};
