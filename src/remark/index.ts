/**
 * `errdex/remark`: a remark plugin that links inline code naming an error errdex knows to its page.
 *
 *   import errdex from 'errdex/remark';
 *   unified().use(remarkParse).use(errdex, { base: 'https://errdex.dev' })
 *
 * `ConnectionResetError`, `ECONNRESET` or `IOError` in backticks becomes a link to the page called that,
 * with the page's summary as the link's title. Code blocks, inline code already inside a link or in a heading,
 * and names errdex does not know are left as they are. Works in any unified pipeline: Astro's `unified()`
 * processor, Starlight, Docusaurus, `@mdx-js/mdx`.
 */
import type { Root } from 'mdast';
import { site } from '../lib/site.ts';
import { searchDataFile } from '../package/data-file.ts';
import { loadCatalogue, type CatalogueSource } from './catalogue-data.ts';
import { createNameLinker, linkInlineCode, type NameLink } from './link-names.ts';

export interface ErrdexRemarkOptions {
  /** The errdex site links point to (default `https://errdex.dev`); also a path such as `/` for errdex itself. */
  base?: string;
  /**
   * Where the list of errors comes from: `'bundled'`, the copy published with this package (the default for
   * errdex.dev); `'fetch'`, `<base>/search-data.json` fetched at build time and cached (the default for any
   * other base); or the data itself.
   */
  data?: CatalogueSource;
  /** Prefer this language's page where several are called the same: `'node'` links `ECONNRESET` to Node's page. */
  language?: string;
  /** Folder for the fetched copy (default `node_modules/.cache/errdex`). */
  cacheDir?: string;
  /** How long a fetched copy is used before it is fetched again, in milliseconds (default a day). */
  maxAge?: number;
}

type Linker = ((code: string) => NameLink | undefined) | undefined;

export default function errdexRemark(options: ErrdexRemarkOptions = {}) {
  const base = options.base ?? site.url;
  const source = options.data ?? (base.replace(/\/+$/, '') === site.url && searchDataFile() ? 'bundled' : 'fetch');
  let linker: Promise<Linker> | undefined;
  const load = () =>
    (linker ??= loadCatalogue({ base, source, cacheDir: options.cacheDir, maxAge: options.maxAge }).then((data) => {
      if (!data) return undefined;
      const linkFor = createNameLinker(data, { base });
      return (code: string) => linkFor(code, { language: options.language });
    }));
  return async function transformer(tree: Root): Promise<void> {
    const linkFor = await load();
    if (linkFor) linkInlineCode(tree, linkFor);
  };
}

export { createNameLinker, linkInlineCode };
export type { CatalogueSource, NameLink };
