/**
 * Hostile links: every hash of tests/hostile_hashes.ts is fed to ONE page
 * (replaceState + a hashchange event, as a click on such a link would give);
 * after each the page has thrown nothing, the state is valid and at most one
 * polite notice says what was ignored.
 */
import { describe, expect, it } from 'vitest';
import { hostileHashes } from '../hostile_hashes.ts';
import { TIMELINE_END, TIMELINE_START } from './geo.ts';
import { POLL, TEST_TIMEOUT_MS, useAtlasSession, useSharedAtlas, type AtlasWindow } from './harness.ts';

describe('hostile links', { timeout: TEST_TIMEOUT_MS }, () => {
  const session = useAtlasSession();
  const shared = useSharedAtlas(session);

  it('leave the state valid and throw nothing, for 1,000+ hashes in one page', async () => {
    const { page, consoleErrors } = await shared();
    const hashes = hostileHashes();
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
      { hashes, start: TIMELINE_START, end: TIMELINE_END },
    );
    expect(failures.slice(0, 10)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    // Nothing from a hash ran or became markup.
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('#notices img, #notices script, #notices svg').count()).toBe(0);
  });

  it('say politely what was ignored and keep the valid rest', async () => {
    const { page } = await shared();
    let dialogs = 0;
    page.on('dialog', (d) => { dialogs++; void d.dismiss(); });
    await page.evaluate(() => { location.hash = '#date=1945-08-20T06:00+09:00&names=<img src=x onerror=window.__pwned=1>&map=99/0/0&event=no-such-event'; });
    const notice = page.locator('#notices .notice-hash');
    await expect.poll(() => notice.textContent(), POLL).toContain('names=<img src=x onerror=window.__pwned=1>');
    const text = await notice.textContent();
    expect(text).toContain('map=99/0/0');
    expect(text).toContain('event=no-such-event');
    expect(await notice.getAttribute('role')).toBe('status');
    const s = await page.evaluate(() => (window as unknown as AtlasWindow).atlas.state());
    expect(s.time).toBe(Date.parse('1945-08-20T06:00+09:00'));
    expect(s.selection?.id).not.toBe('no-such-event');
    // A good link afterwards clears the notice.
    await page.evaluate(() => { location.hash = '#date=1945-08-21T06:00+09:00&names=modern'; });
    await expect.poll(() => notice.count(), POLL).toBe(0);
    expect((await page.evaluate(() => (window as unknown as AtlasWindow).atlas.state())).names).toBe('modern');
    expect(dialogs).toBe(0);
  });

  it('opened directly with a hostile hash still load, with the notice', async () => {
    const atlas = await session().openAtlas('names=%E0%A4%A&date=1945-08-15&zoom=<b>&event=nope');
    try {
      const { page, consoleErrors } = atlas;
      await expect.poll(() => page.locator('#notices .notice-hash').textContent(), POLL).toContain('zoom=<b>');
      const s = await page.evaluate(() => (window as unknown as AtlasWindow).atlas.state());
      expect(s.time).toBe(Date.parse('1945-08-15T00:00+09:00'));
      expect(s.selection).toBeNull();
      expect(consoleErrors).toEqual([]);
    } finally {
      await atlas.close();
    }
  });
});
