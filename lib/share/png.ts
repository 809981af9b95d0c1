// A minimal PNG encoder for the preview cards: 8-bit RGBA, no row filter, zlib level 1. The canvas
// library's own encoder tries every filter at zlib's default level and took about 30 ms a card,
// most of a card's cost; a card is flat colour and text, which level 1 without filters compresses
// to about the same size in about 5 ms. Pure: pixels in, bytes out.
import { deflateSync } from 'node:zlib';

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const COLOUR_TYPE_RGBA = 6;
const FILTER_NONE = 0;

const CRC_TABLE = Int32Array.from({ length: 256 }, (_, index) => {
  let crc = index;
  for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  return crc;
});

export function crc32(bytes: Uint8Array): number {
  let crc = -1;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const bytes = Buffer.alloc(12 + data.length);
  bytes.writeUInt32BE(data.length, 0);
  bytes.write(type, 4, 'latin1');
  bytes.set(data, 8);
  // The CRC covers the type and the data, not the length.
  bytes.writeUInt32BE(crc32(bytes.subarray(4, 8 + data.length)), 8 + data.length);
  return bytes;
}

/** `rgba` is `width × height` pixels, four bytes each, rows top to bottom, not premultiplied. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const rowBytes = width * 4;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) throw new RangeError(`PNG size ${width}×${height}`);
  if (rgba.length !== rowBytes * height) throw new RangeError(`PNG pixels: ${rgba.length} bytes for ${width}×${height}`);
  // Each row starts with its filter type byte.
  const scanlines = Buffer.alloc((rowBytes + 1) * height);
  for (let row = 0; row < height; row++) {
    scanlines[row * (rowBytes + 1)] = FILTER_NONE;
    scanlines.set(rgba.subarray(row * rowBytes, (row + 1) * rowBytes), row * (rowBytes + 1) + 1);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per sample
  header[9] = COLOUR_TYPE_RGBA;
  // Compression, filter method and interlace stay 0: deflate, adaptive filtering, none.
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(scanlines, { level: 1 })), chunk('IEND', new Uint8Array(0))]);
}
