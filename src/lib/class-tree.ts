import type { CollectionEntry } from 'astro:content';
import { kindOf } from '../schema/entry-path.ts';

type Entry = CollectionEntry<'errors'>;

/** A class and its subclasses, as drawn on /python/hierarchy/. */
export interface ClassNode {
  /** The class name, qualified outside builtins. */
  title: string;
  /** Its entry; absent for a class known only from another entry's `mro` (no page yet). */
  entry?: Entry;
  children: ClassNode[];
  /** For the root of a library's tree: the class outside the library it derives from (`OSError`). */
  base?: string;
}

/** One tree of the hierarchy page: Python's own classes, or one library's. */
export interface ClassForest {
  /** `builtins` for Python's built-in and standard-library classes, else the distribution name. */
  package: string;
  /** The version of the package the entries were written against, where one is given. */
  packageVersion?: string;
  roots: ClassNode[];
}

const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title);
const topModule = (name: string) => (name.includes('.') ? name.slice(0, name.indexOf('.')) : '');

/** The active class entries of a language. */
export const classEntries = (entries: readonly Entry[], language: string) =>
  entries.filter((e) => e.data.language === language && e.data.status === 'active' && kindOf(e.data) === 'class');

/**
 * Builds a tree over `members` (class entries) and the classes their `mro` names that `inTree` accepts
 * (drawn without a link until they have a page). A node's parent is its entry's `parent`, or for a class
 * known only from an mro the class after it there; a node whose parent is outside the tree is a root,
 * with that parent as its `base`.
 */
function buildTree(members: readonly Entry[], inTree: (name: string) => boolean): ClassNode[] {
  const parentOf = new Map<string, string | undefined>();
  const entryOf = new Map<string, Entry>();
  for (const e of members) {
    entryOf.set(e.data.title, e);
    parentOf.set(e.data.title, e.data.parent);
  }
  for (const e of members) {
    const mro = e.data.mro ?? [];
    mro.forEach((name, i) => {
      if (!parentOf.has(name) && inTree(name)) parentOf.set(name, mro[i + 1]);
    });
  }
  const nodes = new Map<string, ClassNode>();
  for (const title of parentOf.keys()) {
    const entry = entryOf.get(title);
    nodes.set(title, entry ? { title, entry, children: [] } : { title, children: [] });
  }
  const roots: ClassNode[] = [];
  for (const [title, parent] of parentOf) {
    const node = nodes.get(title)!;
    const up = parent !== undefined ? nodes.get(parent) : undefined;
    if (up && up !== node) up.children.push(node);
    else roots.push(parent !== undefined ? Object.assign(node, { base: parent }) : node);
  }
  const sortDeep = (list: ClassNode[]) => {
    list.sort(byTitle);
    for (const n of list) sortDeep(n.children);
    return list;
  };
  return sortDeep(roots);
}

/**
 * The class trees of a language: for Python, one tree of the built-in and standard-library classes
 * (a standard-library class sits under its built-in base), then one tree per library package.
 */
export function classForests(entries: readonly Entry[], language = 'python'): ClassForest[] {
  const own = classEntries(entries, language);
  const library = (e: Entry) => e.data.package !== undefined && e.data.package !== 'stdlib';
  const packages = [...new Set(own.filter(library).map((e) => e.data.package!))].sort();
  const tops = new Map(packages.map((p) => [p, new Set(own.filter((e) => e.data.package === p).map((e) => topModule(e.data.title)))]));
  const libraryTops = new Set([...tops.values()].flatMap((s) => [...s]));
  const forests: ClassForest[] = [{ package: 'builtins', roots: buildTree(own.filter((e) => !library(e)), (name) => !libraryTops.has(topModule(name))) }];
  for (const p of packages) {
    const members = own.filter((e) => e.data.package === p);
    const version = members.find((e) => e.data.packageVersion)?.data.packageVersion;
    forests.push({ package: p, ...(version ? { packageVersion: version } : {}), roots: buildTree(members, (name) => tops.get(p)!.has(topModule(name))) });
  }
  return forests;
}

/** Builds the class tree of one language's own classes (for Python, the built-in and standard-library ones). */
export function classTree(entries: readonly Entry[], language = 'python'): ClassNode[] {
  return classForests(entries, language)[0]!.roots;
}

/**
 * The chain of base classes from the root down to (not including) the entry: the entry's `mro` where it
 * has one (in reverse), else its parents as far as the catalogue knows them.
 */
export function ancestry(entry: Entry, entries: readonly Entry[]): { title: string; entry?: Entry }[] {
  const titles = new Map(classEntries(entries, entry.data.language).map((e) => [e.data.title, e]));
  const at = (title: string) => (titles.has(title) ? { title, entry: titles.get(title)! } : { title });
  if (entry.data.mro) return [...entry.data.mro].reverse().map(at);
  const chain: { title: string; entry?: Entry }[] = [];
  for (let p = entry.data.parent; p && !chain.some((c) => c.title === p); p = titles.get(p)?.data.parent) chain.unshift(at(p));
  return chain;
}

/** Direct subclasses of an entry in the catalogue. */
export function subclasses(entry: Entry, entries: readonly Entry[]): Entry[] {
  return classEntries(entries, entry.data.language)
    .filter((e) => e.data.parent === entry.data.title)
    .sort((a, b) => a.data.title.localeCompare(b.data.title));
}

/** The message pages of a class entry, in file order. */
export function messagesOf(entry: Entry, entries: readonly Entry[]): Entry[] {
  return entries
    .filter((e) => e.data.language === entry.data.language && e.data.status === 'active' && kindOf(e.data) === 'message' && e.data.class === entry.data.title)
    .sort((a, b) => a.id.localeCompare(b.id));
}
