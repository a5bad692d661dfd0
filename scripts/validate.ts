// `npm run validate`: checks every entry and prints every problem at once; exits 1 if there are any.
import { formatProblems } from '../src/validation/problem.ts';
import { validateCatalogue } from '../src/validation/validate-catalogue.ts';

const root = process.argv[2] ?? process.cwd();
const { problems, entries } = await validateCatalogue(root);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(`validate: ${entries.length} entries, no problems.`);
