import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import {
  errnoLanguagesSchema,
  errnoTranslationsSchema,
  hubLanguages,
  programCapturesSchema,
  programLanguages,
  requiredLanguages,
  resolverSymbols,
  translationLocales,
  type CapturedLanguageData,
  type DotnetData,
  type ErrnoLanguagesFile,
  type HubLanguageId,
  type ProgramCapturesFile,
  type ProgramLanguageId,
  type TranslationLocale,
} from '../schema/errno-languages.ts';
import type { Problem } from '../validation/problem.ts';
import { errnoDir } from './load-errno-table.ts';

export const languagesFile = `${errnoDir}/languages.yaml`;
export const programsDir = `${errnoDir}/programs`;
export const capturesDir = `${errnoDir}/captures`;
export const translationsFile = `${errnoDir}/translations.json`;

/** How pages name each section, and how its programs are stored and highlighted. */
export const hubLanguageInfo: Record<HubLanguageId, { name: string; extension?: string; highlight?: string }> = {
  go: { name: 'Go', extension: 'go', highlight: 'go' },
  java: { name: 'Java', extension: 'java', highlight: 'java' },
  rust: { name: 'Rust', extension: 'rs', highlight: 'rust' },
  ruby: { name: 'Ruby', extension: 'rb', highlight: 'ruby' },
  dotnet: { name: '.NET' },
  php: { name: 'PHP', extension: 'php', highlight: 'php' },
  curl: { name: 'curl', extension: 'sh', highlight: 'bash' },
  git: { name: 'git', extension: 'sh', highlight: 'bash' },
  ssh: { name: 'ssh', extension: 'sh', highlight: 'bash' },
  psql: { name: 'psql', extension: 'sh', highlight: 'bash' },
};

/** How the translations block names each locale. */
export const localeNames: Record<TranslationLocale, { name: string; lang: string }> = {
  zh_CN: { name: 'Chinese (China)', lang: 'zh-CN' },
  zh_TW: { name: 'Chinese (Taiwan)', lang: 'zh-TW' },
  ja_JP: { name: 'Japanese', lang: 'ja' },
  ko_KR: { name: 'Korean', lang: 'ko' },
  de_DE: { name: 'German', lang: 'de' },
  fr_FR: { name: 'French', lang: 'fr' },
  es_ES: { name: 'Spanish', lang: 'es' },
  it_IT: { name: 'Italian', lang: 'it' },
  pt_BR: { name: 'Portuguese (Brazil)', lang: 'pt-BR' },
  ru_RU: { name: 'Russian', lang: 'ru' },
  tr_TR: { name: 'Turkish', lang: 'tr' },
  pl_PL: { name: 'Polish', lang: 'pl' },
};

/** The program file of one language's reproduction of a symbol, relative to the project root. */
export const programPath = (language: ProgramLanguageId, symbol: string) => `${programsDir}/${language}/${symbol}.${hubLanguageInfo[language].extension}`;

export const capturesPath = (language: ProgramLanguageId) => `${capturesDir}/${language}.json`;

/** A capture is of this program run after this setup: the key changes when either does. */
export function programKey(source: string, setup: string | undefined): string {
  return createHash('sha256').update(`${source}\0${setup?.trim() ?? ''}`).digest('hex').slice(0, 16);
}

/** One program to run: what the snippet runner needs. */
export interface LanguageProgram {
  symbol: string;
  language: ProgramLanguageId;
  file: string;
  source: string;
  setup?: string;
  timeoutMs?: number;
  key: string;
}

export interface CapturedSection {
  kind: 'captured';
  id: ProgramLanguageId;
  name: string;
  /** What the program printed, and the runtime label (`Go 1.19.8 · Linux x86_64`). */
  output: string;
  runtime: string;
  program: LanguageProgram;
  highlight: string;
  catch: string;
  note?: string;
  fix: string;
}

export interface SourcedSection {
  kind: 'sourced';
  id: 'dotnet';
  name: string;
  data: DotnetData;
  sources: { title: string; url: string }[];
}

export type LanguageSection = CapturedSection | SourcedSection;

export interface SymbolLanguages {
  symbol: string;
  /** For the resolver's failures: what it means, and the code Node.js reports. */
  meaning?: string;
  node?: string;
  situation: string;
  setup?: string;
  /** In page order (hubLanguages). */
  sections: LanguageSection[];
}

export interface SymbolTranslations {
  number: number;
  text: string;
  translations: { locale: TranslationLocale; text: string }[];
}

export interface ErrnoLanguages {
  symbols: Map<string, SymbolLanguages>;
  programs: LanguageProgram[];
  translations: Map<string, SymbolTranslations>;
  translationSource: string;
}

const normalise = (code: string) => code.replace(/\s+/g, ' ').trim();

