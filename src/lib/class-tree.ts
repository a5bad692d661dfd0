import type { CollectionEntry } from 'astro:content';

type Entry = CollectionEntry<'errors'>;

/** A class and its subclasses, as drawn on /python/hierarchy/. */
export interface ClassNode {
  entry: Entry;
  children: ClassNode[];
}

/** Builds the class tree of one language from the entries' `parent` fields; roots are entries without a parent in the catalogue. */
export function classTree(entries: readonly Entry[], language = 'python'): ClassNode[] {
  const own = entries.filter((e) => e.data.language === language && e.data.status === 'active');
  const titles = new Set(own.map((e) => e.data.title));
  const build = (entry: Entry): ClassNode => ({
    entry,
    children: own
      .filter((e) => e.data.parent === entry.data.title)
      .sort((a, b) => a.data.title.localeCompare(b.data.title))
      .map(build),
  });
  return own
    .filter((e) => !e.data.parent || !titles.has(e.data.parent))
    .sort((a, b) => a.data.title.localeCompare(b.data.title))
    .map(build);
}

/** The chain of base classes from the root down to (not including) the entry, as far as the catalogue knows them. */
export function ancestry(entry: Entry, entries: readonly Entry[]): { title: string; entry?: Entry }[] {
  const byTitle = new Map(entries.filter((e) => e.data.language === entry.data.language).map((e) => [e.data.title, e]));
  const chain: { title: string; entry?: Entry }[] = [];
  for (let p = entry.data.parent; p && !chain.some((c) => c.title === p); p = byTitle.get(p)?.data.parent) {
    const found = byTitle.get(p);
    chain.unshift(found ? { title: p, entry: found } : { title: p });
  }
  return chain;
}

/** Direct subclasses of an entry in the catalogue. */
export function subclasses(entry: Entry, entries: readonly Entry[]): Entry[] {
  return entries
    .filter((e) => e.data.language === entry.data.language && e.data.parent === entry.data.title)
    .sort((a, b) => a.data.title.localeCompare(b.data.title));
}
