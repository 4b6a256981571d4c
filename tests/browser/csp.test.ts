/**
 * The Content Security Policy of index.html: present, strict about scripts,
 * and not in the way of normal use (no violation report while the atlas
 * loads, plays, opens a popup and moves the slider; no request leaves the origin).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { POLL, TEST_TIMEOUT_MS, useAtlasSession, useSharedAtlas, type AtlasWindow } from './harness.ts';

/** Collects `securitypolicyviolation` events from the first script on. */
async function recordViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || e.sample} at ${e.sourceFile}:${e.lineNumber}`));
  });
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

describe('the content security policy', { timeout: TEST_TIMEOUT_MS }, () => {
  const session = useAtlasSession();
  // The shared page is opened with the violation recorder installed.
  const opened = useSharedAtlas(() => ({ ...session(), openAtlas: (hash = '') => session().openAtlas(hash, { prepare: recordViolations }) }));

  it('is declared in index.html and forbids inline scripts, eval and plugins', async () => {
    const { page } = await opened();
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp, 'a CSP meta element').toBeTruthy();
    const directives = new Map(csp!.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k!, v]));
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
  });

  it('causes no violation and no foreign request in normal use', async () => {
    const { page, foreignRequests, consoleErrors } = await opened();
    // Play, open an event from the list (popup with source links), move the slider.
    await page.locator('#play').click();
    await page.waitForTimeout(800);
    await page.locator('#play').click();
    await page.locator('#event-list li[data-event-id] button').nth(5).click();
    await expect.poll(() => page.locator('.maplibregl-popup').count(), POLL).toBe(1);
    await page.locator('#date-slider').fill('300');
    await page.evaluate(() => new Promise((done) => (window as unknown as AtlasWindow).atlas.map.once('idle', done)));
    expect(await violations(page)).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('does not run an injected inline script, inline handler or eval', async () => {
    const { page } = await opened();
    const ran = await page.evaluate(async () => {
      const w = window as unknown as Record<string, unknown>;
      const script = document.createElement('script');
      script.textContent = 'window.__inline = 1';
      document.body.append(script);
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.__handler = 1');
      img.src = 'data:,not-an-image';
      document.body.append(img);
      await new Promise((done) => setTimeout(done, 300));
      let evaluated = false;
      try {
        evaluated = (0, eval)('true') as boolean;
      } catch {
        evaluated = false;
      }
      script.remove();
      img.remove();
      return { inline: w.__inline, handler: w.__handler, evaluated };
    });
    expect(ran).toEqual({ inline: undefined, handler: undefined, evaluated: false });
    // The browser reported each attempt: the policy, not luck, stopped them.
    await expect.poll(async () => (await violations(page)).filter((v) => v.startsWith('script-src')).length, POLL).toBeGreaterThanOrEqual(2);
  });
});
