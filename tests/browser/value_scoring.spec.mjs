// Customer value scoring (METHOD.md §8): the demo's nine customer groups scored on
// gross margin and payment record and ranked; new points move a group to the top of
// the table and the chart, a cleared score takes it out of the ranking (never counted
// as zero), everything kept across a reload and printed in the report.
//
// Demo points (crates/workbook/src/demo/method.rs, VALUE_SCORES): manufacturing
// 18 + 17 and financial services 16 + 19 share first place with 35; the mean is 24.
import { test, expect } from './fixtures.mjs';
import { storedWorkbook, expectSaved } from './helpers.mjs';

async function openScoring(page) {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: /^Customer value scoring/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Customer value scoring' })).toBeVisible();
}

/** The list item of the customer group `name`. */
function group(page, name) {
  return page.getByRole('listitem').filter({ has: page.getByText(name, { exact: true }) });
}

test('scores rank the groups in the table and the chart, are kept and printed', async ({ page }) => {
  await openScoring(page);
  await expect(page.getByTestId('value-scored')).toHaveText('9 of 9');
  await expect(page.getByTestId('value-top')).toHaveText('Manufacturing key accounts (35)');
  await expect(page.getByTestId('value-mean')).toHaveText('24.0');
  const ranking = page.getByTestId('value-ranking');
  await expect(ranking.locator('tbody tr')).toHaveCount(9);
  await expect(ranking.locator('tbody tr').nth(1)).toHaveText('1Financial-services clientsCurrent customers161935');
  const chart = page.getByRole('img', { name: /^Customer value points:/ });
  await expect(chart).toHaveAttribute('aria-label', /^Customer value points: Manufacturing key accounts 35/);

  const smes = group(page, 'Open-course annual pass holders (SMEs)');
  await smes.getByLabel('Gross margin (0–20)').fill('20');
  await smes.getByLabel('Payment record (0–20)').fill('20');
  await expect(page.getByTestId('value-top')).toHaveText('Open-course annual pass holders (SMEs) (40)');
  await expect(ranking.locator('tbody tr').first()).toHaveText('1Open-course annual pass holders (SMEs)Current customers202040');
  await expect(chart).toHaveAttribute('aria-label', /^Customer value points: Open-course annual pass holders \(SMEs\) 40/);

  // More than 20 points is refused; the score stays.
  const retail = group(page, 'Retail chain stores');
  await retail.getByLabel('Payment record (0–20)').fill('25');
  await expect(page.getByTestId('value-scored')).toHaveText('9 of 9');
  await retail.getByLabel('Payment record (0–20)').fill('');
  await expect(page.getByTestId('value-scored')).toHaveText('8 of 9');
  await expect(page.getByTestId('value-unscored')).toContainText('Retail chain stores');
  await expect(ranking.locator('tbody tr')).toHaveCount(8);

  await expectSaved(page);
  const stored = await storedWorkbook(page);
  expect(stored.value_scores.filter((s) => s.margin === 20 && s.payment === 20)).toHaveLength(1);

  await page.reload();
  await expect(page.getByTestId('value-top')).toHaveText('Open-course annual pass holders (SMEs) (40)');
  await expect(group(page, 'Retail chain stores').getByLabel('Payment record (0–20)')).toHaveValue('');
  await expect(group(page, 'Retail chain stores').getByLabel('Gross margin (0–20)')).toHaveValue('10');

  await page.getByRole('navigation').getByRole('link', { name: 'Workshop report' }).click();
  const section = page.getByRole('region', { name: 'Customer value scoring', exact: true });
  await expect(section.getByTestId('value-ranking').locator('tbody tr').first())
    .toContainText('Open-course annual pass holders (SMEs)');
  await expect(section.getByRole('img')).toHaveCount(1);
});

// Switching the language translates the screen, not the groups' names.
test('value scoring in Chinese', async ({ page }) => {
  await openScoring(page);
  await page.getByLabel('Language').selectOption({ label: '中文' });
  await expect(page.getByRole('heading', { level: 1, name: '客户价值评分' })).toBeVisible();
  await expect(page.getByTestId('value-scored')).toHaveText('9 个中 9 个');
  await expect(page.getByTestId('value-top')).toHaveText('Manufacturing key accounts（35）');
});
