// The CRM scorecard (METHOD.md §8) and the twelve-step readiness check (§9): the
// demo's six indicators' progress from baseline to target, a current value that
// passes the target and a new leading indicator with a falling target; the
// readiness steps rated, the overview repeating how far the company has come;
// everything kept across a reload and printed in the report.
//
// Demo figures (crates/workbook/src/demo/method.rs): retention 78 → 88 stands at 75
// (−30%); lagging progress 39%, 27%, 50% (mean 38%); leading 50%, 54%, −30% (25%).
// Readiness: steps 1–3 done; 4, 5, 7 and 10 under way.
import { test, expect } from './fixtures.mjs';
import { storedWorkbook, expectSaved } from './helpers.mjs';

async function open(page, name) {
  await page.getByRole('navigation').getByRole('link', { name: new RegExp(`^${name}`) }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** The list row whose visible name is `name` ("Indicator 6"). */
function row(page, name) {
  return page.getByRole('listitem').filter({ has: page.getByText(name, { exact: true }) });
}

test('indicators show their progress to target, are kept and printed', async ({ page }) => {
  await page.goto('/');
  await open(page, 'CRM scorecard');
  await expect(page.getByTestId('card-measured')).toHaveText('6 of 6');
  await expect(page.getByTestId('card-reached')).toHaveText('0');
  await expect(page.getByTestId('card-slipping')).toHaveText('1');
  await expect(page.getByTestId('card-lagging')).toHaveText('38%');
  await expect(page.getByTestId('card-leading')).toHaveText('25%');
  const chart = page.getByRole('img', { name: /^Progress to target:/ });
  await expect(chart).toHaveAttribute('aria-label', /Customer retention -30%/);

  const retention = row(page, 'Indicator 6');
  await expect(retention.getByLabel('Indicator', { exact: true })).toHaveValue('Customer retention');
  await retention.getByLabel('Current').fill('90');
  await expect(retention.locator('output')).toHaveText('120%');
  await expect(page.getByTestId('card-reached')).toHaveText('1');
  await expect(page.getByTestId('card-slipping')).toHaveText('0');
  await expect(page.getByTestId('card-leading')).toHaveText('75%');
  await expect(chart).toHaveAttribute('aria-label', /Customer retention 120%/);

  await page.getByRole('button', { name: 'Add an indicator' }).click();
  const complaints = row(page, 'Indicator 7');
  await complaints.getByLabel('Kind').selectOption({ label: 'Leading' });
  await complaints.getByLabel('Indicator', { exact: true }).fill('Complaints per month');
  await complaints.getByLabel('Baseline').fill('40');
  await complaints.getByLabel('Target').fill('10');
  await complaints.getByLabel('Current').fill('25');
  await expect(complaints.locator('output')).toHaveText('50%');
  await expect(page.getByTestId('card-measured')).toHaveText('7 of 7');
  await expect(chart).toHaveAttribute('aria-label', /Complaints per month 50%/);

  await expectSaved(page);
  const stored = (await storedWorkbook(page)).scorecard.at(-1);
  expect(stored).toMatchObject({ kind: 'leading', name: 'Complaints per month', baseline: '40', target: '10', current: '25' });

  await page.reload();
  await expect(page.getByTestId('card-measured')).toHaveText('7 of 7');
  await expect(row(page, 'Indicator 6').getByLabel('Current')).toHaveValue('90');

  await page.getByRole('navigation').getByRole('link', { name: 'Workshop report' }).click();
  const section = page.getByRole('region', { name: 'CRM scorecard', exact: true });
  await expect(section.getByTestId('card-table').locator('tbody tr')).toHaveCount(7);
  await expect(section.getByTestId('card-table').locator('tbody tr').last()).toContainText('Complaints per month');
  await expect(section.getByRole('img')).toHaveCount(1);
});

test('readiness steps are rated with evidence, shown on the overview, kept and printed', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('overview-readiness')).toHaveText('3 of 12 steps done, 4 under way (42%)');
  await open(page, 'Twelve-step readiness');
  await expect(page.getByTestId('ready-done')).toHaveText('3 of 12');
  await expect(page.getByTestId('ready-next')).toHaveText('4. Customer analysis and strategy');

  const step4 = page.getByRole('group', { name: '4. Customer analysis and strategy' });
  await step4.getByLabel('Status').selectOption({ label: 'Done' });
  await step4.getByLabel('Evidence').fill('Strategy per customer group approved by the board');
  await expect(page.getByTestId('ready-done')).toHaveText('4 of 12');
  await expect(page.getByTestId('ready-under-way')).toHaveText('3');
  await expect(page.getByTestId('ready-next')).toHaveText('5. Capability to succeed');
  await expect(page.getByTestId('ready-phases').getByRole('row', { name: /^Phase 2/ }))
    .toHaveText('Phase 2 (steps 4–7)412');

  await expectSaved(page);
  const stored = (await storedWorkbook(page)).readiness.steps[3];
  expect(stored).toMatchObject({ step: 'customer_analysis', status: 'done' });

  await page.reload();
  await expect(step4.getByLabel('Evidence')).toHaveValue('Strategy per customer group approved by the board');
  await page.getByRole('navigation').getByRole('link', { name: 'Overview' }).click();
  await expect(page.getByTestId('overview-readiness')).toHaveText('4 of 12 steps done, 3 under way (46%)');

  await page.getByRole('navigation').getByRole('link', { name: 'Workshop report' }).click();
  const section = page.getByRole('region', { name: 'Twelve-step readiness', exact: true });
  const steps = section.getByTestId('ready-steps');
  await expect(steps.locator('tbody tr')).toHaveCount(12);
  await expect(steps.locator('tbody tr').nth(3)).toContainText('Strategy per customer group approved by the board');

  await page.getByLabel('Language').selectOption({ label: '中文' });
  await page.getByRole('navigation').getByRole('link', { name: /^十二步建设进展/ }).click();
  await expect(page.getByTestId('ready-done')).toHaveText('12 步中 4 步');
  await expect(page.getByRole('group', { name: '4. 客户分析与战略形成' }).getByLabel('进展')).toHaveValue('2');
});
