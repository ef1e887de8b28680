// A blank workbook as a consultant starts one for a new client: the client's name and
// industry, no demo content anywhere, the industry's OBL departments; nothing on an
// empty worksheet states a conclusion (no posture, no weakest factor) until the
// figures it needs exist, and then each figure appears as soon as its own data does.
import { test, expect } from './fixtures.mjs';
import { quadrant, itemRow, expectSaved } from './helpers.mjs';

const NOT_ENOUGH = 'Not enough data yet';

/** Creates a blank workbook from the library's form and waits until it is open. */
async function createBlank(page, title, client = '', industry = null) {
  await page.goto('/');
  await expectSaved(page);
  await page.getByRole('banner').getByRole('link', { name: 'Workbooks', exact: true }).click();
  const form = page.getByRole('region', { name: 'New workbook' });
  await form.getByLabel('Title', { exact: true }).fill(title);
  await form.getByLabel('Client', { exact: true }).fill(client);
  const choice = form.getByLabel('Industry', { exact: true });
  await expect(choice.locator('option:checked')).toHaveText('Any industry (departments by function)');
  if (industry) await choice.selectOption({ label: industry });
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

/** Every text a worksheet shows, with the values of its fields (the demo's content
 * would be in either). */
async function sheetTexts(page) {
  const main = page.getByRole('main');
  const shown = await main.innerText();
  const values = await main.evaluate((m) =>
    [...m.querySelectorAll('input, textarea')].map((f) => f.value).join('\n'));
  return `${shown}\n${values}`;
}

test('a blank workbook for a retail client: no demo content anywhere, the retail departments on OBL', async ({ page }) => {
  await createBlank(page, 'Huamei 2027', 'Huamei Stores', 'Retail');
  await expect(page.getByLabel('Client', { exact: true })).toHaveValue('Huamei Stores');

  // No worksheet shows the demo's training company, its content or a posture.
  const links = page.getByRole('navigation').getByRole('link');
  const count = await links.count();
  for (let i = 0; i < count; i++) {
    const link = links.nth(i);
    const name = (await link.innerText()).split('·')[0].trim();
    const href = await link.getAttribute('href');
    await link.click();
    await expect(page).toHaveURL((url) => url.hash === href);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // The twelve readiness steps are the method's own text in every workbook; its
    // step 8 is called "Training", which is not the demo's training company.
    const text = (await sheetTexts(page)).replace(/^8\. Training$/m, '');
    expect(text, name).not.toMatch(/智讯|Zhixun|[Tt]raining|[Tt]rainer|培训|grow\)/);
  }

  await openSheet(page, 'OBL audit');
  for (const department of ['Store sales', 'Customer service', 'Marketing', 'Buying and supply', 'Finance', 'Management']) {
    await expect(page.getByRole('region', { name: department, exact: true })).toBeVisible();
  }
  const buying = page.getByRole('region', { name: 'Buying and supply', exact: true });
  const criteria = await buying.getByLabel('Criterion', { exact: true }).evaluateAll((fields) => fields.map((f) => f.value));
  expect(criteria).toEqual(['Stock availability', 'Replenishment speed', 'Shrinkage', 'Other, to be decided']);
  await expect(page.getByLabel('Industry criterion 1', { exact: true })).toHaveValue('Product range');

  // The SWOT starts empty: three blank rows per quadrant and no posture.
  await openSheet(page, 'SWOT');
  for (const q of ['Strengths', 'Weaknesses', 'Opportunities', 'Threats']) {
    const fields = quadrant(page, q).getByRole('textbox');
    const values = await fields.evaluateAll((all) => all.map((f) => f.value));
    expect(values.length, q).toBeGreaterThanOrEqual(3);
    expect(values.every((v) => v === ''), q).toBe(true);
  }
  await expect(figure(page, /^Strategic posture/)).toHaveText(/^Not enough data yet/);
});
