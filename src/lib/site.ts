/** Site-wide names and links, kept in one place. */
export const site = {
  name: 'errdex',
  tagline: 'Every error explained, every reproduction run.',
  languages: { python: 'Python', node: 'Node.js' } as Record<string, string>,
};

/** The URL path of an entry page, with trailing slash: `/python/ConnectionResetError/`. */
export const entryUrl = (id: string) => `/${id}/`;

/** The URL path of a language index: `/python/`. */
export const languageUrl = (language: string) => `/${language}/`;
