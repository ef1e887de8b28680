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
  await expect(section.getByRole('img', { name: /^Customer value points:/ })).toHaveCount(1);
});

// Switching the language translates the screen, not the groups' names.
test('value scoring in Chinese', async ({ page }) => {
  await openScoring(page);
  await page.getByLabel('Language').selectOption({ label: '中文' });
  await expect(page.getByRole('heading', { level: 1, name: '客户价值评分' })).toBeVisible();
  await expect(page.getByTestId('value-scored')).toHaveText('9 个中 9 个');
  await expect(page.getByTestId('value-top')).toHaveText('Manufacturing key accounts（35）');
});

// Imported customers with a payment record are scored by the same two 20-point
// criteria, automatically: margin points = 20 × margin ÷ 30% (the default), payment
// points = 20 on time falling to 0 at 90 days overdue (the default).
test('imported customers with days overdue are scored, ranked and rescored when a threshold changes', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: /^Segmentation/ }).click();
  const csv = [
    'Customer name,Sales,Profit,Days overdue',
    'Hengtai Tech,100000,30000,0',
    'Vista Trading,100000,15000,45',
    'Southern Logistics,100000,-2000,0',
    'Star Foods,50000,15000,',
    'Mingda Motors,200000,60000,90',
  ].join('\n');
  await page.getByLabel('Choose a CSV or TSV file').setInputFiles({
    name: 'receivables.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8'),
  });
  // The payment column is guessed from its header.
  await expect(page.getByLabel('Average days overdue')).toHaveValue('3');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('Imported 5 customers.')).toBeVisible();

  await page.getByRole('navigation').getByRole('link', { name: /^Customer value scoring/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Imported customers' })).toBeVisible();
  await expect(page.getByTestId('value-rows-scored')).toHaveText('4 of 5');
  await expect(page.getByTestId('value-rows-top')).toHaveText('Hengtai Tech (40)');
  await expect(page.getByTestId('value-rows-mean')).toHaveText('25.0');
  const ranking = page.getByTestId('value-rows-ranking').locator('tbody tr');
  await expect(ranking).toHaveText([
    '1Hengtai Tech202040',
    '2Mingda Motors20020',
    '3Vista Trading101020',
    '4Southern Logistics02020',
  ]);
  const chart = page.getByRole('img', { name: /^Customers by value points:/ });
  await expect(chart).toHaveAttribute('aria-label', /33–40 points 1; 25–32 points 0; 17–24 points 3/);

  // A refused threshold says why beside the field and changes nothing.
  const full = page.getByLabel('Full margin points from a gross margin of (%)');
  await full.fill('0');
  await full.press('Enter');
  await expect(page.getByText('Enter a number from 0.1 to 100; the threshold is unchanged.')).toBeVisible();
  await expect(page.getByTestId('value-rows-mean')).toHaveText('25.0');
  // Full points from 15%: Vista Trading's 15% margin now earns 20.
  await full.fill('15');
  await full.press('Enter');
  await expect(ranking.nth(1)).toHaveText('2Vista Trading201030');
  await expect(page.getByTestId('value-rows-mean')).toHaveText('27.5');
  await expectSaved(page);

  await page.reload();
  await expect(page.getByLabel('Full margin points from a gross margin of (%)')).toHaveValue('15');
  await expect(page.getByTestId('value-rows-mean')).toHaveText('27.5');
  await page.getByRole('navigation').getByRole('link', { name: 'Workshop report' }).click();
  const section = page.getByRole('region', { name: 'Customer value scoring', exact: true });
  await expect(section.getByTestId('value-rows-ranking').locator('tbody tr').first()).toContainText('Hengtai Tech');
  await expect(section.getByRole('img', { name: /^Customers by value points:/ })).toHaveCount(1);
});
