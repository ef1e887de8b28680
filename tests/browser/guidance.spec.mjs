// Guidance where the user works (#15): on a blank workbook each worksheet opens with
// "How to fill this in" and one worked example row (shown, never entered), every
// score field says what its ends mean (read with the field by a screen reader), and
// empty text fields show an example entry; the same in Chinese; the disclosure
// closes and stays closed.
import { test, expect } from './fixtures.mjs';
import { itemRow, quadrant, expectSaved, storedWorkbook } from './helpers.mjs';

/** Creates a blank workbook from the library's form and waits until it is open. */
async function createBlank(page, title) {
  await page.goto('/');
  await expectSaved(page);
  await page.getByRole('banner').getByRole('link', { name: 'Workbooks', exact: true }).click();
  const form = page.getByRole('region', { name: 'New workbook' });
  await form.getByLabel('Title', { exact: true }).fill(title);
  await form.getByRole('button', { name: 'Create blank workbook' }).click();
  await expect(page).toHaveURL(/#\/w\/[^/]+\/$/);
}

async function openSheet(page, name, heading = name) {
  await page.getByRole('navigation').getByRole('link', { name: new RegExp(`^${name}`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

test('a blank SWOT shows how to fill it in, with an example, scales and placeholders, in both languages', async ({ page }) => {
  await createBlank(page, 'Guided SWOT');
  await openSheet(page, 'SWOT');

  await expect(page.getByText('How to fill this in', { exact: true })).toBeVisible();
  const example = page.getByRole('group', { name: 'Example: A weakness' });
  await expect(example).toBeVisible();
  await expect(example.getByRole('columnheader', { name: 'Item' })).toBeVisible();
  await expect(example.getByRole('cell', { name: 'Product range not updated for two years' })).toBeVisible();
  await expect(example.getByRole('cell', { name: '7', exact: true })).toBeVisible();
  await expect(example).toContainText('An example only: it is not part of the workbook.');

  // What 1 and 10 mean, for this quadrant: for a weakness 10 is the most serious.
  const weakness = itemRow(page, 'Weaknesses', 0);
  const weaknessScore = weakness.getByLabel('Score', { exact: true });
  await expect(weaknessScore).toHaveAccessibleDescription(/10 = the most serious/);
  await expect(quadrant(page, 'Weaknesses')).toContainText('1 = a minor weakness, 10 = the most serious');
  await expect(itemRow(page, 'Strengths', 0).getByLabel('Score', { exact: true }))
    .toHaveAccessibleDescription(/10 = the strongest/);
  // The example's entry is the empty field's placeholder.
  const text = weakness.getByLabel('Weakness 1', { exact: true });
  await expect(text).toHaveAttribute('placeholder', 'e.g. Product range not updated for two years');

  // The example is not data: the workbook's weaknesses are still empty.
  await text.fill('Few online courses');
  await expectSaved(page);
  const saved = await storedWorkbook(page);
  expect(JSON.stringify(saved)).not.toContain('Product range not updated');

  await page.getByLabel('Language').selectOption({ label: '中文' });
  await expect(page.getByText('填写说明', { exact: true })).toBeVisible();
  const zhExample = page.getByRole('group', { name: '示例：一项劣势' });
  await expect(zhExample.getByRole('cell', { name: '产品线两年未更新' })).toBeVisible();
  await expect(itemRow(page, '劣势', 0).getByLabel('分数', { exact: true }))
    .toHaveAccessibleDescription(/10 = 最严重的劣势/);
  await expect(itemRow(page, '劣势', 1).getByLabel('劣势 2', { exact: true }))
    .toHaveAttribute('placeholder', '例如：产品线两年未更新');
});

test('the guide starts closed on a filled worksheet; closed, it stays closed after a reload', async ({ page }) => {
  // The demo's PESTLE is filled in: its guide is there, closed.
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: /^PESTLE/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'PESTLE' })).toBeVisible();
  await expect(page.getByText('How to fill this in', { exact: true })).toBeVisible();
  await expect(page.getByRole('group', { name: /^Example: An item under/ })).toBeHidden();
  // Every score field still says what its ends mean.
  await expect(page.getByLabel('Impact (1–10)', { exact: true }).first())
    .toHaveAccessibleDescription(/1 = barely affects us, 10 = affects the business most/);
  await expect(page.getByLabel('Likelihood (1–10)', { exact: true }).first())
    .toHaveAccessibleDescription(/10 = almost certain/);

  await createBlank(page, 'Guide remembered');
  await openSheet(page, 'Stakeholders');
  const example = page.getByRole('group', { name: 'Example: A stakeholder' });
  await expect(example).toBeVisible();
  await page.getByText('How to fill this in', { exact: true }).click();
  await expect(example).toBeHidden();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Stakeholders' })).toBeVisible();
  await expect(page.getByText('How to fill this in', { exact: true })).toBeVisible();
  await expect(example).toBeHidden();
  await page.getByText('How to fill this in', { exact: true }).click();
  await expect(example).toBeVisible();
});

test('row lists show the scale under each score field and the example as placeholders', async ({ page }) => {
  await createBlank(page, 'Guided gaps');
  await openSheet(page, 'Product gaps');
  const row = page.getByRole('listitem').filter({ has: page.getByLabel('Gap size (1–10)', { exact: true }) }).first();
  const score = row.getByLabel('Gap size (1–10)', { exact: true });
  await expect(score).toHaveAccessibleDescription(/1 = almost what customers need, 10 = far from it/);
  await expect(row.getByText('1 = almost what customers need, 10 = far from it')).toBeVisible();
  await expect(row.getByLabel('What customers actually need', { exact: true }))
    .toHaveAttribute('placeholder', 'e.g. A machine fitted to their production line');

  // OBL ratings: E, S and N are explained beside the grid and read with each rating.
  await openSheet(page, 'OBL audit');
  await expect(page.getByText('E = excellent, S = satisfactory, N = not good').first()).toBeVisible();
  await expect(page.locator('fieldset.obl-rating').first())
    .toHaveAccessibleDescription('E = excellent, S = satisfactory, N = not good');
});
