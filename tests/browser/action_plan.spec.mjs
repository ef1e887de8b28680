// The action plan (TOWS) as a workshop closes with it: the demo's four strategies
// counted by type and status, a new strategy built from ticked SWOT items with an
// owner, a past due date and a status, the overdue list following, everything kept
// across a reload, and the plan printed at the end of the report.
//
// Demo figures (crates/workbook/src/demo.rs, ACTIONS): SO under way, ST and WO not
// started, WT done; every action has an owner; no due date before 2026-12.
import { test, expect } from './fixtures.mjs';
import { storedWorkbook, expectSaved } from './helpers.mjs';

async function openPlan(page) {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: /^Action plan/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Action plan' })).toBeVisible();
}

/** The list row whose visible name is `name` ("Action 5"). */
function row(page, name) {
  return page.getByRole('listitem').filter({ has: page.getByText(name, { exact: true }) });
}

test('a strategy built from SWOT items is counted, shown overdue, kept and printed', async ({ page }) => {
  await openPlan(page);
  await expect(page.getByTestId('plan-actions')).toHaveText('4');
  await expect(page.getByTestId('plan-done')).toHaveText('1 of 4 (25%)');
  await expect(page.getByTestId('plan-unowned')).toHaveText('0');
  await expect(page.getByTestId('plan-overdue')).toContainText('Nothing is overdue.');

  await page.getByRole('button', { name: 'Add an action' }).click();
  const action = row(page, 'Action 5');
  // Without a type there is nothing to tick, and the page says why.
  await expect(action.getByText('Choose a strategy type to see the SWOT items it can use.')).toBeVisible();
  await action.getByLabel('Strategy type').selectOption({ label: 'SO: strengths × opportunities' });
  const strength = action.getByRole('checkbox', { name: 'Strengths: Experienced full-time trainer team' });
  const opportunity = action.getByRole('checkbox', {
    name: 'Opportunities: Growing demand for digital-transformation training',
  });
  // Only the two quadrants of an SO strategy are offered.
  await expect(action.getByRole('checkbox', { name: /^Weaknesses:/ })).toHaveCount(0);
  await strength.check();
  await opportunity.check();
  await action.getByLabel('What will be done').fill('Launch a digital-transformation course taught by the senior trainers');
  await action.getByLabel('Owner').fill('Wang Lei');
  await action.getByLabel('Due date').fill('2026-01-31');
  await action.getByLabel('Status').selectOption({ label: 'Under way' });

  await expect(page.getByTestId('plan-actions')).toHaveText('5');
  await expect(page.getByTestId('plan-done')).toHaveText('1 of 5 (20%)');
  await expect(page.getByTestId('plan-statuses').getByRole('row', { name: /^Under way/ })).toHaveText('Under way2');
  await expect(page.getByTestId('plan-kinds').getByRole('row', { name: /^SO:/ })).toHaveText('SO: strengths × opportunities2');
  await expect(page.getByTestId('plan-overdue')).toContainText(
    '2026-01-31 · Launch a digital-transformation course taught by the senior trainers',
  );

  // A new type keeps only the items it can use: WO keeps the opportunity.
  await action.getByLabel('Strategy type').selectOption({ label: 'WO: weaknesses × opportunities' });
  await expect(action.getByRole('checkbox', { name: /^Strengths:/ })).toHaveCount(0);
  await expect(opportunity).toBeChecked();
  await action.getByLabel('Strategy type').selectOption({ label: 'SO: strengths × opportunities' });
  await expect(strength).not.toBeChecked();
  await strength.check();

  await expectSaved(page);
  const stored = (await storedWorkbook(page)).action_plan.at(-1);
  expect(stored).toMatchObject({ kind: 'so', owner: 'Wang Lei', due: '2026-01-31', status: 'under_way' });
  expect(stored.uses).toHaveLength(2);

  await page.reload();
  await expect(page.getByTestId('plan-actions')).toHaveText('5');
  await expect(row(page, 'Action 5').getByLabel('Owner')).toHaveValue('Wang Lei');
  await expect(row(page, 'Action 5').getByLabel('Due date')).toHaveValue('2026-01-31');
  await expect(strength).toBeChecked();
  await expect(opportunity).toBeChecked();

  // The report prints the plan last, with the items by their text.
  await page.getByRole('navigation').getByRole('link', { name: 'Workshop report' }).click();
  const section = page.getByRole('region', { name: 'Action plan', exact: true });
  const plan = section.getByTestId('plan-table');
  await expect(plan.locator('tbody tr')).toHaveCount(5);
  await expect(plan.locator('tbody tr').last()).toContainText(
    'Experienced full-time trainer team, Growing demand for digital-transformation training',
  );
  const headings = await page.locator('.report-section > h2').allTextContents();
  expect(headings.at(-1)).toBe('Action plan');
});

test('the plan in Chinese names the strategy types and statuses in Chinese', async ({ page }) => {
  await openPlan(page);
  await page.getByLabel('Language').selectOption({ label: '中文' });
  await expect(page.getByRole('heading', { level: 1, name: '行动计划' })).toBeVisible();
  await expect(row(page, '行动 1').getByLabel('战略类型')).toHaveValue(/.+/);
  await expect(page.getByTestId('plan-done')).toHaveText('4 项中 1 项（25%）');
});
