// A blank workbook as a consultant starts one for a new client: nothing on an empty
// worksheet states a conclusion (no posture, no weakest factor) until the figures it
// needs exist, and then each figure appears as soon as its own data does.
import { test, expect } from './fixtures.mjs';
import { quadrant, itemRow, expectSaved } from './helpers.mjs';

const NOT_ENOUGH = 'Not enough data yet';

/** Creates a blank workbook from the library's form and waits until it is open. */
async function createBlank(page, title, client = '') {
  await page.goto('/');
  await expectSaved(page);
  await page.getByRole('banner').getByRole('link', { name: 'Workbooks', exact: true }).click();
  const form = page.getByRole('region', { name: 'New workbook' });
  await form.getByLabel('Title', { exact: true }).fill(title);
  await form.getByLabel('Client', { exact: true }).fill(client);
  await form.getByRole('button', { name: 'Create blank workbook' }).click();
  await expect(page).toHaveURL(/#\/w\/[^/]+\/$/);
  await expect(page.getByLabel('Workbook title')).toHaveValue(title);
}

/** Goes to a worksheet through the navigation (its link starts with `name`). */
async function openSheet(page, name, heading = name) {
  await page.getByRole('navigation').getByRole('link', { name: new RegExp(`^${name}`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

/** The value cell of a row of a figures table. */
function figure(page, name) {
  return page.getByRole('row', { name }).getByRole('cell');
}

test('an empty SWOT states no posture; each balance appears with its own scores', async ({ page }) => {
  await createBlank(page, 'Empty SWOT');
  await openSheet(page, 'SWOT');
  const internal = figure(page, /^Internal balance/);
  const external = figure(page, /^External balance/);
  const posture = figure(page, /^Strategic posture/);
  await expect(internal).toHaveText(NOT_ENOUGH);
  await expect(external).toHaveText(NOT_ENOUGH);
  await expect(posture).toHaveText(/^Not enough data yet/);
  await expect(page.getByText(/grow\)/)).toHaveCount(0);
  const chart = page.getByRole('img', { name: /^Posture on the balance plane/ });
  await expect(chart).toHaveAttribute('aria-label', /Not enough scores yet$/);

  // A strength scored: the internal balance is a finding, the rest still is not.
  const strength = itemRow(page, 'Strengths', 0);
  await strength.getByLabel('Strength 1', { exact: true }).fill('Loyal regional customers');
  await strength.getByLabel('Score', { exact: true }).fill('7');
  await expect(quadrant(page, 'Strengths')).toContainText('Total: 7');
  await expect(internal).toHaveText('+7');
  await expect(external).toHaveText(NOT_ENOUGH);
  await expect(posture).toHaveText(/^Not enough data yet/);

  // A threat scored: both sides now have data, so the posture follows.
  const threat = itemRow(page, 'Threats', 0);
  await threat.getByLabel('Threat 1', { exact: true }).fill('A national chain opens nearby');
  await threat.getByLabel('Score', { exact: true }).fill('9');
  await expect(external).toHaveText('−9');
  await expect(posture).toHaveText(/^ST/);
  await expect(chart).toHaveAttribute('aria-label', /S−W \+7, O−T -9: ST/);
});

test('an empty 7S names no weakest factor until two factors are weighed', async ({ page }) => {
  await createBlank(page, 'Empty 7S');
  await openSheet(page, '7S');
  await expect(figure(page, /^Rating balance/)).toHaveText(NOT_ENOUGH);
  await expect(figure(page, /^Weakest factor/)).toHaveText(NOT_ENOUGH);

  const factor = (name) => page.getByRole('group', { name, exact: true });
  const rating = 'How strong or how weak (1–10)';
  await factor('Staff').getByRole('radio', { name: 'Strength' }).check();
  await factor('Staff').getByLabel(rating).fill('6');
  await expect(figure(page, /^Rating balance/)).toHaveText('+6');
  await expect(figure(page, /^Weakest factor/)).toHaveText(NOT_ENOUGH);

  await factor('Systems').getByRole('radio', { name: 'Weakness' }).check();
  await factor('Systems').getByLabel(rating).fill('4');
  await expect(figure(page, /^Rating balance/)).toHaveText('+2');
  await expect(figure(page, /^Weakest factor/)).toHaveText('Systems');
});
