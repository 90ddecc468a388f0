// Renders the app icons (PNG) from public/favicon.svg with the local Chromium: no network.
// Run after changing the SVG: `node test/tools/generate-icons.mjs`; the PNGs are committed.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { chromium } from 'playwright-core'

const root = resolve(import.meta.dirname, '../..')
const svg = readFileSync(resolve(root, 'public/favicon.svg'), 'utf8')
const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`
const BACKGROUND = '#1d3b5c'

/** name, size, and for maskable icons the share of the canvas the logo may use. */
const ICONS = [
  { name: 'pwa-192x192.png', size: 192 },
  { name: 'pwa-512x512.png', size: 512 },
  { name: 'apple-touch-icon-180x180.png', size: 180, padded: 0.86 },
  // Maskable: the platform may crop to a circle of 80 %; keep the logo well inside it.
  { name: 'maskable-icon-512x512.png', size: 512, padded: 0.62 },
]

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
})
try {
  for (const { name, size, padded } of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } })
    const logo = padded ? Math.round(size * padded) : size
    await page.setContent(
      `<body style="margin:0;display:grid;place-items:center;width:${size}px;height:${size}px;` +
        `background:${padded ? BACKGROUND : 'transparent'}">` +
        `<img src="${dataUrl}" width="${logo}" height="${logo}" alt=""></body>`,
    )
    await page.locator('img').evaluate((img) => img.decode())
    await page.screenshot({ path: resolve(root, 'public', name), omitBackground: !padded })
    await page.close()
  }
} finally {
  await browser.close()
}
