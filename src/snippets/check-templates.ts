import type { EntryData, Template } from '../schema/entry.ts';
import { compileTemplate, type CompiledTemplate } from '../search/templates.ts';
import { inVersionRange, parseVersionRange, type VersionRange } from '../lib/version-range.ts';
import type { SnippetSnapshot } from '../lib/snapshot-format.ts';

/** One captured run, as the runner records it: the part, the declaration, the runtime label and the output. */
export type Capture = Pick<SnippetSnapshot, 'part' | 'expect' | 'runtime' | 'output'>;

/** Something wrong between an entry's templates and what its reproductions printed. */
export interface TemplateCheckProblem {
  /** The template at fault, when there is one: its index in `templates`. */
  template?: number;
  message: string;
}

/** The engine and version in a runtime label: `CPython 3.11.7 · Linux x86_64` is cpython 3.11.7. */
export function engineOf(label: string): { engine: string; version: string } | undefined {
  const m = /\b(CPython|PyPy|Node\.js)\s+v?(\d+(?:\.\d+){0,2})/.exec(label);
  if (!m) return undefined;
  return { engine: m[1] === 'Node.js' ? 'node' : m[1]!.toLowerCase(), version: m[2]! };
}

interface Ready {
  index: number;
  template: Template;
  engine: string;
  compiled: CompiledTemplate;
  range: VersionRange;
}

const lastLine = (output: string) => output.trimEnd().split('\n').at(-1)?.trim() ?? '';
const describe = (r: Ready) => `templates[${r.index}] (${JSON.stringify(r.template.text)}, versions ${r.template.versions}${r.engine === 'cpython' || r.engine === 'node' ? '' : ` of ${r.engine}`})`;

/**
 * Checks an entry's templates against its reproductions' captured output, one capture per runtime it ran
 * on: every capture prints one of the templates, and one that claims that runtime's version; every template
 * not marked `sourced` is printed by some capture on a version it claims. Templates the validator rejects
 * are skipped (it reports them). `language` gives the engine of templates that name none.
 */
export function checkTemplates(templates: readonly Template[], captures: readonly Capture[], language: string): TemplateCheckProblem[] {
  const problems: TemplateCheckProblem[] = [];
  const fallback = language === 'python' ? 'cpython' : 'node';
  const ready: Ready[] = [];
  templates.forEach((template, index) => {
    const range = parseVersionRange(template.versions);
    if (typeof range === 'string') return;
    try {
      ready.push({ index, template, engine: template.engine ?? fallback, compiled: compileTemplate(template.text), range });
    } catch {
      // malformed: the validator says why
    }
  });
  if (ready.length === 0) return problems;
  const runs = captures.filter((c) => c.part === 'reproduce' && !c.expect.startsWith('norun'));
  if (runs.length === 0) {
    return [{ message: 'no reproduction was captured, so nothing shows the templates are what the runtime prints; add a reproduction that runs' }];
  }
  const printedBy = new Map<number, string[]>();
  for (const run of runs) {
    const at = engineOf(run.runtime);
    if (!at) {
      problems.push({ message: `cannot tell the engine and version from the runtime label ${JSON.stringify(run.runtime)}` });
      continue;
    }
    const lines = run.output.split('\n').map((l) => l.slice(0, 4000));
    const matched = ready.filter((r) => lines.some((line) => new RegExp(r.compiled.source).test(line)));
    const claims = (r: Ready) => r.engine === at.engine && inVersionRange(at.version, r.range);
    for (const r of matched.filter(claims)) printedBy.set(r.index, [...(printedBy.get(r.index) ?? []), run.runtime]);
    if (matched.length === 0) {
      problems.push({ message: `the reproduction captured on ${run.runtime} prints none of the templates; its last line is ${JSON.stringify(lastLine(run.output))}. Fix the template, or the reproduction` });
      continue;
    }
    if (matched.some(claims)) continue;
    const claimants = ready.filter((r) => !r.template.sourced && claims(r));
    const printed = matched.map(describe).join(' and ');
    if (claimants.length === 0) {
      problems.push({ template: matched[0]!.index, message: `on ${run.runtime} the reproduction prints ${printed}, but no template claims ${at.engine} ${at.version}; widen that template's versions` });
    } else {
      for (const r of claimants) problems.push({ template: r.index, message: `${describe(r)} claims ${at.engine} ${at.version}, but the reproduction captured on ${run.runtime} prints another wording, ${printed}; fix the versions of one of them` });
    }
  }
  for (const r of ready) {
    if (r.template.sourced || printedBy.has(r.index)) continue;
    const ran = [...new Set(runs.map((c) => c.runtime))].join('; ');
    problems.push({
      template: r.index,
      message: `${describe(r)} is printed by no captured reproduction on the versions it claims (captured on ${ran}); run the reproduction on such a version, or, if none runs here, mark it sourced: true with its source`,
    });
  }
  return problems;
}

/** Every run a snapshot holds as a capture: the primary one and each other version that ran as declared. */
export function capturesOf(snapshots: readonly SnippetSnapshot[]): Capture[] {
  return snapshots.flatMap((s) => [
    { part: s.part, expect: s.expect, runtime: s.runtime, output: s.output },
    ...(s.versions ?? []).filter((v) => !v.fails).map((v) => ({ part: s.part, expect: s.expect, runtime: v.runtime, output: v.output })),
  ]);
}

/**
 * The template problems of one entry as the runner's failure blocks, from the snapshots this run made of
 * its snippets (empty for entries without templates).
 */
export function templateFailures(entry: { file: string; data: Pick<EntryData, 'templates' | 'language'> }, snapshots: readonly SnippetSnapshot[]): string[] {
  const templates = entry.data.templates ?? [];
  if (templates.length === 0) return [];
  return checkTemplates(templates, capturesOf(snapshots), entry.data.language).map(
    (p) => `${entry.file} (templates${p.template === undefined ? '' : `[${p.template}]`}): ${p.message}.`,
  );
}
