import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inflateSync } from 'node:zlib';
import { renderCardPng } from '../../lib/share/card-render';
import { CARD_HEIGHT, CARD_WIDTH } from '../../lib/share/card-layout';

/** The RGBA pixels of one of our PNGs (one IDAT, no filter: what lib/share/png.ts writes). */
function pixels(png: Buffer): { width: number; height: number; at: (x: number, y: number) => string } {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const idatLength = png.readUInt32BE(33);
  const scanlines = inflateSync(png.subarray(41, 41 + idatLength));
  const at = (x: number, y: number) => scanlines.subarray(y * (width * 4 + 1) + 1 + x * 4, y * (width * 4 + 1) + 1 + x * 4 + 3).toString('hex');
  return { width, height, at };
}

test('a card is painted: the accent bar, the background, and dark text where the sentence is', async () => {
  const png = Buffer.from(await renderCardPng({ kicker: 'Nga – Triều Tiên', vietnamese: 'Hiệp định đối tác chiến lược toàn diện được ký tại Bình Nhưỡng.', english: 'The comprehensive strategic partnership treaty was signed in Pyongyang.', footer: 'Song Ngữ · 19/6/2024' }));
  const image = pixels(png);
  assert.deepEqual([image.width, image.height], [CARD_WIDTH, CARD_HEIGHT]);
  assert.equal(image.at(5, 300), '8a2b0e', 'the accent bar');
  assert.equal(image.at(1190, 5), 'fbfaf7', 'the background');
  let dark = 0;
  for (let y = 150; y < 480; y += 2) for (let x = 96; x < 1100; x += 2) if (Number.parseInt(image.at(x, y).slice(0, 2), 16) < 0x60) dark++;
  assert.ok(dark > 2000, `${dark} dark pixels in the sentence area`);
});
