// Every worksheet screen, in both languages: each field has a visible label of its
// own, DOM ids are unique, and the page renders without errors (the fixture fails a
// test on any console error).
import { test, expect } from './fixtures.mjs';

// Each worksheet and whether its screen has fields (every screen has, now).
const SHEETS = [
  ['profile', true], ['product-gaps', true], ['service-gaps', true], ['back', true],
  ['swot', true], ['7s', true], ['internal-customers', true], ['pestle', true],
  ['stakeholders', true], ['competitors', true], ['customers', true], ['obl', true],
  ['segmentation', true], ['key-value', true], ['loyalty', true], ['loyalty-classes', true], ['issue-log', true],
  ['value-scoring', true], ['scorecard', true], ['readiness', true], ['action-plan', true],
  // Not a worksheet, but its worksheet choice is fields too.
  ['report', true],
  // The library's new-workbook form.
  ['library', true],
];

/** Fields without a visible label, and ids used more than once, on the page. */
async function labelProblems(page) {
  return page.evaluate(() => {
    const visible = (el) => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return box.width > 0 && box.height > 0 && style.visibility !== 'hidden';
    };
    let checked = 0;
    const unlabelled = [];
    for (const field of document.querySelectorAll('main input, main select, main textarea, header select')) {
      if (!visible(field)) continue;
      checked += 1;
      const labels = [...(field.labels || [])].filter((l) => visible(l) && l.textContent.trim() !== '');
      if (labels.length === 0) unlabelled.push(field.id || field.outerHTML.slice(0, 80));
    }
    const seen = new Map();
    for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) || 0) + 1);
    const duplicates = [...seen].filter(([, n]) => n > 1).map(([id]) => id);
    return { checked, unlabelled, duplicates };
  });
}

for (const lang of ['English', '中文']) {
  test(`every field on every worksheet has a visible label (${lang})`, async ({ page }) => {
    await page.goto('/');
    await page.getByLabel(/^(Language|语言)$/).selectOption({ label: lang });
    for (const [sheet, hasFields] of SHEETS) {
      await page.goto(`/#/${sheet}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const { checked, unlabelled, duplicates } = await labelProblems(page);
      expect({ unlabelled, duplicates }, `#/${sheet}`).toEqual({ unlabelled: [], duplicates: [] });
      // The header's language list is always there; a built screen adds its own fields.
      expect(checked > 1, `#/${sheet} has fields`).toBe(hasFields);
    }
  });
}
