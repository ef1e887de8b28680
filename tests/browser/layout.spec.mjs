// Layout defects of issue #15: on a phone the navigation folds into a menu button; the
// OBL industry comparison fits a 1280 px screen with whole company names and its bar
// chart's names uncut; the customer tables' compact table view edits the same values
// as the cards.
import { test, expect } from './fixtures.mjs';
import { storedWorkbook, expectSaved } from './helpers.mjs';

test.describe('on a phone (390 × 844)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the navigation is a menu button, hidden until pressed; choosing a worksheet closes it', async ({ page }) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Worksheets' });
    const menu = nav.getByRole('button', { name: '☰ Worksheets' });
    await expect(menu).toBeVisible();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    const swot = nav.getByRole('link', { name: /^SWOT/ });
    await expect(swot).toBeHidden();
    // The page's heading is in the first screen, not below the list of worksheets.
    const heading = page.getByRole('heading', { level: 1 });
    const box = await heading.boundingBox();
    expect(box.y + box.height).toBeLessThan(844);

    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(swot).toBeVisible();
    await swot.click();
    await expect(page.getByRole('heading', { level: 1, name: 'SWOT' })).toBeVisible();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(swot).toBeHidden();

    // In Chinese the button says 工作表.
    await page.getByLabel('Language').selectOption({ label: '中文' });
    await expect(page.getByRole('navigation', { name: '工作表' }).getByRole('button', { name: '☰ 工作表' })).toBeVisible();
  });
});

test('on a desktop the navigation is a list with no menu button', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Worksheets' });
  await expect(nav.getByRole('link', { name: /^SWOT/ })).toBeVisible();
  await expect(nav.getByRole('button', { name: '☰ Worksheets' })).toBeHidden();
});

/** Opens the app on a worksheet through the navigation. */
async function open(page, link, heading) {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: link }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

/** How many lines the text of `locator` takes on screen. */
const lineCount = (locator) => locator.evaluate((el) => {
  const range = document.createRange();
  range.selectNodeContents(el);
  const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
  return tops.size;
});

test('the OBL industry comparison fits 1280 px with whole company names, and names its criteria on the heat map', async ({ page }) => {
  // A Chinese client name: one word, which must not break a character per line.
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: /^Overview/ }).click();
  await page.getByLabel('Client', { exact: true }).fill('智讯培训有限公司');
  await page.getByRole('navigation').getByRole('link', { name: /^OBL audit ·/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'OBL audit' })).toBeVisible();
  const industry = page.getByRole('table', { name: 'Industry comparison' });
  const own = industry.getByRole('rowheader').first();
  await expect(own).toHaveText('智讯培训有限公司');
  expect(await lineCount(own)).toBe(1);
  // Two more criteria than the demo's four: still inside the window.
  for (let i = 0; i < 2; i++) await page.getByRole('button', { name: 'Add an industry criterion' }).click();
  await expect(industry.getByRole('columnheader').getByRole('textbox')).toHaveCount(6);
  const box = await industry.boundingBox();
  expect(box.x + box.width).toBeLessThanOrEqual(1280);
  expect(await lineCount(own)).toBe(1);
  // The same in Chinese.
  await page.getByLabel('Language').selectOption({ label: '中文' });
  const zh = page.getByRole('table', { name: '行业对比评定' });
  const zhBox = await zh.boundingBox();
  expect(zhBox.x + zhBox.width).toBeLessThanOrEqual(1280);
  expect(await lineCount(zh.getByRole('rowheader').first())).toBe(1);
  await page.getByLabel('语言').selectOption({ label: 'English' });
  // The departments' heat map names each cell's criterion.
  const training = page.getByRole('region', { name: 'Training' });
  const first = await training.getByLabel('Criterion', { exact: true }).first().inputValue();
  await expect(page.getByRole('img', { name: /^Ratings by department/ })).toHaveAttribute(
    'aria-label', new RegExp(`Training: ${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} [ESN–]`));
});

