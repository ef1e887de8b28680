// Internal customers as a user works it: rate how well a link is served and see the
// mean and the heat map follow, add a link from the keyboard, and keep it all across
// a reload.
//
// Figures are from the demo workbook (智讯): seven links rated 6, 7, 8, 5, 6, 5, 4
// (mean 41 / 7 = 5.9), the last one Finance → Projects at 4.
import { test, expect } from './fixtures.mjs';
import { canvasPixels, expectSaved, storedWorkbook } from './helpers.mjs';

const SERVICE = 'How well served (1–10)';

async function openInternalCustomers(page) {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: /^Internal customers ·/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Internal customers' })).toBeVisible();
}

/** The row of link `n` (1-based), found by its visible name. */
function link(page, n) {
  return page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ has: page.getByText(`Link ${n}`, { exact: true }) });
}

function mean(page) {
  return page.getByRole('row', { name: /^Mean service level/ }).getByRole('cell');
}

function heatMap(page) {
  return page.getByRole('img', { name: /^Service between departments/ });
}

test('changing a service level updates the mean, the rankings and the heat map', async ({ page }) => {
  await openInternalCustomers(page);
  await expect(mean(page)).toHaveText('5.9');
  const weakest = page.getByRole('list', { name: 'Weakest links' }).getByRole('listitem');
  await expect(weakest.first()).toHaveText('4 — Finance → Projects');
  await expect(heatMap(page)).toHaveAttribute('aria-label', /Finance → Projects 4; .*mean 5\.9$/);
  const before = await canvasPixels(heatMap(page));

  const service = link(page, 7).getByLabel(SERVICE);
  await expect(link(page, 7).getByLabel('Serving department')).toHaveValue('Finance');
  await expect(service).toHaveValue('4');
  await service.fill('10');

  // (41 − 4 + 10) / 7 = 6.7
  await expect(mean(page)).toHaveText('6.7');
  await expect(weakest.first()).toHaveText('5 — Finance → Customer service');
  await expect(heatMap(page)).toHaveAttribute('aria-label', /Finance → Projects 10; .*mean 6\.7$/);
  await expect(page.getByRole('row', { name: /^Finance/ }).getByRole('cell').first()).toHaveText('7.5');
  expect(await canvasPixels(heatMap(page))).not.toEqual(before);
});

test('a link added with Enter is scored at once and survives a reload', async ({ page }) => {
  await openInternalCustomers(page);
  const rows = page.getByRole('main').getByRole('listitem').filter({ has: page.getByText(/^Link \d+$/) });
  await expect(rows).toHaveCount(7);

  await link(page, 7).getByLabel('What is needed').press('Enter');
  await expect(rows).toHaveCount(8);
  // The new row sits below and takes the focus, ready for typing.
  await expect(link(page, 8).getByLabel('Serving department')).toBeFocused();
  await page.keyboard.type('Finance');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Training');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Course fees invoiced on time');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2');

  // (41 + 2) / 8 = 5.4
  await expect(mean(page)).toHaveText('5.4');
  await expect(page.getByRole('row', { name: /^Scored/ }).getByRole('cell')).toHaveText('8 scored, 0 not scored');
  await expect(heatMap(page)).toHaveAttribute('aria-label', /Finance → Training 2;.*mean 5\.4$/);
  await expectSaved(page);
  const saved = await storedWorkbook(page);
  expect(saved.internal_customers).toHaveLength(8);
  expect(saved.internal_customers[7]).toMatchObject({
    server: 'Finance', customer: 'Training', need: 'Course fees invoiced on time', service: 2,
  });

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Internal customers' })).toBeVisible();
  await expect(rows).toHaveCount(8);
  await expect(link(page, 8).getByLabel('Serving department')).toHaveValue('Finance');
  await expect(link(page, 8).getByLabel('Internal customer (department served)')).toHaveValue('Training');
  await expect(link(page, 8).getByLabel('What is needed')).toHaveValue('Course fees invoiced on time');
  await expect(link(page, 8).getByLabel(SERVICE)).toHaveValue('2');
  await expect(mean(page)).toHaveText('5.4');
  await expect(heatMap(page)).toHaveAttribute('aria-label', /Finance → Training 2;/);
});
