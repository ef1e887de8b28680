// The key-customer value analysis (METHOD.md §5): the demo's three classes and seven
// value targets add up; a new target rated for two classes moves the figures, the
// class table and the value map, is kept across a reload and is printed in the report.
//
// Demo figures (crates/workbook/src/demo.rs, VALUE_TARGETS): margins +2, +4, +1, −2,
// −1, −6, +3, so 4 of 7 pay; 7 class × target pairs to lead with, 5 that matter but do
// not pay.
import { test, expect } from './fixtures.mjs';
import { storedWorkbook, expectSaved } from './helpers.mjs';

async function openSheet(page) {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: /^Key-customer value/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Key-customer value' })).toBeVisible();
}

/** The list row whose visible name is `name` ("Value target 8"). */
function row(page, name) {
  return page.getByRole('listitem').filter({ has: page.getByText(name, { exact: true }) });
}

const SMES = 'Open-course annual pass holders (SMEs)';

test('a new value target rated for two classes moves the figures and the map, is kept and printed', async ({ page }) => {
  await openSheet(page);
  await expect(page.getByTestId('kv-classes')).toHaveText('3');
  await expect(page.getByTestId('kv-targets')).toHaveText('7');
  await expect(page.getByTestId('kv-paying')).toHaveText('4 of 7');
  await expect(page.getByTestId('kv-lead')).toHaveText('7');
  await expect(page.getByTestId('kv-cheaper')).toHaveText('5');
  const map = page.getByRole('img', { name: /^Lead with it 7; Deliver more cheaply 5; Offer on request 5; Drop 4$/ });
  await expect(map).toBeVisible();

  await page.getByRole('button', { name: 'Add a value target' }).click();
  const target = row(page, 'Value target 8');
  await target.getByLabel('Value target', { exact: true }).fill('A free follow-up coaching call');
  await target.getByLabel('Cost to deliver (1–10)').fill('2');
  await target.getByLabel('Value it earns us (1–10)').fill('7');
  await expect(target.getByText('Value − cost: +5 · pays')).toBeVisible();
  await target.getByLabel(`Importance to ${SMES} (1–10)`).fill('9');
  await target.getByLabel('Importance to Manufacturing key accounts (1–10)').fill('4');
  await target.getByLabel('How to communicate it').fill('Book the call at the end of each course');

  await expect(page.getByTestId('kv-targets')).toHaveText('8');
  await expect(page.getByTestId('kv-paying')).toHaveText('5 of 8');
  await expect(page.getByTestId('kv-lead')).toHaveText('8');
  await expect(
    page.getByRole('img', { name: /^Lead with it 8; Deliver more cheaply 5; Offer on request 6; Drop 4$/ }),
  ).toBeVisible();
  // The SMEs now lead with the call, before the platform accounts (9 before 7).
  const smes = page.getByTestId('kv-by-class').getByRole('row', { name: new RegExp(`^${SMES.replace(/[()]/g, '\\$&')}`) });
  await expect(smes).toContainText('A free follow-up coaching call, Accounts on the online learning platform');

  await expectSaved(page);
  const stored = (await storedWorkbook(page)).key_value.targets.at(-1);
  expect(stored).toMatchObject({ name: 'A free follow-up coaching call', cost: 2, value: 7 });
  expect(stored.importance.map((i) => i.score).sort()).toEqual([4, 9]);

  await page.reload();
  await expect(page.getByTestId('kv-lead')).toHaveText('8');
  await expect(row(page, 'Value target 8').getByLabel(`Importance to ${SMES} (1–10)`)).toHaveValue('9');
  await expect(row(page, 'Value target 8').getByLabel('How to communicate it')).toHaveValue(
    'Book the call at the end of each course',
  );

  await page.getByRole('navigation').getByRole('link', { name: 'Workshop report' }).click();
  const section = page.getByRole('region', { name: 'Key-customer value', exact: true });
  await expect(section.getByTestId('kv-lead')).toHaveText('8');
  await expect(section.getByTestId('kv-targets-table').locator('tbody tr')).toHaveCount(8);
  await expect(section.getByRole('img', { name: /^Lead with it 8;/ })).toBeVisible();
});

test('a class named on the worksheet gets an importance field on every target, in Chinese too', async ({ page }) => {
  await openSheet(page);
  await page.getByRole('button', { name: 'Add a customer class' }).click();
  await row(page, 'Customer class 4').getByLabel('Customer class', { exact: true }).fill('VIP');
  await expect(row(page, 'Value target 1').getByLabel('Importance to VIP (1–10)')).toBeEmpty();
  await expect(page.getByTestId('kv-classes')).toHaveText('4');

  await page.getByLabel('Language').selectOption({ label: '中文' });
  await expect(page.getByRole('heading', { level: 1, name: '关键客户价值分析' })).toBeVisible();
  await expect(row(page, '价值目标 1').getByLabel('对“VIP”的重要程度（1–10）')).toBeVisible();
  await expect(page.getByTestId('kv-paying')).toHaveText('7 项中 4 项');
});
