// `npm run validate`: checks every entry, the errno table and the errno hubs' other-language data, and
// prints every problem at once; exits 1 if there are any.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { languagesFile, loadErrnoLanguages } from '../src/errno/load-errno-languages.ts';
import { formatProblems } from '../src/validation/problem.ts';
import { validateCatalogue } from '../src/validation/validate-catalogue.ts';

const root = process.argv[2] ?? process.cwd();
const { problems: entryProblems, entries } = await validateCatalogue(root);
// The other-language table, its programs, their captures and the translations (src/errno/load-errno-languages.ts).
// A root without the errno table (a test fixture) has none of it to check.
const linuxFile = path.join(root, 'content/errno/linux.json');
const linux = existsSync(linuxFile) ? (JSON.parse(readFileSync(linuxFile, 'utf8')) as { symbols: { symbol: string }[] }) : undefined;
const languages = linux && existsSync(path.join(root, languagesFile)) ? loadErrnoLanguages(root, { errnoSymbols: new Set(linux.symbols.map((s) => s.symbol)) }) : { problems: [], data: undefined };
const problems = [...entryProblems, ...languages.problems];
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(`validate: ${entries.length} entries and ${languages.data?.programs.length ?? 0} errno programs, no problems.`);
