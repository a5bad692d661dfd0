import type { PasteReader } from '../reading.ts';
import { readMessageLine, type Sign } from './shared.ts';

/** git: `fatal: read error: Connection reset by peer`, `fatal: unable to access 'https://...': ...`. */
const signs: Sign[] = [
  [/^(?:fatal|error): (?:unable to access '|read error|the remote end hung up|Could not read from remote repository|early EOF|RPC failed|unable to (?:write|create|unlink|read))/m, 10, "git's fatal line"],
  [/^(?:fatal|error): /m, 2, 'a fatal line'],
  [/\bgit (?:clone|push|pull|fetch|remote)\b|\.git\b|^remote: /m, 3, 'a git command'],
];

export const git: PasteReader = {
  language: 'git',
  // git reports a failed name lookup in curl's words.
  phrases: [['could not resolve host', 'EAI_NONAME']],
  read: (text, lines) => readMessageLine(text, lines, signs, /^(?:fatal|error): /),
};
