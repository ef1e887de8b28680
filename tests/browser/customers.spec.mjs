// The customer tables as a workshop uses them: edit a current group's revenue and
// watch the revenue at risk and its chart follow; a refused number stays on screen
// with its message while the workbook keeps the last valid value; move a current
// group to the former customers and see it leave, arrive with its history line and
// change the loss-reason Pareto; keep everything across a reload.
//
// Figures are read from the page first; they are the demo workbook's
// (crates/workbook/src/demo.rs): current groups 3,600,000 + 1,500,000 (at risk) +
// 900,000 + 1,200,000 (at risk), so 2,700,000 at risk of 7,200,000 (37.5%).
import { test, expect } from './fixtures.mjs';
import { storedWorkbook, expectSaved, canvasPixels } from './helpers.mjs';

/** Opens the app and goes to the customer tables through the navigation. */
async function openCustomers(page) {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: /^Customer tables/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Customer tables' })).toBeVisible();
}

const table = (page, name) => page.getByRole('region', { name, exact: true });

/** The list row whose visible name is `name` ("Current group 2") in table `tableName`. */
function row(page, tableName, name) {
  return table(page, tableName)
    .getByRole('listitem')
    .filter({ has: page.getByText(name, { exact: true }) });
}

/** A table's row in the per-table sums (its cells: groups, customers, revenue). */
const sumRow = (page, name) => page.getByRole('table', { name: 'Customer tables' })
  .getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
const rowsOf = (page, tableName) => table(page, tableName).locator('ol.rows > li');
const amount = (n) => n.toLocaleString('en-US');
const number = (text) => Number(text.replace(/,/g, ''));
const riskChart = (page) => page.getByRole('img', { name: /^Current revenue at risk/ });
const paretoChart = (page) => page.getByRole('img', { name: /^Loss reasons \(Pareto\)/ });

test('a revenue edit moves the revenue at risk, its share and the chart', async ({ page }) => {
  await openCustomers(page);
  const atRisk = page.getByTestId('cust-at-risk');
  await expect(atRisk).toHaveText('2,700,000');
  await expect(page.getByTestId('cust-at-risk-share')).toHaveText('37.5%');
  await expect(riskChart(page)).toHaveAttribute(
    'aria-label',
    'Current revenue at risk: safe 4,500,000; at risk 2,700,000 (37.5%)',
  );
  const before = number(await atRisk.innerText());
  const pixels = await canvasPixels(riskChart(page));

  const financial = row(page, 'Current customers', 'Current group 2');
  await expect(financial.getByLabel('At risk')).toBeChecked();
  const revenue = financial.getByLabel('Yearly revenue', { exact: true });
  const old = Number(await revenue.inputValue());
  // Thousands separators are accepted.
  await revenue.fill(amount(old + 500_000));
  const after = before + 500_000;
  await expect(atRisk).toHaveText(amount(after));
  await expect(sumRow(page, 'Current customers').locator('td').nth(2)).toHaveText('7,700,000');
  await expect(page.getByTestId('cust-at-risk-share')).toHaveText('41.6%');
  await expect(riskChart(page)).toHaveAttribute(
    'aria-label',
    `Current revenue at risk: safe 4,500,000; at risk ${amount(after)} (41.6%)`,
  );
  expect(await canvasPixels(riskChart(page))).not.toEqual(pixels);

  // Unflagging the group takes its revenue out of the risk.
  await financial.getByLabel('At risk').uncheck();
  await expect(atRisk).toHaveText('1,200,000');

  await expectSaved(page);
  const saved = await storedWorkbook(page);
  expect(saved.customers.current[1]).toMatchObject({ revenue: old + 500_000, at_risk: false });
});

