import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { previewFonts } from './preview-svg.ts';

const fontDir = path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const fontFiles = previewFonts.map((f) => path.join(fontDir, f));

/** Renders a card to PNG; fonts come only from the package, so every machine draws the same bytes. */
export function renderPng(svg: string): Buffer {
  return new Resvg(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' } }).render().asPng();
}
