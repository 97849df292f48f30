/**
 * `npx tsx scripts/tab-icons.ts`: the tab bar's PNG icons (WeChat's tabBar takes only local
 * PNG/JPG files, no SVG), rendered from the same glyphs as the in-page icons
 * (src/components/Icon/glyphs.ts) in Debian's Chromium, then written as tiny palette PNGs: one
 * colour at 8 alpha levels (smooth at tab size), 81×81 px as WeChat recommends, each well under 2 KB. The output is
 * committed; run this again only when a glyph or a tab colour changes.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { GLYPHS, glyphUri, type IconName } from '../src/components/Icon/glyphs';
import { TAB_ICONS, TAB_COLORS } from '../src/tab-bar';

const SIZE = 81;
const OUT = path.resolve(__dirname, '..', 'src', 'assets', 'tab');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));

/** CRC-32 as PNG chunks need it. */
function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** An indexed PNG of one colour: palette index = alpha level (0..16), transparency in tRNS. */
function palettePng(alpha: Uint8ClampedArray, color: string): Buffer {
  const LEVELS = 8;
  const [r, g, b] = hex(color);
  const plte = Buffer.alloc((LEVELS + 1) * 3);
  const trns = Buffer.alloc(LEVELS + 1);
  for (let i = 0; i <= LEVELS; i++) {
    plte.set([r, g, b], i * 3);
    trns[i] = Math.round((i * 255) / LEVELS);
  }
  const raw = Buffer.alloc((SIZE + 1) * SIZE);
  for (let y = 0; y < SIZE; y++) {
    raw[y * (SIZE + 1)] = 0;
    for (let x = 0; x < SIZE; x++) raw[y * (SIZE + 1) + 1 + x] = Math.round((alpha[y * SIZE + x] * LEVELS) / 255);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(SIZE, 0);
  ihdr.writeUInt32BE(SIZE, 4);
  ihdr.set([8, 3, 0, 0, 0], 8);
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    sig,
    chunk('IHDR', ihdr),
    chunk('PLTE', plte),
    chunk('tRNS', trns),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  const page = await browser.newPage();
  for (const name of TAB_ICONS) {
    if (!(name in GLYPHS)) throw new Error(`no glyph ${name}`);
    // Rendered black; only the coverage (alpha) is kept, the colour goes into the palette.
    const alpha = await page.evaluate(
      async ([uri, size]) => {
        const img = new Image();
        img.src = uri as string;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = canvas.height = size as number;
        const ctx = canvas.getContext('2d')!;
        // A 3-unit margin of the 24 grid keeps the glyph clear of the tab's edges.
        const inset = (size as number) * 0.06;
        ctx.drawImage(img, inset, inset, (size as number) - 2 * inset, (size as number) - 2 * inset);
        const px = ctx.getImageData(0, 0, size as number, size as number).data;
        return Array.from({ length: (size as number) * (size as number) }, (_, i) => px[i * 4 + 3]);
      },
      [glyphUri(name as IconName, '#000000', 1.8), SIZE] as const,
    );
    const coverage = Uint8ClampedArray.from(alpha);
    for (const [suffix, color] of [
      ['', TAB_COLORS.color],
      ['-on', TAB_COLORS.selectedColor],
    ] as const) {
      const file = path.join(OUT, `${name}${suffix}.png`);
      const png = palettePng(coverage, color);
      fs.writeFileSync(file, png);
      console.log(`${path.relative(process.cwd(), file)}  ${png.length} bytes`);
    }
  }
  await browser.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