test('a refused number keeps its text and message; the workbook keeps its value', async ({ page }) => {
  await openCustomers(page);
  const group = row(page, 'Current customers', 'Current group 1');
  const count = group.getByLabel('Number of customers');
  const kept = await count.inputValue();
  const sum = sumRow(page, 'Current customers').locator('td').nth(1);
  const sumBefore = await sum.innerText();

  await count.fill('12a');
  await expect(count).toHaveValue('12a');
  await expect(count).toHaveAttribute('aria-invalid', 'true');
  await expect(group.getByRole('alert')).toHaveText(
    `“12a” is not a number. Enter a whole number, 0 or more; it stays ${kept}.`,
  );
  await expect(sum).toHaveText(sumBefore);

  // Full-width digits are fine, and the message goes.
  await count.fill('１５');
  await expect(count).toHaveAttribute('aria-invalid', 'false');
  await expect(group.locator('.field-error')).toHaveCount(0);
  await expect(sum).toHaveText(String(number(sumBefore) - Number(kept) + 15));

  await expectSaved(page);
  expect((await storedWorkbook(page)).customers.current[0].customers).toBe(15);

  // As with scores, refused text returns the group to the number it had when the
  // field took the focus (half-typed numbers are not kept).
  await count.fill('-3');
  await expect(group.getByRole('alert')).toHaveText(
    `-3 is below zero. Enter a whole number, 0 or more; it stays ${kept}.`,
  );
  await expect(sum).toHaveText(sumBefore);
  await expectSaved(page);
  expect((await storedWorkbook(page)).customers.current[0].customers).toBe(Number(kept));
  await page.reload();
  await expect(row(page, 'Current customers', 'Current group 1').getByLabel('Number of customers'))
    .toHaveValue(kept);
});

test('moving a current group to the former customers keeps it, with its history', async ({ page }) => {
  await openCustomers(page);
  await expect(rowsOf(page, 'Current customers')).toHaveCount(4);
  await expect(rowsOf(page, 'Former customers')).toHaveCount(3);
  const pareto = page.getByTestId('cust-pareto').getByRole('listitem');
  await expect(pareto.first()).toHaveText('Competitor — 390,000 (cumulative 36.8%)');
  await expect(pareto.filter({ hasText: /^Quality/ })).toHaveCount(0);
  await expect(sumRow(page, 'Former customers').locator('td').nth(2)).toHaveText('1,060,000');
  // The demo's moved group shows its history.
  await expect(row(page, 'Former customers', 'Former group 3'))
    .toContainText('Moved from Current on 2025-09-15');

  const financial = row(page, 'Current customers', 'Current group 2');
  const name = await financial.getByLabel('Customer group', { exact: true }).inputValue();
  const reason = await financial.getByLabel('Why they are customers').inputValue();
  await expect(financial.getByLabel('Quality')).toBeChecked();
  const paretoPixels = await canvasPixels(paretoChart(page));

  await financial.getByLabel('Move to…').selectOption({ label: 'Former customers' });
  await financial.getByRole('button', { name: 'Move group' }).click();
  const today = await page.evaluate(() => new Date().toISOString().slice(0, 10));

  await expect(rowsOf(page, 'Current customers')).toHaveCount(3);
  const currentNames = table(page, 'Current customers').getByLabel('Customer group', { exact: true });
  expect(await currentNames.evaluateAll((els) => els.map((e) => e.value))).not.toContain(name);
  await expect(rowsOf(page, 'Former customers')).toHaveCount(4);
  const moved = row(page, 'Former customers', 'Former group 4');
  await expect(moved.getByLabel('Customer group', { exact: true })).toHaveValue(name);
  await expect(moved.getByLabel('Why they are no longer customers')).toHaveValue(reason);
  await expect(moved.getByLabel('Yearly revenue lost')).toHaveValue('1500000');
  await expect(moved.getByLabel('When')).toHaveValue(today);
  await expect(moved).toContainText(`Moved from Current on ${today}`);

  // The figures follow: its 1,500,000 is now lost, under Quality, and no longer at risk.
  await expect(sumRow(page, 'Former customers').locator('td').nth(2)).toHaveText('2,560,000');
  await expect(page.getByTestId('cust-at-risk')).toHaveText('1,200,000');
  await expect(pareto.first()).toHaveText('Quality — 1,500,000 (cumulative 58.6%)');
  await expect(paretoChart(page)).toHaveAttribute('aria-label', /^Loss reasons \(Pareto\): Quality 1,500,000; Competitor 390,000;/);
  expect(await canvasPixels(paretoChart(page))).not.toEqual(paretoPixels);
  await expectSaved(page);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Customer tables' })).toBeVisible();
  await expect(rowsOf(page, 'Current customers')).toHaveCount(3);
  await expect(rowsOf(page, 'Former customers')).toHaveCount(4);
  await expect(row(page, 'Former customers', 'Former group 4')).toContainText(`Moved from Current on ${today}`);
  await expect(row(page, 'Former customers', 'Former group 4').getByLabel('Customer group', { exact: true }))
    .toHaveValue(name);
  await expect(pareto.first()).toHaveText('Quality — 1,500,000 (cumulative 58.6%)');
  await expect(page.getByTestId('cust-at-risk')).toHaveText('1,200,000');
  const saved = await storedWorkbook(page);
  expect(saved.customers.current).toHaveLength(3);
  expect(saved.customers.former[3]).toMatchObject({
    name,
    reason,
    revenue: 1_500_000,
    history: [{ from: 'current', to: 'former', at: today }],
  });
});

