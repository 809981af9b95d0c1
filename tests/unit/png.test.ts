import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inflateSync } from 'node:zlib';
import { crc32, encodePng } from '../../lib/share/png';

/** The chunks of a PNG, each CRC checked. */
function chunks(png: Buffer): { type: string; data: Buffer }[] {
  assert.equal(png.subarray(0, 8).toString('hex'), '89504e470d0a1a0a');
  const found: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    assert.equal(png.readUInt32BE(at + 8 + length), crc32(png.subarray(at + 4, at + 8 + length)), `${type} CRC`);
    found.push({ type, data });
    at += 12 + length;
  }
  return found;
}

test('crc32 is the PNG/zlib CRC', () => {
  assert.equal(crc32(Buffer.from('IEND')), 0xae426082);
  assert.equal(crc32(Buffer.from('123456789')), 0xcbf43926);
});

test('the encoded image holds the pixels given, row by row', () => {
  const width = 3;
  const height = 2;
  const rgba = Uint8Array.from({ length: width * height * 4 }, (_, index) => (index * 37) % 256);
  const found = chunks(encodePng(width, height, rgba));
  assert.deepEqual(found.map((chunk) => chunk.type), ['IHDR', 'IDAT', 'IEND']);
  const header = found[0]?.data;
  assert.ok(header);
  assert.deepEqual([header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9], header[10], header[11], header[12]], [3, 2, 8, 6, 0, 0, 0]);
  const scanlines = inflateSync(found[1]?.data ?? Buffer.alloc(0));
  assert.equal(scanlines.length, height * (width * 4 + 1));
  for (let row = 0; row < height; row++) {
    assert.equal(scanlines[row * 13], 0, 'no filter');
    assert.deepEqual([...scanlines.subarray(row * 13 + 1, (row + 1) * 13)], [...rgba.subarray(row * 12, (row + 1) * 12)]);
  }
});

test('a size that does not match the pixels is refused', () => {
  assert.throws(() => encodePng(2, 2, new Uint8Array(15)), RangeError);
  assert.throws(() => encodePng(0, 1, new Uint8Array(0)), RangeError);
});
