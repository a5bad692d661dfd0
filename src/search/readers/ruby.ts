import type { PasteReader } from '../reading.ts';
import { readMessageLine, type Sign } from './shared.ts';

/** Ruby: `Errno::ECONNREFUSED: Failed to open TCP connection ...`, `from app.rb:3:in 'block'`. */
const signs: Sign[] = [
  [/\bErrno::E[A-Z0-9]{2,15}\b/, 10, "Ruby's Errno classes"],
  [/\.rb:\d{1,7}:in [`'‘]|^\s{0,12}from [^\s]{1,300}\.rb:\d{1,7}/m, 8, 'Ruby frames'],
  [/\b(?:gems?|bundler|rake|rails)\b[\\/]/i, 2, 'Ruby gems'],
];

export const ruby: PasteReader = {
  language: 'ruby',
  read: (text, lines) => readMessageLine(text, lines, signs, /Errno::/),
};
