/**
 * Hostile links and the Content Security Policy, in ONE page (the suite runs
 * on two cores): the page is opened with a hostile hash and a recorder of
 * `securitypolicyviolation` events, then used normally, then fed every hash
 * of tests/hostile_hashes.ts (replaceState + a hashchange event, as a click
 * on such a link would give), and last attacked with injected script.
 * Tests run in order and each sets up the state it needs.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hostileHashes } from '../hostile_hashes.ts';
import { TIMELINE_END, TIMELINE_START } from './geo.ts';
import { POLL, TEST_TIMEOUT_MS, useAtlasSession, useSharedAtlas, type AtlasWindow } from './harness.ts';

const OPENING_HASH = 'names=%E0%A4%A&date=1945-08-15&zoom=<b>&event=nope';

/** Collects `securitypolicyviolation` events from the first script on. */
async function recordViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || e.sample} at ${e.sourceFile}:${e.lineNumber}`));
  });
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
const readState = (page: Page) => page.evaluate(() => (window as unknown as AtlasWindow).atlas.state());

describe('security', { timeout: TEST_TIMEOUT_MS }, () => {
  const session = useAtlasSession();
  const opened = useSharedAtlas(() => ({ ...session(), openAtlas: (hash = '') => session().openAtlas(hash, { prepare: recordViolations }) }), OPENING_HASH);

  it('a link with a hostile hash opens the atlas with the valid rest and a polite notice', async () => {
    const { page, consoleErrors } = await opened();
    const notice = page.locator('#notices .notice-hash');
    await expect.poll(() => notice.textContent(), POLL).toContain('zoom=<b>');
    expect(await notice.textContent()).toContain('event=nope (no such event)');
    expect(await notice.getAttribute('role')).toBe('status');
    const s = await readState(page);
    expect(s.time).toBe(Date.parse('1945-08-15T00:00+09:00'));
    expect(s.selection).toBeNull();
    expect(consoleErrors).toEqual([]);
  });

  it('the CSP is declared in index.html and forbids inline scripts, eval and plugins', async () => {
    const { page } = await opened();
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp, 'a CSP meta element').toBeTruthy();
    const directives = new Map(csp!.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k!, v]));
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
  });

  it('normal use causes no CSP violation and no foreign request', async () => {
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

  it('1,000+ hostile hashes leave the state valid and throw nothing', async () => {
    const { page, consoleErrors } = await opened();
    const failures = await page.evaluate(
      ({ hashes, start, end }) => {
        const atlas = (window as unknown as AtlasWindow).atlas;
        const errors: string[] = [];
        const onError = (e: ErrorEvent) => errors.push(e.message);
        window.addEventListener('error', onError);
        const failures: string[] = [];
        hashes.forEach((hash, i) => {
          const oldURL = location.href;
          history.replaceState(null, '', hash);
          window.dispatchEvent(new HashChangeEvent('hashchange', { oldURL, newURL: location.href }));
          const s = atlas.state();
          const zoom = atlas.map.getZoom();
          const problems = [
            errors.length ? `threw ${errors.splice(0).join(' | ')}` : '',
            Number.isFinite(s.time) && s.time >= start && s.time <= end ? '' : `time ${s.time}`,
            ['1945', 'modern', 'both'].includes(s.names) ? '' : `names ${s.names}`,
            ['native', 'latin', 'both'].includes(s.script) ? '' : `script ${s.script}`,
            s.camera.zoom >= 0 && s.camera.zoom <= 24 && Math.abs(s.camera.lat) <= 85 && Math.abs(s.camera.lon) <= 180 ? '' : `camera ${JSON.stringify(s.camera)}`,
            zoom >= atlas.map.getMinZoom() && zoom <= atlas.map.getMaxZoom() ? '' : `map zoom ${zoom}`,
            s.selection === null || document.querySelector(`#event-list li[data-event-id="${CSS.escape(s.selection.id)}"]`) ? '' : `selection ${s.selection.id.slice(0, 40)}`,
            document.querySelectorAll('#notices .notice-hash').length <= 1 ? '' : 'more than one hash notice',
          ].filter(Boolean);
          if (problems.length) failures.push(`#${i} ${hash.slice(0, 60)}: ${problems.join('; ')}`);
        });
        window.removeEventListener('error', onError);
        return failures;
      },
      { hashes: hostileHashes(), start: TIMELINE_START, end: TIMELINE_END },
    );
    expect(failures.slice(0, 10)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    // Nothing from a hash ran or became markup.
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('#notices img, #notices script, #notices svg').count()).toBe(0);
  });

  it('a hostile hash is named as text in the notice, the valid rest kept; a good link clears the notice', async () => {
    const { page } = await opened();
    let dialogs = 0;
    page.on('dialog', (d) => { dialogs++; void d.dismiss(); });
    await page.evaluate(() => { location.hash = '#date=1945-08-20T06:00+09:00&names=<img src=x onerror=window.__pwned=1>&map=99/0/0&event=no-such-event'; });
    const notice = page.locator('#notices .notice-hash');
    await expect.poll(() => notice.textContent(), POLL).toContain('names=<img src=x onerror=window.__pwned=1>');
    const text = await notice.textContent();
    expect(text).toContain('map=99/0/0');
    expect(text).toContain('event=no-such-event');
    const s = await readState(page);
    expect(s.time).toBe(Date.parse('1945-08-20T06:00+09:00'));
    expect(s.selection?.id).not.toBe('no-such-event');
    await page.evaluate(() => { location.hash = '#date=1945-08-21T06:00+09:00&names=modern'; });
    await expect.poll(() => notice.count(), POLL).toBe(0);
    expect((await readState(page)).names).toBe('modern');
    expect(dialogs).toBe(0);
    expect(await violations(page)).toEqual([]);
  });

  it('an injected inline script, inline handler or eval does not run', async () => {
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
