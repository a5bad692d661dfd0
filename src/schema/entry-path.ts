import type { EntryData, Kind, Language } from './entry.ts';

/** The kind of an entry, with the default for entries that leave it out: `code` under node/, `class` elsewhere. */
export function kindOf(data: Pick<EntryData, 'kind' | 'language'>): Kind {
  return data.kind ?? (data.language === 'node' ? 'code' : 'class');
}

/** The kinds each language may hold. */
export const kindsByLanguage: Record<Language, readonly Kind[]> = {
  python: ['class', 'message', 'tool', 'fatal'],
  javascript: ['class', 'message'],
  node: ['code', 'fatal', 'warning', 'tool'],
};

/** Kinds whose file is named by a slug (`not-subscriptable`) rather than by the title. */
export const slugKinds: readonly Kind[] = ['message', 'tool', 'fatal'];

/** Kinds that are about one message, so they declare its wordings in `templates`. */
export const templateKinds: readonly Kind[] = ['message', 'tool', 'fatal', 'warning'];

/** Page names a language's folder cannot use: they are pages of the site itself. */
export const reservedNames: Record<string, readonly string[]> = { python: ['hierarchy'], node: ['errors'], javascript: [] };

/** An entry's templates, none when it declares none. */
export const templatesOf = (data: Pick<EntryData, 'templates'>) => data.templates ?? [];

/**
 * True when an entry's reproduction shows the error by printing rather than raising it: tool, fatal and
 * warning pages (a child process, a warning), and a code page with templates (a code the newest Node no
 * longer throws by default, shown from a child process on an old flag). Their output is checked against
 * the templates instead.
 */
export const reproducesByPrinting = (data: Pick<EntryData, 'kind' | 'language' | 'templates'>) =>
  ['tool', 'fatal', 'warning'].includes(kindOf(data)) || (kindOf(data) === 'code' && templatesOf(data).length > 0);

/** An entry's heading as a reader sees it: a message page's line as printed, its class then the message. */
export const headingOf = (data: Pick<EntryData, 'kind' | 'language' | 'title' | 'class'>) =>
  kindOf(data) === 'message' && data.class ? `${data.class}: ${data.title}` : data.title;

/** The last segment of a dotted name: `JSONDecodeError` for `json.JSONDecodeError`. */
export const shortName = (name: string) => name.slice(name.lastIndexOf('.') + 1);

/** True for a Python class outside builtins, which is titled by its documented import path. */
export const isQualified = (data: Pick<EntryData, 'title' | 'language'>) => data.language === 'python' && data.title.includes('.');

/** The folders of an entry id: `['python', 'TypeError', 'not-subscriptable']`. */
export function idSegments(id: string): { language: string; folder: string | undefined; name: string } {
  const [language = '', ...rest] = id.split('/');
  return rest.length > 1 ? { language, folder: rest[0], name: rest[1]! } : { language, folder: undefined, name: rest[0] ?? '' };
}

/**
 * Where an entry's file must live for what its frontmatter says, as an id (the path under content/errors
 * without `.mdx`), or undefined when the frontmatter leaves it to the file name (a slug). Class, code and
 * warning entries are named by their title; message pages live in their class's folder and tool pages in
 * their package's folder, each under a slug of the author's choosing.
 */
export function expectedFolder(data: EntryData): string {
  const kind = kindOf(data);
  if (kind === 'message') return `${data.language}/${data.class ?? '<class>'}`;
  if (kind === 'tool') return `${data.language}/${data.package ?? '<package>'}`;
  return data.language;
}

/** The file name (without `.mdx`) an entry must have, or undefined when any slug will do. */
export function expectedName(data: EntryData): string | undefined {
  return slugKinds.includes(kindOf(data)) ? undefined : data.title;
}
