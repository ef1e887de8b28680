// The PESTLE worksheet as a workshop uses it: weigh an item and watch its factor's
// weights and the chart follow, get a message for a bad likelihood, add items per
// factor with Enter, send a threat to SWOT, and keep everything across a reload.
//
// Figures are those of the demo workbook as the page shows them
// (crates/workbook/src/demo.rs): Political item 1 is an opportunity of impact 7 and
// likelihood 8 (weight 5.6), item 2 a threat of 6 × 7 (4.2), so Political weighs 5.6
// against 4.2, net +1.4; Legal is 2.4 against 4.5; the heaviest item is the
// Technological opportunity at 6.3; the demo SWOT lists 4 threats totalling 26.
import { test, expect } from './fixtures.mjs';
import { quadrant, itemRow, storedWorkbook, expectSaved, canvasPixels } from './helpers.mjs';

/** Opens the app and goes to PESTLE through the navigation. */
async function openPestle(page) {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: /^PESTLE/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'PESTLE' })).toBeVisible();
}

const factor = (page, name) => page.getByRole('region', { name, exact: true });
const item = (page, factorName, n) => factor(page, factorName).getByRole('listitem').nth(n);
const SIDES = ['opportunity', 'threat', 'net'];
const cell = (page, factorName, side) => page.getByRole('table', { name: 'Weight per factor' })
  .getByRole('row', { name: factorName }).getByRole('cell').nth(SIDES.indexOf(side));
const IMPACT = 'Impact (1–10)';
const LIKELIHOOD = 'Likelihood (1–10)';
const chartOf = (page) =>
  page.getByRole('img', { name: /^Weight of opportunities and threats per factor/ });

test('an impact edit moves its factor\'s weights, the heaviest items and the chart', async ({ page }) => {
  await openPestle(page);
  const first = item(page, 'Political', 0);
  await expect(first.getByLabel(IMPACT)).toHaveValue('7');
  await expect(first.getByLabel(LIKELIHOOD)).toHaveValue('8');
  await expect(first).toContainText('Weight: 5.6');
  await expect(cell(page, 'Political', 'opportunity')).toHaveText('5.6');
  await expect(cell(page, 'Political', 'threat')).toHaveText('4.2');
  await expect(cell(page, 'Political', 'net')).toHaveText('+1.4');
  await expect(cell(page, 'Legal', 'net')).toHaveText('-2.1');
  await expect(page.getByTestId('pestle-counts')).toHaveText('12 scored, 0 not scored');
  await expect(page.getByTestId('pestle-heaviest').getByRole('listitem').first()).toHaveText(
    /^6\.3 — Technological opportunity: Live-streaming/,
  );
  const chart = chartOf(page);
  await expect(chart).toHaveAttribute('aria-label', /Political opportunities 5\.6, threats 4\.2;/);
  const before = await canvasPixels(chart);

  await first.getByLabel(IMPACT).fill('10');

  await expect(first).toContainText('Weight: 8.0');
  await expect(cell(page, 'Political', 'opportunity')).toHaveText('8.0');
  await expect(cell(page, 'Political', 'threat')).toHaveText('4.2');
  await expect(cell(page, 'Political', 'net')).toHaveText('+3.8');
  // Other factors do not move.
  await expect(cell(page, 'Economic', 'opportunity')).toHaveText('4.9');
  await expect(page.getByTestId('pestle-heaviest').getByRole('listitem').first()).toHaveText(
    /^8\.0 — Political opportunity: Government subsidies/,
  );
  // The chart writes whole weights without ".0", as above its bars.
  await expect(chart).toHaveAttribute('aria-label', /Political opportunities 8, threats 4\.2;/);
  expect(await canvasPixels(chart)).not.toEqual(before);

  // Without a likelihood the item weighs nothing and its side becomes unknown, not 0.
  await first.getByLabel(LIKELIHOOD).fill('');
  await first.getByRole('button', { name: 'Remove the score' }).click();
  await expect(first).toContainText('Weight: —');
  await expect(cell(page, 'Political', 'opportunity')).toHaveText('—');
  await expect(cell(page, 'Political', 'net')).toHaveText('—');
  await expect(page.getByTestId('pestle-counts')).toHaveText('11 scored, 1 not scored');
  await expect(chart).toHaveAttribute('aria-label', /Political opportunities not weighed, threats 4\.2;/);
});

