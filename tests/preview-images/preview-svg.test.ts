import assert from 'node:assert/strict';
import { test } from 'node:test';
import { previewSize, previewSvg, wrapText } from '../../src/preview-images/preview-svg.ts';
import { renderPng } from '../../src/preview-images/render-png.ts';

const card = { title: 'Python', label: 'errors', summary: 'Every Python error explained.', address: 'errdex.dev/python' };

test('a long summary is wrapped to the line limit and ends in an ellipsis; a short one is kept whole', () => {
  const lines = wrapText('one two three four five six seven eight nine ten eleven twelve', 12, 3);
  assert.equal(lines.length, 3);
  assert.ok(lines.every((l) => l.length <= 12), JSON.stringify(lines));
  assert.match(lines.at(-1)!, /…$/);
  assert.deepEqual(wrapText('fits on one', 40, 3), ['fits on one']);
});

test('a word longer than a line is cut rather than overflowing the card', () => {
  const [line] = wrapText('x'.repeat(100), 20, 2);
  assert.equal(line!.length, 20);
});

test('text put on a card cannot break out of the SVG', () => {
  const svg = previewSvg({ ...card, title: '<script>', summary: 'a & b "quoted" </text><rect/>' });
  assert.doesNotMatch(svg, /<script>|<\/text><rect\/>/);
  assert.match(svg, /&#60;script&#62;/);
});

test('the card renders to a 1200×630 PNG with the fonts from the package', () => {
  const png = renderPng(previewSvg(card));
  assert.equal(png.subarray(1, 4).toString(), 'PNG');
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [previewSize.width, previewSize.height]);
  // Same input, same bytes: the build stays reproducible.
  assert.ok(renderPng(previewSvg(card)).equals(png));
});

test('a longer name gets a smaller font so that it stays on the card', () => {
  const size = (title: string) => Number(/font-size="(\d+)" fill="#1b1f24"/.exec(previewSvg({ ...card, title }))![1]);
  assert.equal(size('Python'), 88);
  const long = 'PendingDeprecationWarningWithALongerName';
  // DejaVu Sans Mono advances every glyph by 1233/2048 of the font size.
  assert.ok(size(long) * (1233 / 2048) * long.length <= previewSize.width - 160, String(size(long)));
});
