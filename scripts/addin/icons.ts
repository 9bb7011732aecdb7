/**
 * The add-in's icons, drawn here rather than kept as binaries: a blue rounded square with
 * white ledger lines. A minimal PNG encoder (RGBA, one IDAT) is all Office needs.
 */
import { deflateSync } from "node:zlib";

// Plain Uint8Array and DataView: the worker's runtime types (shared tsconfig) declare `Buffer` as any.
export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function uint32(n: number): Uint8Array {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setUint32(0, n);
  return bytes;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const body = concat([new TextEncoder().encode(type), data]);
  return concat([uint32(data.length), body, uint32(crc32(body))]);
}

/** Encodes RGBA pixels (row-major, 4 bytes each) as a PNG. */
export function encodePng(size: number, rgba: Uint8Array): Uint8Array {
  const header = concat([uint32(size), uint32(size), new Uint8Array([8, 6, 0, 0, 0])]); // 8-bit RGBA
  const raw = new Uint8Array(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    // Each row starts with filter byte 0 (none), already zero.
    raw.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  }
  const signature = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return concat([signature, chunk("IHDR", header), chunk("IDAT", deflateSync(raw)), chunk("IEND", new Uint8Array(0))]);
}

/** The icon at one size: rounded square, three ledger lines, the first shorter like a heading. */
export function drawIcon(size: number): Uint8Array {
  const px = new Uint8Array(size * size * 4);
  const r = size * 0.18;
  const inside = (x: number, y: number) => {
    const cx = Math.min(Math.max(x, r), size - r);
    const cy = Math.min(Math.max(y, r), size - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
  const lineH = Math.max(1, Math.round(size / 10));
  const lines = [0.3, 0.5, 0.7].map((f) => Math.round(size * f));
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      if (!inside(x + 0.5, y + 0.5)) continue;
      const onLine = lines.some((ly, k) => y >= ly && y < ly + lineH && x >= size * 0.22 && x < size * (k === 0 ? 0.6 : 0.78));
      px.set(onLine ? [255, 255, 255, 255] : [22, 93, 168, 255], i);
    }
  }
  return encodePng(size, px);
}
