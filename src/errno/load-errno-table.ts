import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { errnoBriefsSchema, errnoMeaningsSchema, errnoPlatformsSchema, linuxErrnoSchema } from '../schema/errno.ts';
import type { Problem } from '../validation/problem.ts';
import { readContentFile } from '../validation/read-content-file.ts';
import { buildErrnoTable, indexNumbers, type ErrnoRow, type NumberMeaning } from './errno-table.ts';

export const errnoDir = 'content/errno';

export interface ErrnoTable {
  rows: ErrnoRow[];
  bySymbol: Map<string, ErrnoRow>;
  numbers: Map<number, NumberMeaning[]>;
  sources: z.infer<typeof errnoPlatformsSchema>['sources'];
  /** Where the Linux columns were read from. */
  linuxSource: string;
}

/** Reads and checks one errno data file, turning every schema issue into a Problem. */
function readChecked<T extends z.ZodType>(root: string, file: string, schema: T, problems: Problem[]): z.infer<T> | undefined {
  const rel = `${errnoDir}/${file}`;
  let raw: unknown;
  const read = readContentFile(root, rel);
  if (read.text === undefined) {
    problems.push(...read.problems);
    return undefined;
  }
  try {
    const text = read.text;
    raw = file.endsWith('.json') ? JSON.parse(text) : parse(text);
  } catch (error) {
    problems.push({ file: rel, field: 'file', message: `cannot be read: ${error instanceof Error ? error.message : String(error)}` });
    return undefined;
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues) problems.push({ file: rel, field: issue.path.join('.') || 'file', message: issue.message });
  return undefined;
}

/** Loads the errno table from `<root>/content/errno`, with every problem in its files. */
export function loadErrnoTable(root: string): { table?: ErrnoTable; problems: Problem[] } {
  const problems: Problem[] = [];
  const linux = readChecked(root, 'linux.json', linuxErrnoSchema, problems);
  const platforms = readChecked(root, 'platforms.yaml', errnoPlatformsSchema, problems);
  const meanings = readChecked(root, 'meanings.yaml', errnoMeaningsSchema, problems);
  const briefs = readChecked(root, 'briefs.yaml', errnoBriefsSchema, problems);
  if (!linux || !platforms || !meanings || !briefs) return { problems };
  const symbols = new Set(linux.symbols.map((s) => s.symbol));
  for (const s of symbols) if (!meanings[s]) problems.push({ file: `${errnoDir}/meanings.yaml`, field: s, message: 'missing; every symbol needs a one-line meaning' });
  for (const s of Object.keys(meanings)) if (!symbols.has(s)) problems.push({ file: `${errnoDir}/meanings.yaml`, field: s, message: 'is not an errno symbol python3 knows on Linux (see linux.json)' });
  for (const s of Object.keys(briefs)) if (!symbols.has(s)) problems.push({ file: `${errnoDir}/briefs.yaml`, field: s, message: 'is not an errno symbol python3 knows on Linux (see linux.json)' });
  const rows = buildErrnoTable(linux, platforms, meanings, briefs);
  return {
    table: { rows, bySymbol: new Map(rows.flatMap((r) => [r.symbol, ...r.aliases].map((n) => [n, r]))), numbers: indexNumbers(rows, platforms), sources: platforms.sources, linuxSource: linux.source },
    problems,
  };
}

let cached: ErrnoTable | undefined;

/** The project's errno table for pages and tools; throws with every problem if the data is broken. */
export function errnoTable(root = process.cwd()): ErrnoTable {
  if (cached) return cached;
  const { table, problems } = loadErrnoTable(root);
  if (!table || problems.length > 0) throw new Error(`The errno table has problems:\n${problems.map((p) => `${p.file} ${p.field}: ${p.message}`).join('\n')}`);
  cached = table;
  return table;
}
