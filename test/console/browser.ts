/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const artifacts = path.join(__dirname, '..', '..', 'test-artifacts', 'console');

export const PHONE = { width: 360, height: 780 };
export const DESKTOP = { width: 1280, height: 900 };

/**
 * Chromium for the browser tests: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own
 * download. Missing is a failure with the way to fix it, never a skip.
 */
export async function launchChromium(): Promise<Browser> {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', safe(() => chromium.executablePath())].filter(
    (p): p is string => Boolean(p),
  );
  const executablePath = candidates.find((p) => fs.existsSync(p));
  if (!executablePath) {
    throw new Error(
      `The console's browser tests need Chromium and found none (looked at ${candidates.join(', ')}). ` +
        'Install it (Debian/Ubuntu: `apt-get install -y chromium`), or set CHROMIUM_PATH to a Chrome or Chromium ' +
        "binary, or download Playwright's with `npx playwright install chromium`.",
    );
  }
  return chromium.launch({ executablePath, args: ['--no-sandbox'] });
}

function safe<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** No serious or critical axe-core violation on the screen as it is now. */
export async function expectAccessible(page: Page, screen: string) {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(bad, `accessibility of ${screen}`).toEqual([]);
}

export async function screenshot(page: Page, name: string) {
  fs.mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
}

/** Presses Tab until the focused element matches, as a keyboard-only user would; fails after `max` presses. */
export async function tabTo(page: Page, matches: (el: { tag: string; text: string; id: string }) => boolean, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return { tag: a?.tagName.toLowerCase() ?? '', text: a?.textContent?.trim() ?? '', id: a?.id ?? '' };
    });
    if (matches(el)) return;
  }
  throw new Error(`no focusable element matched within ${max} presses of Tab`);
}

/** Collects what the page's Content Security Policy refused, to assert it is nothing. */
export function cspViolations(page: Page): string[] {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  return refused;
}
