import { expect, test } from '@playwright/test';
import { journeyTemplates } from '../../src/journey/templates/index.ts';
import { openTemplateJourney, simulatePanel } from './simulate-helpers.ts';

/**
 * A playbook's cards are at their tallest after a run (the figures under the summary): no two may
 * overlap then, a card stacked under another keeps a gap wide enough to see the edge and its count
 * between them, and every card's figures are there in full.
 */

/** the smallest gap in flow pixels (at zoom 1) between two cards, one above the other */
const MIN_GAP = 24;

interface Card {
  id: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const words = {
  en: { simulate: 'Simulate', customers: 'Customers', run: 'Run', results: 'Results' },
  'zh-CN': { simulate: '模拟', customers: '客户数', run: '运行', results: '结果' },
} as const;

for (const locale of ['en', 'zh-CN'] as const)
  test(`no playbook card overlaps another, with the figures of a run on every card (${locale})`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const say = words[locale];
    await page.goto('/');
    await page.evaluate((chosen) => localStorage.setItem('journey-canvas.locale', chosen), locale);
    const findings: string[] = [];
    for (const template of journeyTemplates) {
      await openTemplateJourney(page, template.id, locale);
      await page.getByRole('button', { name: say.simulate, exact: true }).click();
      const panel = simulatePanel(page);
      await panel.getByLabel(say.customers).selectOption({ label: '1,000' });
      await panel.getByRole('button', { name: say.run, exact: true }).click();
      await expect(panel.getByRole('heading', { name: say.results })).toBeVisible({ timeout: 30_000 });
      await expect(page.locator('.react-flow__node .jc-figures')).toHaveCount(
        template.build(locale).nodes.length,
      );
      // in flow pixels: the screen rectangle divided by the zoom, so the gap does not depend on the window
      const cards = await page.evaluate((): Card[] => {
        const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
        const zoom = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a;
        return [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((element) => {
          const box = element.getBoundingClientRect();
          return {
            id: element.dataset.id ?? '?',
            left: box.left / zoom,
            top: box.top / zoom,
            right: box.right / zoom,
            bottom: box.bottom / zoom,
          };
        });
      });
      // every card's counts in full: none cut short with an ellipsis
      const clipped = await page.locator('.react-flow__node').evaluateAll((elements) =>
        elements
          .filter((element) => {
            const counts = element.querySelector('.jc-figures__counts')!;
            return counts.scrollWidth > counts.clientWidth;
          })
          .map((element) => element.getAttribute('data-id')),
      );
      for (const id of clipped) findings.push(`${template.id}: the figures of ${id} are cut short`);
      let tightest = Number.POSITIVE_INFINITY;
      for (const [k, upper] of cards.entries())
        for (const lower of cards.slice(k + 1)) {
          const side = upper.right <= lower.left || lower.right <= upper.left;
          if (side) continue;
          const gap = Math.max(lower.top - upper.bottom, upper.top - lower.bottom);
          tightest = Math.min(tightest, gap);
          if (gap < MIN_GAP)
            findings.push(`${template.id}: ${upper.id} and ${lower.id} are ${gap.toFixed(0)} px apart`);
        }
      console.log(
        `${template.id}: ${cards.length} cards, tallest ${Math.max(...cards.map((c) => c.bottom - c.top)).toFixed(0)} px, tightest vertical gap ${tightest.toFixed(0)} px`,
      );
    }
    expect(findings).toEqual([]);
  });
