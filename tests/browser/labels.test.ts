/**
 * Place labels follow the name mode and script chosen in the interface.
 * One page for the file: each test first clicks the controls it depends on.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  TEST_TIMEOUT_MS,
  readRenderedLabels,
  useAtlasSession,
  useSharedAtlas,
  waitForIdle,
  type AtlasWindow,
} from './harness.ts';

const KANA_KANJI = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]/;
const CYRILLIC = /[\u0400-\u04ff]/;
const NAME_1945 = /真岡|Maoka/;
const NAME_MODERN = /Холмск|Kholmsk/;

/** Click a radio input of the interface, as a person would. */
async function choose(page: Page, group: 'names' | 'script', value: string): Promise<void> {
  await page.locator(`input[name="${group}"][value="${value}"]`).check();
}

/** The text of Maoka's label once the map has settled. */
async function maokaLabel(page: Page): Promise<string> {
  await waitForIdle(page);
  const labels = await readRenderedLabels(page);
  const maoka = labels.find((label) => label.id === 'maoka');
  if (!maoka) throw new Error(`no rendered label with id "maoka"; rendered: ${JSON.stringify(labels.map((l) => `${l.id}: ${l.text}`))}`);
  return maoka.text;
}

describe('place labels', { timeout: TEST_TIMEOUT_MS }, () => {
  const session = useAtlasSession();
  // Zoomed on Maoka (Kholmsk) so that its label is placed.
  const shared = useSharedAtlas(session, 'date=1945-08-16T12:00+09:00&map=8/47.05/142.1');
  const atlasPage = async () => (await shared()).page;

  it('read the 1945 name of Maoka in 1945 mode', async () => {
    const page = await atlasPage();
    await choose(page, 'script', 'native');
    await choose(page, 'names', '1945');
    const text = await maokaLabel(page);
    expect(text).toMatch(NAME_1945);
    expect(text).not.toMatch(NAME_MODERN);
    expect(await page.evaluate(() => (window as unknown as AtlasWindow).atlas.state().names)).toBe('1945');
  });

  it('read Kholmsk in modern mode', async () => {
    const page = await atlasPage();
    await choose(page, 'script', 'native');
    await choose(page, 'names', 'modern');
    const text = await maokaLabel(page);
    expect(text).toMatch(NAME_MODERN);
    expect(text).not.toMatch(NAME_1945);
    expect(await page.evaluate(() => (window as unknown as AtlasWindow).atlas.state().names)).toBe('modern');
  });

  it('read both names in both mode', async () => {
    const page = await atlasPage();
    await choose(page, 'script', 'native');
    await choose(page, 'names', 'both');
    const text = await maokaLabel(page);
    expect(text).toMatch(NAME_1945);
    expect(text).toMatch(NAME_MODERN);
  });

  it('use only Latin letters in latin script', async () => {
    const page = await atlasPage();
    await choose(page, 'names', 'both');
    await choose(page, 'script', 'latin');
    const text = await maokaLabel(page);
    expect(text).toContain('Maoka');
    expect(text).toContain('Kholmsk');
    const labels = await readRenderedLabels(page);
    const nonLatin = labels.filter((label) => KANA_KANJI.test(label.text) || CYRILLIC.test(label.text));
    expect(nonLatin, 'labels with kana, kanji or Cyrillic').toEqual([]);
    expect(await page.evaluate(() => (window as unknown as AtlasWindow).atlas.state().script)).toBe('latin');
  });
});
