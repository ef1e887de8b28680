// The stakeholders worksheet as a workshop uses it: rate importance and fulfilment
// and watch each priority, the ranking and the chart follow; add a stakeholder with
// Enter; keep everything across a reload.
//
// Figures are those of the demo workbook as the page shows them
// (crates/workbook/src/demo.rs), importance / fulfilment → priority
// (importance × (10 − fulfilment)): Customers 10 / 7 → 30, Shareholders 8 / 6 → 32,
// Government 6 / 8 → 12, Partners 7 / 5 → 35 (the one "act now"), Media 4 / 5 → 20,
// Others 3 / 5 → 15; mean fulfilment 36 / 6 = 6.0.
import { test, expect } from './fixtures.mjs';
import { storedWorkbook, expectSaved, canvasPixels } from './helpers.mjs';

/** Opens the app and goes to the stakeholders through the navigation. */
async function openStakeholders(page) {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: /^Stakeholders/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Stakeholders' })).toBeVisible();
}

/** The list row whose visible name is `name` ("Stakeholder 5"). */
function row(page, name) {
  return page.getByRole('listitem').filter({ has: page.getByText(name, { exact: true }) });
}

const IMPORTANCE = 'Importance (1–10)';
const FULFILMENT = 'How well we meet it today (1–10)';
const ranking = (page) => page.getByTestId('stake-ranking').locator('tbody tr');
const chartOf = (page) =>
  page.getByRole('img', { name: /^Importance against how well needs are met/ });

test('the demo figures are shown, ranked by priority', async ({ page }) => {
  await openStakeholders(page);
  await expect(row(page, 'Stakeholder 1').getByLabel('Stakeholder', { exact: true })).toHaveValue('Customers');
  await expect(row(page, 'Stakeholder 1')).toContainText('Priority: 30');
  await expect(row(page, 'Stakeholder 4')).toContainText('Priority: 35 · act now');
  await expect(page.getByTestId('stake-mean')).toHaveText('6.0');
  await expect(page.getByTestId('stake-counts')).toHaveText('6 scored, 0 not scored');
  await expect(ranking(page).locator('th')).toHaveText([
    'Partners', 'Shareholders', 'Customers', 'Media', 'Others', 'Government',
  ]);
  await expect(ranking(page).first()).toHaveText(['Partners', '7', '5', '35', 'yes'].join(''));
  await expect(chartOf(page)).toHaveAttribute(
    'aria-label',
    'Importance against how well needs are met: Partners importance 7, met 5; '
      + 'Shareholders importance 8, met 6; Customers importance 10, met 7; '
      + 'Media importance 4, met 5; Others importance 3, met 5; '
      + 'Government importance 6, met 8. Act now: Partners',
  );
});

test('importance and fulfilment edits move the priorities, the ranking and the chart', async ({ page }) => {
  await openStakeholders(page);
  const chart = chartOf(page);
  await expect(chart).toHaveAttribute('aria-label', /: Partners importance 7, met 5;/);
  const before = await canvasPixels(chart);

  // Media becomes important while still half met: priority 9 × 5 = 45, and act now.
  const media = row(page, 'Stakeholder 5');
  await expect(media.getByLabel(IMPORTANCE)).toHaveValue('4');
  await media.getByLabel(IMPORTANCE).fill('9');
  await expect(media).toContainText('Priority: 45 · act now');
  await expect(ranking(page).locator('th')).toHaveText([
    'Media', 'Partners', 'Shareholders', 'Customers', 'Others', 'Government',
  ]);
  await expect(ranking(page).first().locator('td').last()).toHaveText('yes');
  await expect(chart).toHaveAttribute('aria-label', /: Media importance 9, met 5; Partners/);
  await expect(chart).toHaveAttribute('aria-label', /Act now: Media, Partners$/);
  const middle = await canvasPixels(chart);
  expect(middle).not.toEqual(before);

  // Customers badly served: 10 × (10 − 2) = 80, first; the mean falls to 31 / 6.
  const customers = row(page, 'Stakeholder 1');
  await expect(customers.getByLabel(FULFILMENT)).toHaveValue('7');
  await customers.getByLabel(FULFILMENT).fill('2');
  await expect(customers).toContainText('Priority: 80 · act now');
  await expect(page.getByTestId('stake-mean')).toHaveText('5.2');
  await expect(ranking(page).first()).toHaveText(['Customers', '10', '2', '80', 'yes'].join(''));
  await expect(chart).toHaveAttribute('aria-label', /: Customers importance 10, met 2; Media/);
  await expect(chart).toHaveAttribute('aria-label', /Act now: Customers, Media, Partners$/);
  expect(await canvasPixels(chart)).not.toEqual(middle);

  // A bad score is refused in place; the priority stays.
  await customers.getByLabel(IMPORTANCE).fill('12');
  await expect(customers.getByRole('alert')).toContainText('12 is outside 1–10.');
  await expect(customers).toContainText('Priority: 80 · act now');
});