test('the page reads in Chinese', async ({ page }) => {
  await openCustomers(page);
  await page.getByLabel('Language').selectOption({ label: '中文' });
  for (const name of ['前顾客', '当前顾客', '潜在顾客', '黑名单顾客']) {
    await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
  }
  await expect(row(page, '前顾客', '前顾客群 3')).toContainText('2025-09-15 由当前顾客表移入');
  await expect(row(page, '当前顾客', '当前顾客群 2').getByLabel('可能流失')).toBeChecked();
  await expect(page.getByRole('img', { name: /^当前收入中可能流失的部分/ }))
    .toHaveAttribute('aria-label', /可能流失 2,700,000（37.5%）/);
});

test('amounts as Chinese users type them: 36万, 1.2亿 and 3,600,000 are accepted', async ({ page }) => {
  await openCustomers(page);
  await page.getByLabel('Language').selectOption({ label: '中文' });
  const group = row(page, '当前顾客', '当前顾客群 1');
  const revenue = group.getByLabel('年收入', { exact: true });
  for (const [typed, stored] of [['36万', 360_000], ['1.2亿', 120_000_000], ['3,600,000', 3_600_000], ['36万元', 360_000]]) {
    await revenue.fill(typed);
    await expect(revenue).toHaveAttribute('aria-invalid', 'false');
    await expect(group.locator('.field-error')).toHaveCount(0);
    await expectSaved(page, '已保存在本浏览器');
    expect((await storedWorkbook(page)).customers.current[0].revenue).toBe(stored);
  }
  // A multiplied decimal must come out whole.
  await revenue.fill('1.23456万');
  await expect(revenue).toHaveAttribute('aria-invalid', 'true');
  expect((await storedWorkbook(page)).customers.current[0].revenue).toBe(360_000);
});

test('reason tags are edited in one place: renamed everywhere, removed from every group', async ({ page }) => {
  await openCustomers(page);
  const tags = page.getByRole('region', { name: 'Reason tags', exact: true });
  const firstGroup = rowsOf(page, 'Former customers').first();
  const priceBoxes = firstGroup.getByRole('checkbox', { name: 'Price', exact: true });
  const before = await priceBoxes.count();

  // Rename "Price": every group's checkbox follows.
  await tags.getByRole('textbox', { name: 'Tag' }).first().fill('Price level');
  await expect(firstGroup.getByRole('checkbox', { name: 'Price level', exact: true })).toHaveCount(before);

  // Add a tag: it is offered to every group at once, ready to type.
  await tags.getByRole('button', { name: 'Add a tag' }).click();
  await expect(tags.getByRole('textbox', { name: 'Tag' }).last()).toBeFocused();
  await page.keyboard.type('Payment terms');
  await expect(firstGroup.getByRole('checkbox', { name: 'Payment terms', exact: true })).toHaveCount(1);

  // Remove "Price level": no group keeps it.
  await tags.getByRole('button', { name: 'Remove — Tag 1' }).click();
  await expect(page.getByRole('checkbox', { name: 'Price level', exact: true })).toHaveCount(0);
  await expectSaved(page);
  const saved = await storedWorkbook(page);
  const removed = saved.customers.tags.find((t) => t.name === 'Price level');
  expect(removed).toBeUndefined();
  expect(saved.customers.tags.some((t) => t.name === 'Payment terms')).toBe(true);

  await page.reload();
  await expect(tags.getByRole('textbox', { name: 'Tag' }).last()).toHaveValue('Payment terms');
});
