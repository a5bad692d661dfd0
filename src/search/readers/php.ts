import type { PasteReader } from '../reading.ts';
import { readMessageLine, type Sign } from './shared.ts';

/** PHP: `PHP Warning: fopen(x): Failed to open stream: No such file or directory`, `SQLSTATE[HY000] [2002]`. */
const signs: Sign[] = [
  [/\bPHP (?:Warning|Fatal error|Notice|Parse error)\b|^(?:Warning|Fatal error): .{1,500} in .{1,300}\.php on line \d/m, 10, "PHP's error reports"],
  [/\bSQLSTATE\[[0-9A-Z]{5}\]/, 8, 'a PDO error'],
  [/\.php(?::\d{1,7}| on line \d{1,7})\b|\bPDOException\b|\b(?:fsockopen|stream_socket_client|file_get_contents|fopen|mysqli_connect|curl_exec)\(\)/, 6, 'PHP file and function names'],
  [/[Ff]ailed to open stream/, 4, "PHP's stream wording"],
];

export const php: PasteReader = {
  language: 'php',
  read: (text, lines) => readMessageLine(text, lines, signs, /SQLSTATE|[Ff]ailed to open stream|Warning|Fatal error|Exception/),
};