test('each OBL criterion is one line, named once', async ({ page }) => {
  await open(page, /^OBL audit ·/, 'OBL audit');
  const training = page.getByRole('region', { name: 'Training' });
  const name = training.getByLabel('Criterion', { exact: true }).nth(1);
  const text = await name.inputValue();
  // The criterion's name is on screen once: in its field (the rating group's legend
  // names it for screen readers only, clipped to nothing on screen).
  const group = training.getByRole('group', { name: text });
  const legend = group.locator('legend');
  expect(await legend.evaluate((el) => el.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
  await expect(group.getByRole('radio', { name: 'Excellent (E)' })).toHaveCount(1);
  const comment = training.getByLabel('Comment', { exact: true }).nth(1);
  const [a, b] = [await name.boundingBox(), await comment.boundingBox()];
  // Name and comment side by side, not one under the other.
  expect(Math.abs(a.y + a.height - (b.y + b.height))).toBeLessThan(12);
});

test('the OBL bar chart writes every company name whole', async ({ page }) => {
  await open(page, /^OBL audit ·/, 'OBL audit');
  const names = (await page.getByRole('table', { name: 'Industry comparison' }).getByRole('rowheader').allTextContents())
    .map((n) => n.trim());
  expect(names.length).toBeGreaterThan(2);
  const chart = page.getByRole('figure').filter({ has: page.getByRole('img', { name: /^Index by company/ }) });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    chart.getByRole('button', { name: 'Download “Index by company” as SVG' }).click(),
  ]);
  const svg = await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8'));
  const texts = [...svg.matchAll(/<text[^>]*>\s*([^<]*?)\s*<\/text>/g)].map((m) => m[1].replace(/&amp;/g, '&'));
  expect(texts.filter((t) => t.endsWith('…'))).toEqual([]);
  // A name on two lines is two texts in a row.
  const written = texts.join(' ');
  for (const name of names) expect(written).toContain(name);
});

test('the customer tables\' table view edits the same values as the cards, with the same undo and autosave', async ({ page }) => {
  await open(page, /^Customer tables/, 'Customer tables');
  const toggle = page.getByRole('button', { name: 'Table view' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const current = page.getByRole('region', { name: 'Current customers', exact: true });
  await expect(current.getByRole('listitem')).toHaveCount(0);
  await expect(current.getByRole('table')).toBeVisible();
  for (const name of ['Former customers', 'Potential customers', 'Blacklist']) {
    await expect(page.getByRole('region', { name, exact: true }).getByRole('table')).toBeVisible();
  }
  const revenue = current.getByLabel('Yearly revenue, row 2', { exact: true });
  const old = await revenue.inputValue();
  await revenue.fill('1234567');
  // A seven-digit amount is not cut.
  expect(await revenue.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  await expect(page.getByTestId('cust-at-risk')).not.toHaveText('2,700,000');
  await expectSaved(page);
  expect((await storedWorkbook(page)).customers.current[1].revenue).toBe(1234567);

  // The cards show the value typed in the table.
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const card = current.getByRole('listitem').filter({ has: page.getByText('Current group 2', { exact: true }) });
  await expect(card.getByLabel('Yearly revenue', { exact: true })).toHaveValue(/^1,?234,?567$/);
  // One undo takes the table's edit back.
  await page.getByRole('banner').getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(card.getByLabel('Yearly revenue', { exact: true })).toHaveValue(old);
  await expectSaved(page);
  expect((await storedWorkbook(page)).customers.current[1].revenue).toBe(Number(old.replace(/,/g, '')));

  // Enter in a line's name adds a group below it, ready for typing, as in the cards.
  await toggle.click();
  const former = page.getByRole('region', { name: 'Former customers', exact: true });
  const lines = await former.getByRole('row').count();
  await former.getByLabel('Customer group, row 1', { exact: true }).press('Enter');
  await expect(former.getByRole('row')).toHaveCount(lines + 1);
  await expect(former.getByLabel('Customer group, row 2', { exact: true })).toBeFocused();
  await expect(former.getByLabel('Customer group, row 2', { exact: true })).toHaveValue('');
  await toggle.click();

  // In Chinese the toggle and the inputs' names are Chinese.
  await page.getByLabel('Language').selectOption({ label: '中文' });
  await page.getByRole('button', { name: '表格视图' }).click();
  await expect(page.getByRole('region', { name: '当前顾客', exact: true }).getByLabel('年收入，第 2 行', { exact: true })).toHaveValue(old);
});