function readChecked<T extends z.ZodType>(root: string, rel: string, schema: T, problems: Problem[]): z.infer<T> | undefined {
  let raw: unknown;
  try {
    const text = readFileSync(path.join(root, rel), 'utf8');
    raw = rel.endsWith('.json') ? JSON.parse(text) : parse(text);
  } catch (error) {
    problems.push({ file: rel, field: 'file', message: `cannot be read: ${error instanceof Error ? error.message : String(error)}` });
    return undefined;
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues) problems.push({ file: rel, field: issue.path.join('.') || 'file', message: issue.message });
  return undefined;
}

export interface LoadOptions {
  /** The errno symbols of the Linux table: every symbol here must be one of them or a resolver failure. */
  errnoSymbols: ReadonlySet<string>;
  /** Skip the checks of the captures (the snippet runner records them). */
  withoutCaptures?: boolean;
}

/** Every program the table names, read from disk, with problems for the ones missing or wrong. */
function readPrograms(root: string, file: ErrnoLanguagesFile, problems: Problem[]): LanguageProgram[] {
  const programs: LanguageProgram[] = [];
  for (const [symbol, entry] of Object.entries(file.symbols)) {
    for (const language of programLanguages) {
      const data = entry[language] as CapturedLanguageData | undefined;
      if (!data) continue;
      const rel = programPath(language, symbol);
      if (!existsSync(path.join(root, rel))) {
        problems.push({ file: languagesFile, field: `symbols.${symbol}.${language}`, message: `has no program: write ${rel}, a small program that triggers ${symbol} and exits 0 only when its catch test holds` });
        continue;
      }
      const source = readFileSync(path.join(root, rel), 'utf8');
      const code = normalise(source);
      for (const line of data.catch.split('\n').filter((l) => l.trim())) {
        if (!code.includes(normalise(line))) {
          problems.push({ file: languagesFile, field: `symbols.${symbol}.${language}.catch`, message: `${JSON.stringify(line.trim())} does not appear in ${rel}: the test shown must be the one the program runs` });
        }
      }
      const setup = data.setup ?? entry.setup;
      programs.push({ symbol, language, file: rel, source, ...(setup ? { setup } : {}), ...(entry.timeoutMs ? { timeoutMs: entry.timeoutMs } : {}), key: programKey(source, setup) });
    }
  }
  // A program file the table does not name is never run, so its output would be nowhere.
  for (const language of programLanguages) {
    const dir = path.join(root, programsDir, language);
    if (!existsSync(dir)) continue;
    const ext = `.${hubLanguageInfo[language].extension}`;
    for (const name of readdirSync(dir)) {
      const symbol = name.endsWith(ext) ? name.slice(0, -ext.length) : name;
      if (!name.endsWith(ext) || !file.symbols[symbol]?.[language]) {
        problems.push({ file: `${programsDir}/${language}/${name}`, field: 'file', message: `is not named in ${languagesFile} (symbols.${symbol}.${language}); add the entry or remove the file` });
      }
    }
  }
  return programs;
}

