// Runs Lighthouse (SEO and accessibility only) on each page URL in one headless Chromium.
// Usage: node lighthouse-check.mjs CHROMIUM MIN_SCORE URL...
// Prints every page's scores and each audit that did not pass; exit 1 when a score is under
// MIN_SCORE (0-100), 2 when Lighthouse itself fails. The pages come from a loopback http
// server: over file:// the HTTP status and robots.txt audits cannot pass.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';

const CATEGORIES = ['seo', 'accessibility'];
// The pages have no scripts and load from loopback: no need to wait seconds for the network
// and CPU to fall quiet (the default, 5 s each without simulated throttling).
const CONFIG = {
  extends: 'lighthouse:default',
  settings: { pauseAfterFcpMs: 0, pauseAfterLoadMs: 0, networkQuietThresholdMs: 0,
    cpuQuietThresholdMs: 0 },
};

async function main() {
  const [chromium, minText, ...urls] = process.argv.slice(2);
  const min = Number(minText);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lighthouse-profile-'));
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run', `--user-data-dir=${profile}`],
  });
  let failures = 0;
  try {
    for (const url of urls) {
      const page = await browser.newPage();
      // Lighthouse downloads robots.txt from inside the page, which the page's own
      // Content-Security-Policy (default-src 'none') forbids: "unable to download a
      // robots.txt file" (GoogleChrome/lighthouse#4386). Crawlers apply no CSP, so the
      // audit runs as for them, like axe-check.js.
      await page.setBypassCSP(true);
      const result = await lighthouse(url, {
        onlyCategories: CATEGORIES,
        logLevel: 'error',
        output: 'json',
        disableFullPageScreenshot: true,
      }, CONFIG, page);
      await page.close();
      const lhr = result.lhr;
      if (lhr.runtimeError) {
        throw new Error(`${url}: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
      }
      const scores = CATEGORIES.map((id) => {
        const score = lhr.categories[id].score;
        return [id, score === null ? null : Math.round(score * 100)];
      });
      console.log(`lighthouse: ${url}: ${scores.map(([id, s]) => `${id} ${s}`).join(', ')}`);
      for (const [id, score] of scores) {
        if (score === null || score < min) {
          failures += 1;
          console.log(`lighthouse: ${url}: ${id} ${score} is under ${min}`);
        }
        for (const ref of lhr.categories[id].auditRefs) {
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
            console.log(`    ${id}: ${ref.id}: ${audit.title}` +
              (audit.explanation ? ` (${audit.explanation})` : ''));
          }
        }
      }
    }
  } finally {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  process.exit(failures ? 1 : 0);
}

main().catch((err) => { console.error(`lighthouse: ${err.stack || err}`); process.exit(2); });
