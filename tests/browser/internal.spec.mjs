// The company profile and the gap tables as a user works them, and sending a gap
// to SWOT: the item shows where it came from, and removing the source harms neither.
import { test, expect } from './fixtures.mjs';
import { quadrant, storedWorkbook, expectSaved, canvasPixels } from './helpers.mjs';

/** Opens a worksheet through the navigation. */
async function openSheet(page, name) {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: new RegExp(`^${name} · `) }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** The list row whose visible name is `name` ("Gap 1"). */
function row(page, name) {
  return page.getByRole('listitem').filter({ has: page.getByText(name, { exact: true }) });
}

test('a gap size edit updates the scores and the chart; a bad size is refused in place', async ({ page }) => {
  await openSheet(page, 'Product gaps');
  await expect(page.getByTestId('gap-total')).toHaveText('25');
  const chart = page.getByRole('img', { name: /^Gaps, largest first/ });
  await expect(chart).toHaveAttribute('aria-label', /Standard two-day classroom courses → .* 7/);
  const before = await canvasPixels(chart);

  const size = row(page, 'Gap 1').getByLabel('Gap size (1–10)');
  await size.fill('2');
  await expect(page.getByTestId('gap-total')).toHaveText('20');
  await expect(chart).toHaveAttribute('aria-label', /Standard two-day classroom courses → .* 2/);
  expect(await canvasPixels(chart)).not.toEqual(before);
  await size.blur();

  // A refused text stays on screen with its message; the score keeps 2.
  await size.fill('abc');
  await expect(row(page, 'Gap 1').getByRole('alert')).toContainText('the score stays 2');
  await expect(row(page, 'Gap 1').getByRole('alert')).toContainText('“abc” is not a number.');
  await expect(size).toHaveValue('abc');
  await expect(page.getByTestId('gap-total')).toHaveText('20');

  await row(page, 'Gap 2').getByLabel('Priority').selectOption({ label: 'Low' });
  await expect(page.getByTestId('gap-high')).toHaveText('2');
  await expectSaved(page);
  const saved = await storedWorkbook(page);
  expect(saved.product_gaps[0].gap).toBe(2);
  expect(saved.product_gaps[1].priority).toBe('low');

  await page.reload();
  await expect(row(page, 'Gap 1').getByLabel('Gap size (1–10)')).toHaveValue('2');
  await expect(row(page, 'Gap 2').getByLabel('Priority')).toHaveValue('2');
});

test('a product gap sent to SWOT keeps its origin, and outlives its source', async ({ page }) => {
  await openSheet(page, 'Product gaps');
  await row(page, 'Gap 1').getByRole('button', { name: 'Send to SWOT weaknesses — Gap 1' }).click();
  await expect(row(page, 'Gap 1').getByRole('link', { name: '✓ In SWOT' })).toBeVisible();

  await page.getByRole('navigation').getByRole('link', { name: /^SWOT/ }).click();
  const weaknesses = quadrant(page, 'Weaknesses');
  const sent = weaknesses.getByRole('listitem').nth(4);
  await expect(sent.getByLabel('Weakness 5', { exact: true })).toHaveValue(/^Standard two-day classroom courses → /);
  await expect(sent.getByLabel('Score', { exact: true })).toHaveValue('7');
  await expect(sent).toContainText('From: Product gaps');
  await expect(weaknesses).toContainText('Total: 33');

  // Removing the source leaves the SWOT item whole, and says so.
  await page.goBack();
  await row(page, 'Gap 1').getByRole('button', { name: 'Remove — Gap 1' }).click();
  await expect(page.getByTestId('gap-total')).toHaveText('18');
  await page.getByRole('navigation').getByRole('link', { name: /^SWOT/ }).click();
  await expect(sent).toContainText('the source has since been removed');
  await expect(weaknesses).toContainText('Total: 33');

  // Removing the SWOT item leaves the gap table alone.
  await sent.getByRole('button', { name: 'Remove — Weakness 5' }).click();
  await expect(weaknesses.getByRole('listitem')).toHaveCount(4);
  await expectSaved(page);
  const saved = await storedWorkbook(page);
  expect(saved.product_gaps).toHaveLength(3);
  expect(saved.swot.weaknesses).toHaveLength(4);
});

test('the company profile: lists grow with Enter and survive a reload', async ({ page }) => {
  await openSheet(page, 'Company profile');
  await expect(page.getByTestId('profile-completion')).toHaveText('100%');
  const goals = page.getByRole('region', { name: 'Current strategic goals' });
  const count = await goals.getByRole('listitem').count();
  await goals.getByRole('listitem').last().getByLabel('Owner').press('Enter');
  await expect(goals.getByRole('listitem')).toHaveCount(count + 1);
  const fresh = goals.getByRole('listitem').last();
  await expect(fresh.getByLabel('Goal', { exact: true })).toBeFocused();
  await page.keyboard.type('Launch a blended-learning line');
  // A goal without a date and an owner is not complete.
  await expect(page.getByTestId('profile-completion')).not.toHaveText('100%');
  await fresh.getByLabel('Target date').fill('2027-06');
  await fresh.getByLabel('Owner').fill('Training director');
  await expect(page.getByTestId('profile-completion')).toHaveText('100%');

  await page.getByLabel('Type of company').fill('Corporate training company');
  await expectSaved(page);
  await page.reload();
  await expect(page.getByLabel('Type of company')).toHaveValue('Corporate training company');
  await expect(goals.getByRole('listitem').last().getByLabel('Goal', { exact: true }))
    .toHaveValue('Launch a blended-learning line');

  await page.getByLabel('Language').selectOption({ label: '中文' });
  await expect(page.getByRole('region', { name: '当前的战略目标' })).toBeVisible();
  await expect(page.getByLabel('公司类型')).toHaveValue('Corporate training company');
});
