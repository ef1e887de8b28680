// Six customer classes and relationships (METHOD.md §6): the demo's six groups, one in each
// loyalty class, add up; a new group placed in a class and on the continuum moves the
// figures, the class table and the continuum chart; an action cleared is listed as
// missing; everything is kept across a reload and printed in the report.
//
// Demo figures (crates/workbook/src/demo.rs, LOYALTY_GROUPS): customers 12, 6, 9, 140
// in classes 1–4 (167 buying, 18 long-term: 11%), 146 who may leave (classes 2 and 4);
// moves +1 +2 +2 +1 +4 0; mean position 4.5 → 6.2.
import { test, expect } from './fixtures.mjs';
import { storedWorkbook, expectSaved } from './helpers.mjs';

async function openSheet(page) {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: /^Six customer classes/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Six customer classes and relationships' })).toBeVisible();
}

/** The list row whose visible name is `name` ("Customer group 7"). */
function row(page, name) {
  return page.getByRole('listitem').filter({ has: page.getByText(name, { exact: true }) });
}

const CLASS_3 = '3 · Occasional, may buy more with the right incentive';
const CLASS_5 = '5 · Non-users who may become customers';

test('a new group placed in a class and on the continuum moves the figures and the chart, is kept and printed', async ({ page }) => {
  await openSheet(page);
  await expect(page.getByTestId('lc-groups')).toHaveText('6');
  await expect(page.getByTestId('lc-long-term')).toHaveText('11%');
  await expect(page.getByTestId('lc-may-leave')).toHaveText('146');
  await expect(page.getByTestId('lc-moves')).toHaveText('5 / 1 / 0');
  await expect(page.getByTestId('lc-mean')).toHaveText('4.5 → 6.2');
  await expect(page.getByTestId('lc-no-action')).toHaveText('Every class that holds a group has its action.');
  await expect(page.getByRole('img', { name: /^Manufacturing key accounts 8 → 9; / })).toBeVisible();

  await page.getByRole('button', { name: 'Add a customer group' }).click();
  const group = row(page, 'Customer group 7');
  await group.getByLabel('Customer group or key account').fill('Logistics companies');
  await group.getByLabel('Customers').fill('20');
  await group.getByLabel('Loyalty class').selectOption({ label: CLASS_3 });
  await group.getByLabel('Relationship today (1–10)').fill('3');
  await group.getByLabel('Target relationship (1–10)').fill('7');
  await expect(group.getByText('Distant → Close working relationship')).toBeVisible();

  await expect(page.getByTestId('lc-groups')).toHaveText('7');
  await expect(page.getByTestId('lc-long-term')).toHaveText('10%');
  await expect(page.getByTestId('lc-moves')).toHaveText('6 / 1 / 0');
  await expect(page.getByRole('img', { name: /; Logistics companies 3 → 7$/ })).toBeVisible();
  await expect(page.getByTestId('lc-classes').getByRole('row', { name: /^3 · Occasional, may buy more/ })).toContainText(
    'Financial-services clients, Logistics companies29',
  );
  // The class's own section lists the group too.
  const section3 = page.getByRole('region', { name: CLASS_3 });
  await expect(section3).toContainText('Placed here: Financial-services clients, Logistics companies');

  // An action cleared is asked for again.
  await page.getByLabel(`Our action — ${CLASS_5}`).fill('');
  await expect(page.getByTestId('lc-no-action')).toContainText(CLASS_5);

  await expectSaved(page);
  const stored = (await storedWorkbook(page)).loyalty_classes;
  expect(stored.groups.at(-1)).toMatchObject({
    name: 'Logistics companies', customers: 20, class: 'occasional_may_buy_more', today: 3, target: 7,
  });
  expect(stored.actions.map((a) => a.class)).not.toContain('non_user_may_buy');

  await page.reload();
  await expect(page.getByTestId('lc-moves')).toHaveText('6 / 1 / 0');
  await expect(row(page, 'Customer group 7').getByLabel('Loyalty class')).toHaveValue('2');
  await expect(row(page, 'Customer group 7').getByLabel('Target relationship (1–10)')).toHaveValue('7');
  await expect(page.getByLabel(`Our action — ${CLASS_5}`)).toHaveValue('');

  await page.getByRole('navigation').getByRole('link', { name: 'Workshop report' }).click();
  const report = page.getByRole('region', { name: 'Six customer classes and relationships', exact: true });
  await expect(report.getByTestId('lc-classes').locator('tbody tr')).toHaveCount(6);
  await expect(report.getByTestId('lc-continuum').locator('tbody tr')).toHaveCount(7);
  await expect(report.getByRole('img', { name: /; Logistics companies 3 → 7$/ })).toBeVisible();
});

test('the classes and stages read in Chinese', async ({ page }) => {
  await openSheet(page);
  await page.getByLabel('Language').selectOption({ label: '中文' });
  await expect(page.getByRole('heading', { level: 1, name: '六类客户与关系连续流' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: '6 · 不会购买的非用户' })).toBeVisible();
  await expect(row(page, '客户群 1').getByText('亲密的工作关系 → 亲密的工作关系')).toBeVisible();
});
