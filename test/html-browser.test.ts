// The HTML report in a real browser: where headless Chromium is installed (/usr/bin/chromium,
// or KBK_CHROMIUM), run --html's file is opened from disk (file://, as from a USB stick),
// screenshotted, and every chart must have drawn: each figure's <svg> laid out with its
// size, holding drawn shapes and text; no request leaves the file. playwright-core drives the
// system's Chromium (no browser is downloaded). Where there is none, the test is skipped
// and says so. .ci/run installs Chromium when it is missing, so CI runs it.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIXTURES, kbkKode, tmp } from './helpers.js';

const CHROMIUM = process.env.KBK_CHROMIUM ?? '/usr/bin/chromium';
const ADA = existsSync(CHROMIUM);
if (!ADA) console.warn(`html-browser.test.ts: skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set KBK_CHROMIUM)`);

describe.skipIf(!ADA)(`laporan-YYYY-MM.html in headless Chromium (${CHROMIUM})`, () => {
  it('opens from file://, every chart draws with its size, no request leaves the file; a screenshot is taken', async () => {
    const out = tmp();
    expect((await kbkKode(0, ['run', '--data', join(FIXTURES, 'demo'), '--month', '2024-07', '--out', out, '--html', '--quiet'], { env: { LANG: 'id_ID.UTF-8' } })).code).toBe(0);
    const file = join(out, 'laporan-2024-07.html');
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const permintaan: string[] = [];
      page.on('request', (r) => {
        if (r.url() !== pathToFileURL(file).href) permintaan.push(r.url());
      });
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      const grafik = await page.$$eval('figure.grafik', (figs) =>
        figs.map((f) => {
          const svg = f.querySelector('svg');
          const r = svg?.getBoundingClientRect();
          const bentuk = svg ? svg.querySelectorAll('path, rect, polygon, polyline, circle').length : 0;
          // Each drawn shape's box: a chart whose shapes all have no size has drawn nothing.
          const terisi = svg ? [...svg.querySelectorAll('path, polygon')].filter((e) => {
            const b = (e as SVGGraphicsElement).getBBox();
            return b.width > 0 && b.height > 0;
          }).length : 0;
          return { nama: f.getAttribute('data-grafik'), lebar: r?.width ?? 0, tinggi: r?.height ?? 0, bentuk, terisi, teks: svg ? svg.querySelectorAll('text').length : 0 };
        }),
      );
      expect(grafik.map((g) => g.nama)).toEqual(['band-ak', 'band-rrns', 'band-rppt', 'rating-ak', 'rating-rrns', 'rating-rppt', 'persen', 'rupiah', 'tren-ak', 'tren-rrns', 'tren-rppt']);
      for (const g of grafik) {
        expect(g.lebar, `${g.nama} width`).toBeGreaterThan(300);
        expect(g.tinggi, `${g.nama} height`).toBeGreaterThan(200);
        expect(g.terisi, `${g.nama} drawn shapes`).toBeGreaterThan(5);
        expect(g.teks, `${g.nama} texts`).toBeGreaterThan(5);
      }
      // The facility table's anchors work in the browser: #ppk-P002 is its row.
      expect(await page.$eval('#ppk-P002 td:nth-child(2)', (e) => e.textContent)).toBe('Puskesmas Sukajadi');
      const shot = join(out, 'laporan-2024-07.png');
      await page.screenshot({ path: shot, fullPage: true });
      expect(statSync(shot).size).toBeGreaterThan(50_000);
      // And the print layout (A4 landscape) renders to PDF.
      const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(permintaan).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
