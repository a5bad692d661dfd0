import type { CollectionEntry } from 'astro:content';
import { isQualified, kindOf } from '../schema/entry-path.ts';
import { entryUrl } from './site.ts';

type Entry = CollectionEntry<'errors'>;

/** One group of a language index: a heading and the entries under it. */
export interface IndexGroup {
  /** The heading's id, stable for a given group. */
  id: string;
  /** The heading: words, then a name set in code (linked when it has a page), then more words. */
  label: string;
  code?: string;
  href?: string;
  suffix?: string;
  entries: Entry[];
}

const byTitle = (a: Entry, b: Entry) => a.data.title.localeCompare(b.data.title);
const slug = (s: string) => s.replace(/[^A-Za-z0-9_.-]+/g, '-');

/** Groups `list` by `key`, in key order, each group's entries by title. */
function groupBy(list: readonly Entry[], key: (e: Entry) => string): [string, Entry[]][] {
  const groups = new Map<string, Entry[]>();
  for (const e of [...list].sort(byTitle)) groups.set(key(e), [...(groups.get(key(e)) ?? []), e]);
  return [...groups].sort(([a], [b]) => a.localeCompare(b));
}

/** Groups of classes by the class they derive from, linked to it where it has an entry. */
function byParent(classes: readonly Entry[], all: readonly Entry[]): IndexGroup[] {
  const titles = new Map(all.filter((e) => e.data.language === classes[0]?.data.language && kindOf(e.data) === 'class').map((e) => [e.data.title, e]));
  return groupBy(classes, (e) => e.data.parent ?? '').map(([parent, entries]) => {
    const page = titles.get(parent);
    return parent === ''
      ? { id: 'group-root', label: 'Root classes', entries }
      : { id: `group-${slug(parent)}`, label: 'Subclasses of', code: parent, ...(page ? { href: entryUrl(page.id) } : {}), entries };
  });
}

/**
 * The groups of a language's index page. Message pages are not listed here: they appear under their
 * class (see messagesOf). Python: built-in classes by parent, standard-library classes by module, each
 * library by package and module, tools, fatal errors. JavaScript: classes by parent. Node: system errors,
 * Node's own codes, fatal errors, warnings.
 */
export function indexGroups(language: string, entries: readonly Entry[]): IndexGroup[] {
  const own = entries.filter((e) => e.data.language === language);
  const of = (kind: string) => own.filter((e) => kindOf(e.data) === kind);
  const groups: IndexGroup[] = [];
  if (language === 'node') {
    const codes = of('code');
    const system = codes.filter((e) => e.data.errno.length > 0);
    if (system.length) groups.push({ id: 'group-system', label: 'System errors, with an errno', entries: system.sort(byTitle) });
    const rest = codes.filter((e) => e.data.errno.length === 0);
    if (rest.length) groups.push({ id: 'group-codes', label: "Node's own error codes", entries: rest.sort(byTitle) });
  } else {
    const classes = of('class');
    groups.push(...byParent(classes.filter((e) => !isQualified(e.data)), entries));
    for (const [module, list] of groupBy(classes.filter((e) => e.data.package === 'stdlib'), (e) => e.data.module ?? '')) {
      groups.push({ id: `module-${slug(module)}`, label: 'Standard library:', code: module, entries: list });
    }
    const libraries = classes.filter((e) => isQualified(e.data) && e.data.package !== 'stdlib');
    for (const [key, list] of groupBy(libraries, (e) => `${e.data.package}\n${e.data.module}`)) {
      const [pkg, module] = key.split('\n') as [string, string];
      const version = list.find((e) => e.data.packageVersion)?.data.packageVersion;
      groups.push({ id: `package-${slug(pkg)}-${slug(module)}`, label: `${pkg}${version ? ` ${version}` : ''}:`, code: module, entries: list });
    }
  }
  for (const [pkg, list] of groupBy(of('tool'), (e) => e.data.package ?? '')) {
    const version = list.find((e) => e.data.packageVersion)?.data.packageVersion;
    groups.push({ id: `tool-${slug(pkg)}`, label: 'Errors of', code: pkg, ...(version ? { suffix: ` ${version}` } : {}), entries: list });
  }
  if (of('fatal').length) groups.push({ id: 'group-fatal', label: 'Fatal errors: the process ends', entries: of('fatal').sort(byTitle) });
  if (of('warning').length) groups.push({ id: 'group-warnings', label: 'Warnings: the program goes on', entries: of('warning').sort(byTitle) });
  return groups;
}