test('a likelihood of 0 gets a message and the stored likelihood stays', async ({ page }) => {
  await openPestle(page);
  const first = item(page, 'Political', 0);
  const likelihood = first.getByLabel(LIKELIHOOD);
  // A real edit first, so there is a saved workbook to compare with.
  await item(page, 'Political', 1).getByLabel(LIKELIHOOD).fill('9');
  await expect(cell(page, 'Political', 'threat')).toHaveText('5.4');
  await expectSaved(page);

  await likelihood.fill('0');
  await expect(first.getByRole('alert')).toContainText('0 is outside 1–10.');
  await expect(first.getByRole('alert')).toContainText('the score stays 8');
  await expect(likelihood).toHaveAttribute('aria-invalid', 'true');
  await expect(likelihood).toHaveValue('0');
  await expect(first).toContainText('Weight: 5.6');
  await expect(cell(page, 'Political', 'opportunity')).toHaveText('5.6');
  await page.waitForTimeout(700);
  const saved = await storedWorkbook(page);
  expect(saved.pestle[0].likelihood).toBe(8);
  expect(saved.pestle[1].likelihood).toBe(9);

  // A valid likelihood clears the message and moves the weights.
  await likelihood.fill('5');
  await expect(first.getByRole('alert')).toBeHidden();
  await expect(first).toContainText('Weight: 3.5');
  await expect(cell(page, 'Political', 'opportunity')).toHaveText('3.5');
});

test('a PESTLE threat sent to SWOT lands in Threats with its origin, and stays after a reload', async ({ page }) => {
  await openPestle(page);
  const threat = item(page, 'Political', 1);
  const text = await threat.getByLabel('Trend or event').inputValue();
  expect(text).toBe('Stricter approval of training spending at state-owned clients');
  // An opportunity offers to go to Opportunities, a threat to Threats.
  await expect(item(page, 'Political', 0)
    .getByRole('button', { name: 'Send to SWOT opportunities — Political item 1' })).toBeEnabled();
  await threat.getByRole('button', { name: 'Send to SWOT threats — Political item 2' }).click();
  await expect(threat.getByRole('link', { name: '✓ In SWOT' })).toBeVisible();

  await page.getByRole('navigation').getByRole('link', { name: /^SWOT/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'SWOT' })).toBeVisible();
  const threats = quadrant(page, 'Threats');
  await expect(threats.getByRole('listitem')).toHaveCount(5);
  const sent = itemRow(page, 'Threats', 4);
  await expect(sent.getByLabel('Threat 5', { exact: true })).toHaveValue(text);
  // The SWOT score is the item's impact.
  await expect(sent.getByLabel('Score', { exact: true })).toHaveValue('6');
  await expect(sent).toContainText(`From: PESTLE — ${text}`);
  await expect(threats).toContainText('Total: 32');
  await expectSaved(page);

  await page.reload();
  await expect(itemRow(page, 'Threats', 4)).toContainText(`From: PESTLE — ${text}`);
  await expect(itemRow(page, 'Threats', 4).getByLabel('Threat 5', { exact: true })).toHaveValue(text);
  await itemRow(page, 'Threats', 4).getByRole('link', { name: 'PESTLE' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'PESTLE' })).toBeVisible();
  await expect(item(page, 'Political', 1).getByRole('link', { name: '✓ In SWOT' })).toBeVisible();
  const saved = await storedWorkbook(page);
  expect(saved.swot.threats[4].origin.worksheet).toBe('pestle');
});