test('Enter adds a stakeholder below, and a reload keeps it', async ({ page }) => {
  await openStakeholders(page);
  const rows = page.locator('.stakeholders').getByRole('listitem');
  await expect(rows).toHaveCount(6);
  await row(page, 'Stakeholder 6').getByLabel('Stakeholder', { exact: true }).press('Enter');
  await expect(rows).toHaveCount(7);
  const fresh = row(page, 'Stakeholder 7');
  await expect(fresh.getByLabel('Stakeholder', { exact: true })).toBeFocused();
  await expect(fresh).toContainText('Priority: —');
  // Listed but not rated: counted as such, not ranked.
  await page.keyboard.type('Suppliers');
  await expect(page.getByTestId('stake-counts')).toHaveText('6 scored, 1 not scored');
  await fresh.getByLabel('What they need').fill('Orders planned a month ahead');
  await fresh.getByLabel(IMPORTANCE).fill('8');
  await fresh.getByLabel(FULFILMENT).fill('3');
  await expect(fresh).toContainText('Priority: 56 · act now');
  await expect(ranking(page).first()).toHaveText(['Suppliers', '8', '3', '56', 'yes'].join(''));
  await expect(page.getByTestId('stake-mean')).toHaveText('5.6');
  await expectSaved(page);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Stakeholders' })).toBeVisible();
  await expect(rows).toHaveCount(7);
  await expect(row(page, 'Stakeholder 7').getByLabel('Stakeholder', { exact: true })).toHaveValue('Suppliers');
  await expect(row(page, 'Stakeholder 7').getByLabel(FULFILMENT)).toHaveValue('3');
  await expect(ranking(page).first().locator('th')).toHaveText('Suppliers');
  await expect(chartOf(page)).toHaveAttribute('aria-label', /: Suppliers importance 8, met 3;/);
  const saved = await storedWorkbook(page);
  expect(saved.stakeholders[6]).toMatchObject({
    name: 'Suppliers', needs: 'Orders planned a month ahead', importance: 8, fulfilment: 3,
  });
});

test('the page reads in Chinese', async ({ page }) => {
  await openStakeholders(page);
  await page.getByLabel('Language').selectOption({ label: '中文' });
  await expect(page.getByRole('heading', { level: 1, name: '利益相关者' })).toBeVisible();
  await expect(row(page, '利益相关者 4')).toContainText('优先级：35 · 立即行动');
  await expect(row(page, '利益相关者 4').getByLabel('重要性（1–10）')).toHaveValue('7');
  await expect(page.getByText('立即行动：重要性 ≥ 7，且满足程度 ≤ 5。')).toBeVisible();
  await expect(ranking(page).first().locator('td').last()).toHaveText('是');
  await expect(page.getByRole('img', { name: /^重要性与需要的满足程度/ }))
    .toHaveAttribute('aria-label', /重要性 7，满足程度 5；.*立即行动：Partners/);
});
