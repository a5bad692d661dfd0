/** Site-wide names and links, kept in one place. */
export const site = {
  name: 'errdex',
  /** Where the site is deployed (Astro's `site`; canonical and preview URLs are built from it). */
  url: 'https://errdex.dev',
  /** The repository, for "edit this entry" and "report a problem" links. */
  repository: 'https://github.com/errdex/errdex',
  tagline: 'Every error explained, every reproduction run.',
  languages: { python: 'Python', javascript: 'JavaScript', node: 'Node.js' } as Record<string, string>,
};

/** The URL path of an entry page, with trailing slash: `/python/ConnectionResetError/`. */
export const entryUrl = (id: string) => `/${id}/`;

/** The URL path of a link preview card: `/og/python.png` for a language's pages, `/og/site.png` for the rest. */
export const previewImageUrl = (card: string) => `/og/${card}.png`;

/** The URL path of a language index: `/python/`. */
export const languageUrl = (language: string) => `/${language}/`;

/** The URL path of an errno page, for a symbol (`/errno/ECONNRESET/`) or a number (`/errno/104/`). */
export const errnoUrl = (key: string | number) => `/errno/${key}/`;