test('Enter adds an item to its own factor; items move within it; a reload keeps them', async ({ page }) => {
  await openPestle(page);
  const legal = factor(page, 'Legal');
  await expect(legal.getByRole('listitem')).toHaveCount(2);
  await item(page, 'Legal', 0).getByLabel('Trend or event').press('Enter');
  await expect(legal.getByRole('listitem')).toHaveCount(3);
  const fresh = item(page, 'Legal', 1);
  await expect(fresh.getByLabel('Trend or event')).toBeFocused();
  // Nothing to say yet, so nothing to send: the button waits for a direction.
  await expect(fresh.getByRole('button', { name: /^Send to SWOT.* — Legal item 2$/ })).toBeDisabled();
  await page.keyboard.type('Stricter rules on cross-border data transfer');
  await fresh.getByLabel('Opportunity or threat').selectOption({ label: 'Threat' });
  await fresh.getByLabel(IMPACT).fill('3');
  await fresh.getByLabel(LIKELIHOOD).fill('3');
  await expect(fresh).toContainText('Weight: 0.9');
  await expect(cell(page, 'Legal', 'threat')).toHaveText('5.4');
  await expect(factor(page, 'Economic').getByRole('listitem')).toHaveCount(2);

  // Up past the factor's first item; the first item's "up" is disabled.
  await fresh.getByRole('button', { name: 'Move up — Legal item 2' }).click();
  await expect(item(page, 'Legal', 0).getByLabel('Trend or event'))
    .toHaveValue('Stricter rules on cross-border data transfer');
  await expect(item(page, 'Legal', 0).getByRole('button', { name: 'Move up — Legal item 1' }))
    .toBeDisabled();

  // The add button appends to its factor and gives the new item the focus.
  await legal.getByRole('button', { name: 'Add a legal item' }).click();
  await expect(legal.getByRole('listitem')).toHaveCount(4);
  await expect(item(page, 'Legal', 3).getByLabel('Trend or event')).toBeFocused();
  await item(page, 'Legal', 3).getByRole('button', { name: 'Remove — Legal item 4' }).click();
  await expect(legal.getByRole('listitem')).toHaveCount(3);
  await expectSaved(page);

  await page.reload();
  await expect(legal.getByRole('listitem')).toHaveCount(3);
  await expect(item(page, 'Legal', 0).getByLabel('Trend or event'))
    .toHaveValue('Stricter rules on cross-border data transfer');
  await expect(item(page, 'Legal', 0).getByLabel(IMPACT)).toHaveValue('3');
  await expect(cell(page, 'Legal', 'threat')).toHaveText('5.4');
  const saved = await storedWorkbook(page);
  const added = saved.pestle.find((i) => i.text.startsWith('Stricter rules on cross-border'));
  expect(added).toMatchObject({ factor: 'legal', direction: 'threat', impact: 3, likelihood: 3 });
});

test('the page reads in Chinese', async ({ page }) => {
  await openPestle(page);
  await page.getByLabel('Language').selectOption({ label: '中文' });
  await expect(page.getByRole('heading', { level: 2, name: '政治', exact: true })).toBeVisible();
  const first = item(page, '环境', 0);
  await expect(first.getByLabel('机会还是威胁').locator('option:checked')).toHaveText('机会');
  await expect(first.getByLabel('影响（1–10）')).toHaveValue('6');
  await expect(first).toContainText('权重：4.2');
  await expect(first.getByRole('button', { name: '加入 SWOT 机会 — 环境因素 1' })).toBeVisible();
  await expect(page.getByTestId('pestle-counts')).toHaveText('已打分 12 项，未打分 0 项');
  await expect(page.getByRole('img', { name: /^各因素机会与威胁的权重/ }))
    .toHaveAttribute('aria-label', /政治 机会 5\.6，威胁 4\.2/);
});
