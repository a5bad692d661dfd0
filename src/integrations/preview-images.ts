import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ViteDevServer } from 'vite';
import { previewImageUrl, site } from '../lib/site.ts';
import { previewSvg, type PreviewCard } from '../preview-images/preview-svg.ts';
import { renderPng } from '../preview-images/render-png.ts';

const host = new URL(site.url).host;

/**
 * The link preview cards: one for the site and one per language. A card per entry was built and measured:
 * 15 ms of CPU per card against 27 ms for the rest of an entry's build, which took a 1,000-entry build from
 * 26 s to 37-44 s even in a process of its own; the page's title and summary travel in its meta tags anyway.
 */
export function previewCards(): Record<string, PreviewCard> {
  const cards: Record<string, PreviewCard> = {
    site: { title: site.name, label: 'error reference', summary: `${site.tagline} What an error means, why it happened, how to fix it, and what not to do.`, address: host },
  };
  for (const [language, name] of Object.entries(site.languages)) {
    cards[language] = { title: name, label: 'errors', summary: `Every ${name} error explained, with a reproduction run on a real interpreter, fixes that run too, and what not to do.`, address: `${host}/${language}` };
  }
  return cards;
}

/** Renders every card into `<dist>/og/`. */
export async function writePreviewImages(dist: string): Promise<number> {
  const cards = Object.entries(previewCards());
  await mkdir(path.join(dist, 'og'), { recursive: true });
  await Promise.all(cards.map(([key, card]) => writeFile(path.join(dist, previewImageUrl(key)), renderPng(previewSvg(card)))));
  return cards.length;
}

/** Renders a card on request under `astro dev`, where there is no build to write them. */
export function servePreviewImages(server: ViteDevServer): void {
  server.middlewares.use((req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://x').pathname;
    const card = Object.entries(previewCards()).find(([key]) => previewImageUrl(key) === url)?.[1];
    if (!card) return next();
    res.setHeader('content-type', 'image/png');
    res.end(renderPng(previewSvg(card)));
  });
}
