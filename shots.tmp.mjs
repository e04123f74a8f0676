import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const targets = process.argv.slice(2);
for (const spec of targets) {
  const [name, path, vp, scheme, scrollSel] = spec.split('|');
  const viewport = vp === 'phone' ? { width: 360, height: 740 } : { width: 1366, height: 900 };
  const ctx = await browser.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
  const page = await ctx.newPage();
  await page.goto('http://127.0.0.1:4321' + path, { waitUntil: 'networkidle' });
  if (scrollSel) await page.locator(scrollSel).first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: `/tmp/shot-${name}.png` });
  await ctx.close();
}
await browser.close();