/** Loads the table, the programs, their captures and the translations, with every problem found. */
export function loadErrnoLanguages(root: string, options: LoadOptions): { data?: ErrnoLanguages; problems: Problem[] } {
  const problems: Problem[] = [];
  const file = readChecked(root, languagesFile, errnoLanguagesSchema, problems);
  const translationsData = readChecked(root, translationsFile, errnoTranslationsSchema, problems);
  if (!file) return { problems };
  const allowed = new Set([...options.errnoSymbols, ...resolverSymbols]);
  for (const symbol of Object.keys(file.symbols)) {
    if (!allowed.has(symbol)) problems.push({ file: languagesFile, field: `symbols.${symbol}`, message: `is neither an errno symbol of content/errno/linux.json nor one of ${resolverSymbols.join(', ')}` });
    for (const language of requiredLanguages) if (!file.symbols[symbol]![language]) problems.push({ file: languagesFile, field: `symbols.${symbol}.${language}`, message: 'missing; every symbol needs a captured program in Go, Java, Rust, Ruby and PHP' });
    const isResolver = (resolverSymbols as readonly string[]).includes(symbol);
    for (const field of ['meaning', 'node'] as const) {
      if (isResolver && !file.symbols[symbol]![field]) problems.push({ file: languagesFile, field: `symbols.${symbol}.${field}`, message: `missing; a resolver failure's hub needs it (errno symbols take theirs from the errno table)` });
      if (!isResolver && file.symbols[symbol]![field]) problems.push({ file: languagesFile, field: `symbols.${symbol}.${field}`, message: `only for ${resolverSymbols.join(' and ')}: an errno symbol's comes from the errno table` });
    }
    const dotnet = file.symbols[symbol]!.dotnet;
    for (const [i, key] of (dotnet?.sources ?? []).entries()) {
      if (!file.sources[key]) problems.push({ file: languagesFile, field: `symbols.${symbol}.dotnet.sources.${i}`, message: `${key} is not a key of sources` });
    }
  }
  const programs = readPrograms(root, file, problems);

  const captures = new Map<ProgramLanguageId, ProgramCapturesFile>();
  if (!options.withoutCaptures) {
    for (const language of programLanguages) {
      const rel = capturesPath(language);
      const mine = programs.filter((p) => p.language === language);
      if (!existsSync(path.join(root, rel))) {
        if (mine.length) problems.push({ file: rel, field: 'file', message: `missing: run \`npm run snippets -- --update --filter errno\` to capture the ${mine.length} ${hubLanguageInfo[language].name} program(s)` });
        continue;
      }
      const read = readChecked(root, rel, programCapturesSchema, problems);
      if (!read) continue;
      if (read.language !== language) problems.push({ file: rel, field: 'language', message: `is ${read.language}, expected ${language}` });
      captures.set(language, read);
      for (const p of mine) {
        const c = read.captures[p.symbol];
        if (!c) problems.push({ file: rel, field: `captures.${p.symbol}`, message: `missing: ${p.file} has never been captured; run \`npm run snippets -- --update --filter errno\`` });
        else if (c.key !== p.key) problems.push({ file: rel, field: `captures.${p.symbol}`, message: `is stale: ${p.file} or its setup changed since it was captured; run \`npm run snippets -- --update --filter errno\`` });
      }
      for (const symbol of Object.keys(read.captures)) {
        if (!mine.some((p) => p.symbol === symbol)) problems.push({ file: rel, field: `captures.${symbol}`, message: 'belongs to no program; run `npm run snippets -- --update --filter errno` to drop it' });
      }
    }
  }

  const translations = new Map<string, SymbolTranslations>();
  if (translationsData) {
    for (const [symbol, t] of Object.entries(translationsData.symbols)) {
      translations.set(symbol, { number: t.number, text: t.text, translations: translationLocales.filter((l) => t.translations[l] !== undefined).map((l) => ({ locale: l, text: t.translations[l]! })) });
    }
    for (const symbol of allowed) {
      if (!translationsData.symbols[symbol]) problems.push({ file: translationsFile, field: `symbols.${symbol}`, message: 'missing; run `npm run errno:sync`' });
    }
    const locales = new Set(translationsData.locales);
    for (const l of translationLocales) if (!locales.has(l)) problems.push({ file: translationsFile, field: 'locales', message: `lacks ${l}; run \`npm run errno:sync\`` });
  }

  const symbols = new Map<string, SymbolLanguages>();
  for (const [symbol, entry] of Object.entries(file.symbols)) {
    const sections: LanguageSection[] = [];
    for (const id of hubLanguages) {
      if (id === 'dotnet') {
        if (entry.dotnet) sections.push({ kind: 'sourced', id, name: hubLanguageInfo.dotnet.name, data: entry.dotnet, sources: entry.dotnet.sources.flatMap((k) => (file.sources[k] ? [file.sources[k]!] : [])) });
        continue;
      }
      const data = entry[id] as CapturedLanguageData | undefined;
      const program = programs.find((p) => p.symbol === symbol && p.language === id);
      if (!data || !program) continue;
      const capture = captures.get(id);
      const c = capture?.captures[symbol];
      sections.push({
        kind: 'captured',
        id,
        name: hubLanguageInfo[id].name,
        output: c?.key === program.key ? c.output : '',
        runtime: capture?.runtime ?? '',
        program,
        highlight: hubLanguageInfo[id].highlight!,
        catch: data.catch,
        ...(data.note ? { note: data.note } : {}),
        fix: data.fix,
      });
    }
    symbols.set(symbol, { symbol, ...(entry.meaning ? { meaning: entry.meaning } : {}), ...(entry.node ? { node: entry.node } : {}), situation: entry.situation, ...(entry.setup ? { setup: entry.setup } : {}), sections });
  }
  return { data: { symbols, programs, translations, translationSource: translationsData?.source ?? '' }, problems };
}

let cached: ErrnoLanguages | undefined;

/** The hubs' other-language data for pages and tools; throws with every problem if it is broken. */
export function errnoLanguages(root = process.cwd()): ErrnoLanguages {
  if (cached) return cached;
  const linux = JSON.parse(readFileSync(path.join(root, errnoDir, 'linux.json'), 'utf8')) as { symbols: { symbol: string }[] };
  const { data, problems } = loadErrnoLanguages(root, { errnoSymbols: new Set(linux.symbols.map((s) => s.symbol)) });
  if (!data || problems.length > 0) throw new Error(`The errno hubs' language data has problems:\n${problems.map((p) => `${p.file} ${p.field}: ${p.message}`).join('\n')}`);
  cached = data;
  return data;
}
