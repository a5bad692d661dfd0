import type { PasteReader } from '../reading.ts';
import { readMessageLine, type Sign } from './shared.ts';

/** A shell and the core tools: `bash: ./run.sh: Permission denied`, `rm: cannot remove 'x': Directory not empty`. */
const signs: Sign[] = [
  [/^(?:-?bash|sh|zsh|dash|ksh)(?:: line \d{1,7})?: /m, 8, "a shell's error line"],
  // A script's own error line: `./install.sh: line 404: ...`, the word "line" in the system's language.
  [/^[\w./~-]{1,200}\.(?:sh|bash): \S{1,20} \d{1,7}: /m, 8, "a shell script's error line"],
  [/^(?:sudo )?(?:rm|cp|mv|mkdir|rmdir|ln|cat|ls|touch|chmod|chown|tar|rsync|scp|cd|dd|mount|umount|install|tee|find|du|df): /m, 8, 'a core tool'],
  [/\bcannot (?:remove|create|access|stat|open|move|copy|overwrite|make directory|create (?:regular file|directory|symbolic link))\b/, 2, "the core tools' wording"],
];

export const shell: PasteReader = {
  language: 'shell',
  read: (text, lines) => readMessageLine(text, lines, signs, /^(?:-?bash|sh|zsh|[a-z]{2,8}): /),
};
