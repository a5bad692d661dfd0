import type { ErrorMention, PasteReader, ReaderResult } from '../reading.ts';
import { errnoIn, scoreSigns, type Sign } from './shared.ts';

/** Java: `java.net.SocketException: Connection reset`, with `Caused by:` chains and `at a.b(C.java:1)` frames. */
const signs: Sign[] = [
  [/\bjava\.(?:net|io|nio|lang|util)\.[\w.]{1,100}(?:Exception|Error)\b/, 8, "Java's exception classes"],
  [/^\s{1,12}at [\w$.]{1,300}\([\w$]{1,100}\.(?:java|kt|scala):\d{1,7}\)/m, 8, 'Java stack frames'],
  [/^Caused by: [\w$.]{1,300}(?:Exception|Error)/m, 6, 'a Java cause chain'],
  [/^Exception in thread "/m, 8, 'a Java uncaught exception'],
];
const exceptionLine = /^(?:Caused by: |Exception in thread "[^"\n]{0,200}" )?((?:[a-z]\w{0,60}\.){1,10}[A-Z][\w$]{0,100}(?:Exception|Error))(?::\s?(.{0,2000}))?$/;

export const java: PasteReader = {
  language: 'java',
  // Java words a few failures its own way; the rest are the system's message.
  phrases: [['connection reset', 'ECONNRESET'], ['read timed out', 'ETIMEDOUT'], ['connect timed out', 'ETIMEDOUT'], ['noroutetohostexception', 'EHOSTUNREACH'], ['bindexception', 'EADDRINUSE']],
  read(text, lines): ReaderResult {
    const { score, evidence } = scoreSigns(signs, text);
    if (score === 0) return { score, evidence, causes: [] };
    const found: ErrorMention[] = [];
    for (const line of lines) {
      const m = exceptionLine.exec(line.trim());
      if (!m) continue;
      const mention: ErrorMention = { name: m[1]!, message: m[2] ?? '' };
      const errno = errnoIn(mention.message!);
      if (errno) mention.errno = errno;
      found.push(mention);
    }
    // Java prints the outermost exception first and its causes after, the root cause last.
    const [final, ...causes] = found;
    return { score, evidence, causes: causes.reverse(), ...(final ? { final } : {}) };
  },
};
