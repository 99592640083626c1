/**
 * `npm run demo`: builds Veil if needed, opens Chromium with it on the offline ChatGPT fixture
 * (served at https://chatgpt.com/, nothing leaves the machine), types a prompt with personal data,
 * presses Enter, answers Veil's review dialog (a name is "warn" by default) with "Redact and send",
 * and prints what the site received. Screenshots go to demo-output/.
 *
 *   npm run demo                # headless; prints the result
 *   npm run demo -- --headed    # a visible browser to try it by hand (needs a display, or xvfb-run)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, openSite, SITES } from '../test/e2e/harness';
import { uiClick, uiText, until } from '../test/e2e/veil';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'demo-output');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const headed = process.argv.includes('--headed');

function newestMtime(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((max, entry) => {
    const path = join(dir, entry.name);
    return Math.max(max, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }, 0);
}

function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('Chromium is missing; installing Debian’s chromium package…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    return;
  }
  throw new Error(
    `Chromium not found at ${CHROMIUM}. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.`,
  );
}

function ensureBuild(): void {
  const manifest = join(ROOT, 'dist', 'manifest.json');
  const stale =
    !existsSync(manifest) ||
    Math.max(
      newestMtime(join(ROOT, 'src')),
      newestMtime(join(ROOT, 'public')),
      statSync(join(ROOT, 'manifest.json')).mtimeMs,
    ) > statSync(manifest).mtimeMs;
  if (stale) {
    console.log('Building the extension…');
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  }
}

const PROMPT =
  'Draft a reply to our customer Jane Doe (jane.doe@example.com, cc billing@acme-corp.co.uk) about invoice 4471.';

async function main(): Promise<void> {
  ensureChromium();
  ensureBuild();
  mkdirSync(OUT, { recursive: true });
  if (headed && !process.env.DISPLAY) {
    throw new Error('--headed needs a display: run it on a desktop, or under `xvfb-run -a npm run demo -- --headed`.');
  }
  const browser = await launchBrowser({ headless: !headed });
  try {
    console.log(`Veil ${browser.extensionId} loaded in ${execFileSync(CHROMIUM, ['--version']).toString().trim()}`);
    const { page, recorder } = await openSite(browser, 'chatgpt');
    await page.click(SITES.chatgpt.composer);
    await page.keyboard.type(PROMPT);
    await page.screenshot({ path: join(OUT, 'before.png') });
    console.log(`\nTyped into https://chatgpt.com/ (offline fixture):\n  ${PROMPT}`);
    await page.keyboard.press('Enter');
    // The emails alone would go out redacted at once; the name asks the user first (default: warn).
    const review = await until(
      () => uiText(page, 'veil-review'),
      (t) => t.length > 0,
      10_000,
    );
    await page.screenshot({ path: join(OUT, 'review.png') });
    console.log(`\nVeil asked first:\n  ${review}`);
    await uiClick(page, 'veil-review', 'Redact and send');
    await recorder.waitForCount(1);
    await page.locator(SITES.chatgpt.reply).last().waitFor();
    await page.screenshot({ path: join(OUT, 'after.png') });
    console.log(`\nThe site received:\n  ${recorder.texts().join('\n  ')}`);
    const shots = ['before.png', 'review.png', 'after.png'].map((f) => join('demo-output', f));
    console.log(`\nScreenshots: ${shots.join(', ')}`);
    if (headed) {
      console.log('\nThe browser stays open: try it by hand. Press Ctrl+C to quit.');
      await new Promise(() => undefined);
    }
  } finally {
    if (!headed) await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
