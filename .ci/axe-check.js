// Runs axe-core (WCAG 2.2 A/AA rules) on each page in headless Chromium.
// Usage: node axe-check.js CHROMIUM PAGE.html...   (exit 1 on any violation)
'use strict';
const path = require('path');
const { pathToFileURL } = require('url');
const puppeteer = require('puppeteer-core');
const axeSource = require('axe-core').source;

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const VIEWPORTS = [{ width: 1280, height: 900 }, { width: 320, height: 640 }];

async function main() {
  const [chromium, ...pages] = process.argv.slice(2);
  const profile = require('fs').mkdtempSync(path.join(require('os').tmpdir(), 'axe-profile-'));
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run', `--user-data-dir=${profile}`],
  });
  let failures = 0;
  try {
    for (const file of pages) {
      for (const viewport of VIEWPORTS) {
        const page = await browser.newPage();
        await page.setViewport(viewport);
        // the page forbids every script by CSP; axe comes in through DevTools instead
        await page.setBypassCSP(true);
        const remote = [];
        page.on('request', (r) => {
          if (!r.url().startsWith('file:')) remote.push(r.url());
        });
        await page.goto(pathToFileURL(path.resolve(file)).href, { waitUntil: 'load' });
        await page.evaluate(axeSource);
        const result = await page.evaluate(
          (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }),
          TAGS);
        const where = `${file} @${viewport.width}px`;
        for (const v of result.violations) {
          failures += 1;
          console.log(`axe: ${where}: ${v.id} (${v.impact}): ${v.help}`);
          for (const node of v.nodes) console.log(`    ${node.target.join(' ')}`);
        }
        for (const url of remote) {
          failures += 1;
          console.log(`axe: ${where}: request outside the page's folder: ${url}`);
        }
        console.log(`axe: ${where}: ${result.violations.length} violations, ` +
          `${result.passes.length} rules passed`);
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  process.exit(failures ? 1 : 0);
}

main().catch((err) => { console.error(`axe: ${err.stack || err}`); process.exit(2); });
