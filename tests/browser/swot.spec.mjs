// SWOT as a user works it: score items, see totals and charts follow, keep the
// work across reloads, and get a clear message for every bad score.
import { test, expect } from './fixtures.mjs';
import {
  openSwot, quadrant, itemRow, storedWorkbook, expectSaved, canvasPixels,
} from './helpers.mjs';

test('changing a score updates the total, the balances and both charts', async ({ page }) => {
  await openSwot(page);
  const strengths = quadrant(page, 'Strengths');
  await expect(strengths).toContainText('Total: 38');
  const totalsChart = page.getByRole('img', { name: /Quadrant totals/ });
  const postureChart = page.getByRole('img', { name: /Posture on the balance plane/ });
  await expect(totalsChart).toHaveAttribute('aria-label', /Strengths 38/);
  const totalsBefore = await canvasPixels(totalsChart);
  const postureBefore = await canvasPixels(postureChart);

  const score = itemRow(page, 'Strengths', 0).getByLabel('Score', { exact: true });
  await expect(score).toHaveValue('9');
  await score.fill('3');

  await expect(strengths).toContainText('Total: 32');
  await expect(page.getByRole('row', { name: /Strengths/ })).toContainText('32');
  await expect(totalsChart).toHaveAttribute('aria-label', /Strengths 32/);
  await expect(postureChart).toHaveAttribute('aria-label', /S−W \+6/);
  expect(await canvasPixels(totalsChart)).not.toEqual(totalsBefore);
  expect(await canvasPixels(postureChart)).not.toEqual(postureBefore);
});

test('scores survive a reload, and the place in the workbook too', async ({ page }) => {
  await openSwot(page);
  await itemRow(page, 'Threats', 1).getByLabel('Score', { exact: true }).fill('10');
  await itemRow(page, 'Threats', 1).getByLabel(/^Threat 2$/).fill('Price war in the city');
  await expect(quadrant(page, 'Threats')).toContainText('Total: 29');
  await expectSaved(page);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'SWOT' })).toBeVisible();
  await expect(itemRow(page, 'Threats', 1).getByLabel('Score', { exact: true })).toHaveValue('10');
  await expect(itemRow(page, 'Threats', 1).getByLabel(/^Threat 2$/)).toHaveValue('Price war in the city');
  await expect(quadrant(page, 'Threats')).toContainText('Total: 29');
});

test('typing straight after an edit and closing loses nothing', async ({ page }) => {
  await openSwot(page);
  await itemRow(page, 'Opportunities', 0).getByLabel('Score', { exact: true }).fill('2');
  // No wait for the debounced save: the page-hide flush must write it.
  await page.reload();
  await expect(itemRow(page, 'Opportunities', 0).getByLabel('Score', { exact: true })).toHaveValue('2');
});

for (const [typed, message] of [
  ['11', '11 is outside 1–10.'],
  ['0', '0 is outside 1–10.'],
  ['7.5', '7.5 is not a whole number.'],
  ['abc', '“abc” is not a number.'],
  ['', 'Blank: the score stays 8.'],
]) {
  test(`a bad score "${typed}" gets a message and keeps the stored value`, async ({ page }) => {
    await openSwot(page);
    const row = itemRow(page, 'Strengths', 1);
    const score = row.getByLabel('Score', { exact: true });
    await expect(score).toHaveValue('8');
    // A real edit first, so there is a saved workbook to compare with.
    await itemRow(page, 'Strengths', 0).getByLabel('Score', { exact: true }).fill('4');
    await expectSaved(page);

    await score.fill(typed);
    await expect(row.getByRole('alert')).toContainText(message);
    await expect(row.getByRole('alert')).toContainText(typed === '' ? 'stays 8' : 'the score stays 8');
    await expect(score).toHaveAttribute('aria-invalid', 'true');
    // What the user typed stays in the field; the workbook keeps 8.
    await expect(score).toHaveValue(typed);
    await expect(quadrant(page, 'Strengths')).toContainText('Total: 33');
    await page.waitForTimeout(700);
    const saved = await storedWorkbook(page);
    expect(saved.swot.strengths[1].score).toBe(8);
    expect(saved.swot.strengths[0].score).toBe(4);

    // Correcting the text clears the message and takes the new score.
    await score.fill('6');
    // An empty live region is not in the accessibility tree: the message is gone.
    await expect(row.getByRole('alert')).toBeHidden();
    await expect(score).toHaveAttribute('aria-invalid', 'false');
    await expect(quadrant(page, 'Strengths')).toContainText('Total: 31');
  });
}

test('typing 11 key by key never leaves a half-typed score behind', async ({ page }) => {
  await openSwot(page);
  const score = itemRow(page, 'Weaknesses', 0).getByLabel('Score', { exact: true });
  await score.selectText();
  await score.pressSequentially('11');
  await expect(itemRow(page, 'Weaknesses', 0).getByRole('alert')).toContainText('the score stays 8');
  await expect(quadrant(page, 'Weaknesses')).toContainText('Total: 26');
});

test('a blank score can be removed on purpose, and is then reported as missing', async ({ page }) => {
  await openSwot(page);
  const row = itemRow(page, 'Threats', 0);
  await row.getByLabel('Score', { exact: true }).fill('');
  await row.getByRole('button', { name: 'Remove the score' }).click();
  await expect(quadrant(page, 'Threats')).toContainText('Total: 18');
  await expect(quadrant(page, 'Threats')).toContainText('3 scored, 1 not scored');
  await expect(row.getByLabel('Score', { exact: true })).toHaveValue('');
});

test('items can be added with Enter, reordered and removed from the keyboard', async ({ page }) => {
  await openSwot(page);
  const weaknesses = quadrant(page, 'Weaknesses');
  const rows = weaknesses.getByRole('listitem');
  await expect(rows).toHaveCount(4);

  const first = rows.nth(0).getByLabel(/^Weakness 1$/);
  const firstText = await first.inputValue();
  await first.press('Enter');
  await expect(rows).toHaveCount(5);
  // The new row sits right below and has the focus, ready for typing.
  const fresh = rows.nth(1).getByLabel(/^Weakness 2$/);
  await expect(fresh).toBeFocused();
  await page.keyboard.type('Too few bilingual trainers');
  await page.keyboard.press('Tab');
  await page.keyboard.type('5');
  await expect(weaknesses).toContainText('Total: 31');

  await rows.nth(0).getByRole('button', { name: /Move down — Weakness 1/ }).click();
  await expect(rows.nth(1).getByLabel(/^Weakness 2$/)).toHaveValue(firstText);
  await expect(rows.nth(0).getByLabel(/^Weakness 1$/)).toHaveValue('Too few bilingual trainers');

  await rows.nth(0).getByRole('button', { name: /Remove — Weakness 1/ }).click();
  await expect(rows).toHaveCount(4);
  await expect(weaknesses).toContainText('Total: 26');
});

test('a quadrant always shows at least three rows', async ({ page }) => {
  await openSwot(page);
  const rows = quadrant(page, 'Opportunities').getByRole('listitem');
  await expect(rows).toHaveCount(4);
  for (let i = 0; i < 4; i++) {
    await rows.nth(0).getByRole('button', { name: /^Remove/ }).click();
  }
  await expect(rows).toHaveCount(3);
  await expect(quadrant(page, 'Opportunities')).toContainText('Total: 0');
  await expect(page.getByRole('cell').filter({ hasText: /O−T|^[+−-]/ }).first()).toBeVisible();
});
