/**
 * axe-core in an atlas page. The page's CSP (script-src 'self') blocks an
 * injected <script> tag, so the library's source is evaluated through the
 * DevTools protocol (page.evaluate), which the CSP does not govern.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './app_server.ts';

/** One axe violation as the tests report it. */
export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  /** CSS selectors of (up to three of) the offending nodes. */
  targets: string[];
}

let source: string | undefined;

/**
 * Run axe-core on the page as it is now.
 * @param page - an opened atlas page
 * @returns the violations of impact `serious` or `critical` (axe's WCAG 2.x A/AA and best-practice rules)
 */
export async function seriousAxeViolations(page: Page): Promise<AxeFinding[]> {
  source ??= readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(source);
  return page.evaluate(async () => {
    type AxeResult = { violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResult> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
}
