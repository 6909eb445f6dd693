// Runs axe-core inside the page and returns the violations of serious or critical impact.
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export type Violation = { id: string; impact: string | null; help: string; nodes: string[] };

/** WCAG 2 A/AA rules on the current page; only serious and critical problems are returned. */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: axePath });
  const found: Violation[] = await page.evaluate(async () => {
    // axe is the global the script tag just defined
    const axe = Reflect.get(globalThis, 'axe');
    const result = await axe.run(Reflect.get(globalThis, 'document'), {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map(
      (v: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
      }),
    );
  });
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
