// Customer segmentation and loyalty on the user's own sales data, as a user does it:
// the demo's analyses on first load, importing a file with a bad row, skipping it,
// reloading, a GBK file from Chinese Excel, thresholds, lists, and cancelling.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.mjs';
import { storedWorkbook, expectSaved, canvasPixels } from './helpers.mjs';

const GBK_FIXTURE = new URL('../../crates/workbook/tests/fixtures/customers-gbk.csv', import.meta.url);

async function openSheet(page, name) {
  await page.getByRole('navigation').getByRole('link', { name: new RegExp(`^${name}`) }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** Chooses a file in the import section, as the file picker would. */
async function chooseFile(page, name, contents, label = 'Choose a CSV or TSV file') {
  await page.getByLabel(label).setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.isBuffer(contents) ? contents : Buffer.from(contents, 'utf8'),
  });
}

const SALES = [
  'Customer ID,Customer name,Sales,Profit,Last year sales,Satisfaction,Loyalty',
  'K001,Acme Tools,120000,30000,100000,9,9',
  'K002,Borealis Foods,80000,12000,90000,7,8',
  'K003,Cobalt Print,"45,000",5000,60000,4,7',
  'K004,Delta Freight,30000,abc,20000,6,3',
  'K005,Emerald Clinics,20000,4000,,8,4',
  'K006,Fjord Design,8000,-500,9000,2,2',
].join('\n');

test('the demo workbook shows every analysis on first load', async ({ page }) => {
  await page.goto('/');
  await openSheet(page, 'Segmentation');
  await expect(page.getByTestId('data-status')).toContainText('3,000 generated demo customers');
  const deciles = page.getByTestId('seg-deciles');
  await expect(deciles.locator('tbody tr')).toHaveCount(10);
  await expect(deciles.locator('tbody tr').first().locator('td').first()).toHaveText('300');
  await expect(page.getByTestId('seg-groups')).toContainText('Most profitable');
  await expect(page.getByTestId('seg-abc')).toContainText('Class A');
  await expect(page.getByTestId('seg-gini')).toContainText('Gini coefficient of profit: 0.');
  for (const name of ['Profit and sales by decile', 'Lorenz curve of profit', 'ABC classes', 'Customer tiers']) {
    await expect(page.getByRole('figure').filter({ hasText: name }).locator('canvas')).toBeVisible();
  }

  await openSheet(page, 'Loyalty');
  await expect(page.getByRole('figure').filter({ hasText: 'Loyalty matrix' }).locator('canvas')).toBeVisible();
  const types = page.getByTestId('loy-types');
  for (const type of ['Apostle', 'Loyalist', 'Hostage', 'Mercenary', 'Defector', 'Terrorist']) {
    await expect(types.getByRole('rowheader', { name: type })).toBeVisible();
  }
  await expect(page.getByTestId('loy-quadrants')).toContainText('True friends');
});

test('import a file with a bad row: it is reported, skipped, and the analysis survives a reload', async ({ page }) => {
  await page.goto('/');
  await openSheet(page, 'Segmentation');
  await chooseFile(page, 'sales-2026.csv', SALES);

  // The mapping is guessed from the headers; the user confirms it.
  await expect(page.getByRole('heading', { name: 'Match the columns' })).toBeVisible();
  await expect(page.getByLabel('Customer id or name (required)')).toHaveValue('0');
  await expect(page.getByLabel('Profit (required)')).toHaveValue('3');
  await expect(page.getByLabel('Previous-period sales')).toHaveValue('4');
  await page.getByRole('button', { name: 'Import', exact: true }).click();

  // The bad row is listed with its line, column and reason; nothing is imported yet.
  const problems = page.getByTestId('import-problems');
  await expect(problems.locator('tbody tr')).toHaveCount(1);
  await expect(problems.locator('tbody tr td').nth(0)).toHaveText('5');
  await expect(problems.locator('tbody tr td').nth(1)).toHaveText('Profit');
  await expect(problems.locator('tbody tr td').nth(2)).toHaveText('abc');
  await expect(page.getByTestId('data-status')).toContainText('generated demo customers');

  await page.getByRole('button', { name: 'Skip these rows and import the rest' }).click();
  await expect(page.getByText('Imported 5 customers.')).toBeVisible();
  await expect(page.getByTestId('data-status')).toContainText('5 customers from “sales-2026.csv”');
  await expect(page.getByTestId('data-status')).toContainText('1 rows skipped');
  const deciles = page.getByTestId('seg-deciles');
  await expect(deciles.locator('tbody tr')).toHaveCount(10);
  // Five customers: deciles 2, 4, 6, 8 and 10 hold one each (floor(i·N/10) cuts).
  await expect(deciles.locator('tbody tr').nth(1).locator('td').first()).toHaveText('1');
  await expect(page.getByRole('figure').filter({ hasText: 'Lorenz curve of profit' }).locator('canvas')).toBeVisible();

  // The list shows the imported customers, most profitable first.
  await page.getByLabel('List', { exact: true }).selectOption({ label: 'Class A' });
  await expect(page.getByRole('cell', { name: 'Acme Tools' })).toBeVisible();

  await expectSaved(page);
  const saved = await storedWorkbook(page);
  expect(saved.customer_data.source).toMatchObject({ kind: 'file', name: 'sales-2026.csv', skipped_rows: 1 });
  expect(saved.customer_data.summary.all.customers).toBe(5);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Segmentation' })).toBeVisible();
  await expect(page.getByTestId('data-status')).toContainText('5 customers from “sales-2026.csv”');
  await page.getByLabel('Search by customer or name').fill('borealis');
  await page.getByLabel('List', { exact: true }).selectOption({ label: 'Class A' });
  await expect(page.getByRole('cell', { name: 'Borealis Foods' })).toBeVisible();
  await expect(page.getByText('Showing 1 of 1 customers.')).toBeVisible();

  await openSheet(page, 'Loyalty');
  await expect(page.getByTestId('loy-types').getByRole('row', { name: /Apostle/ })).toContainText('1');
});

test('a GBK-encoded file from Chinese Excel imports with correct Chinese names', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Language').selectOption({ label: '中文' });
  await openSheet(page, '客户细分');
  await chooseFile(page, '客户.csv', readFileSync(GBK_FIXTURE), '选择 CSV 或 TSV 文件');
  await expect(page.getByRole('heading', { name: '匹配数据列' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: '客户名称' })).toBeVisible();
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await expect(page.getByText(/^已导入 \d+ 位客户。$/)).toBeVisible();
  await page.getByLabel('名单', { exact: true }).selectOption({ label: 'A 类' });
  const names = page.locator('.customer-list tbody td:nth-child(3)');
  await expect(names.first()).toHaveText(/[\u4e00-\u9fff]/);
});

test('thresholds: a refused value is explained next to the field; an accepted one re-runs the analysis', async ({ page }) => {
  await page.goto('/');
  await openSheet(page, 'Segmentation');
  const groups = page.getByTestId('seg-groups');
  const before = await groups.innerText();
  const lorenz = page.getByRole('figure').filter({ hasText: 'ABC classes' }).locator('canvas');
  const pixels = await canvasPixels(lorenz);

  const field = page.getByLabel('Class A: share of sales (%)');
  await field.fill('90');
  await field.press('Enter');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('The shares would pass 100%: at most 80% is left')).toBeVisible();
  await expect(field).toHaveValue('90');

  await field.fill('60');
  await field.press('Enter');
  await expect(field).toHaveAttribute('aria-invalid', 'false');
  await expect(page.getByTestId('seg-abc')).toContainText('The last 20% of sales');
  await expect.poll(() => canvasPixels(lorenz)).not.toBe(pixels);

  const keep = page.getByLabel('Group 1: share of sales (%)');
  await keep.fill('20');
  await keep.press('Enter');
  await expect(groups).not.toHaveText(before);
  await expectSaved(page);
  expect((await storedWorkbook(page)).segmentation.keep_sales_pct).toBe(20);
});

test('cancelling an import or choosing an unreadable file changes nothing', async ({ page }) => {
  await page.goto('/');
  await openSheet(page, 'Segmentation');
  const status = await page.getByTestId('data-status').innerText();

  await chooseFile(page, 'empty.csv', '');
  await expect(page.getByRole('alert').filter({ hasText: /empty|no header/i })).toBeVisible();

  await chooseFile(page, 'sales.csv', SALES);
  await page.getByLabel('Profit (required)').selectOption({ label: '— not in the file —' });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('Choose a column for: Profit.')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Match the columns' })).toHaveCount(0);
  await expect(page.getByTestId('data-status')).toHaveText(status);
});

test('cancelling a running import leaves the data there was', async ({ page }) => {
  // The page's timers are Playwright's, so the reading, which yields to the page
  // between chunks, can be held between two chunks while the user clicks Cancel.
  await page.clock.install();
  await page.goto('/');
  await openSheet(page, 'Segmentation');
  const status = await page.getByTestId('data-status').innerText();
  const before = await storedWorkbook(page);
  const lines = ['Customer ID,Customer name,Sales,Profit'];
  for (let i = 0; i < 20000; i++) lines.push(`C${i},Customer ${i},${1000 + (i % 5000)},${(i % 700) - 100}`);
  await chooseFile(page, 'big.csv', lines.join('\n'));
  await expect(page.getByRole('heading', { name: 'Match the columns' })).toBeVisible();

  await page.clock.pauseAt(Date.now() + 60_000);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const progress = page.getByLabel('Import progress');
  await expect(progress).toBeVisible();
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(progress).toHaveCount(0);
  // Time goes on: the reading notices the cancel at its next chunk and stops.
  await page.clock.resume();
  await page.clock.runFor(2000);

  // Nothing of the file arrived: not on the screen, not in the workbook.
  await expect(page.getByText(/Imported .* customers/)).toHaveCount(0);
  await expect(page.getByTestId('data-status')).toHaveText(status);
  expect((await storedWorkbook(page)).customer_data).toEqual(before.customer_data);
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0);
});

test('pasted text imports like a file', async ({ page }) => {
  await page.goto('/');
  await openSheet(page, 'Segmentation');
  await page.getByLabel('…or paste the table (for example, copied from Excel)').fill(
    'Customer\tSales\tProfit\nP1\t100\t10\nP2\t50\t20\n',
  );
  await page.getByRole('button', { name: 'Read the pasted table' }).click();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('Imported 2 customers.')).toBeVisible();
  await openSheet(page, 'Loyalty');
  await expect(page.getByText('No customer has both a satisfaction and a loyalty value')).toBeVisible();
});

/** The workbook ids that have customer rows in IndexedDB. */
async function storedRowKeys(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('crm-workbook', 1);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const keys = db.transaction('customer-rows').objectStore('customer-rows').getAllKeys();
      keys.onsuccess = () => { db.close(); resolve(keys.result); };
      keys.onerror = () => reject(keys.error);
    };
  }));
}

test('a dropped file imports; the rows follow their workbook through the library', async ({ page }) => {
  await page.goto('/');
  await openSheet(page, 'Segmentation');
  // Drop a file on the import area, as from the desktop.
  const transfer = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
    return data;
  }, SALES.replace('K004,Delta Freight,30000,abc', 'K004,Delta Freight,30000,3000'));
  await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.getByRole('heading', { name: 'Match the columns' })).toBeVisible();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('Imported 6 customers.')).toBeVisible();
  await expect.poll(async () => (await storedWorkbook(page))?.customer_data?.source?.kind).toBe('file');
  const id = (await storedWorkbook(page)).id;
  await expect.poll(() => storedRowKeys(page)).toEqual([id]);

  // A copy gets rows of its own.
  await page.getByRole('link', { name: 'Workbooks' }).click();
  const list = page.getByRole('table', { name: 'Workbooks in this browser' });
  const original = list.getByRole('row', { name: /Zhixun/ }).filter({ hasNotText: '(copy)' });
  await original.getByRole('button', { name: 'Duplicate' }).click();
  await expect(list.getByRole('row', { name: /\(copy\)/ })).toBeVisible();
  await expect.poll(async () => (await storedRowKeys(page)).length).toBe(2);
  const copyId = (await storedRowKeys(page)).find((key) => key !== id);

  // Opening another workbook leaves them where they are.
  const create = page.getByRole('region', { name: 'New workbook' });
  await create.getByLabel('Title', { exact: true }).fill('Empty');
  await create.getByRole('button', { name: 'Create blank workbook' }).click();
  await openSheet(page, 'Segmentation');
  await expect(page.getByTestId('data-status')).toContainText('No customer data yet');
  expect((await storedRowKeys(page)).sort()).toEqual([id, copyId].sort());

  // The copy opens with its rows.
  await page.getByRole('link', { name: 'Workbooks' }).click();
  await list.getByRole('row', { name: /\(copy\)/ }).getByRole('link', { name: 'Open' }).click();
  await openSheet(page, 'Segmentation');
  await expect(page.getByTestId('data-status')).toContainText('6 customers');

  // Deleting a workbook keeps its rows for the undo; deleting it for good removes them.
  await page.getByRole('link', { name: 'Workbooks' }).click();
  await original.getByRole('button', { name: 'Delete' }).click();
  expect((await storedRowKeys(page)).sort()).toEqual([id, copyId].sort());
  await page.getByRole('region', { name: 'Recently deleted' })
    .getByRole('button', { name: 'Delete permanently' }).click();
  await expect.poll(() => storedRowKeys(page)).toEqual([copyId]);
});

test('the exported file carries the customer rows only when asked', async ({ page }) => {
  await page.goto('/');
  await openSheet(page, 'Segmentation');
  const exportFile = async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export JSON' }).click();
    return JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  };
  const plain = await exportFile();
  expect(plain.workbook.customer_data.summary.all.customers).toBe(3000);
  expect(plain.customer_rows ?? null).toBeNull();

  await page.getByLabel('with the customer rows').check();
  const full = await exportFile();
  expect(full.customer_rows.customer).toHaveLength(3000);
  expect(full.customer_rows.sales).toHaveLength(3000);
  expect(full.workbook).toEqual(plain.workbook);
});

test('the top 20% of customers make the same share of profit in the sentence, the tables and the report', async ({ page }) => {
  await page.goto('/');
  await openSheet(page, 'Segmentation');
  // Decile 2's cumulative share of profit: the top 20% by the table.
  const deciles = page.getByTestId('seg-deciles');
  const table = (await deciles.locator('tbody tr').nth(1).locator('td').nth(5).innerText()).trim();
  expect(table).toMatch(/^\d+(\.\d)?%$/);
  await expect(page.getByTestId('seg-gini')).toContainText(`The most profitable 20% of customers make ${table} of profit.`);
  await page.getByRole('link', { name: 'Report' }).click();
  const summary = page.getByRole('region', { name: 'Executive summary' });
  await expect(summary).toContainText(`top 20%: ${table}`);
});

test('the deciles show each tenth of sales beside each tenth of profit, and the losses as a band of their own', async ({ page }) => {
  await page.goto('/');
  await openSheet(page, 'Segmentation');
  const bands = page.getByTestId('seg-bands');
  await expect(bands.getByRole('columnheader', { name: 'Customers making it: profit' })).toBeVisible();
  await expect(bands.getByRole('columnheader', { name: 'Customers making it: sales' })).toBeVisible();
  await expect(bands.locator('tbody tr')).toHaveCount(10);
  // Every tenth of sales is made by some customers: the counts add up to at most 3,000.
  const sales = await bands.locator('tbody tr td:nth-child(3)').allInnerTexts();
  const counts = sales.map((s) => Number(s.replace(/,/g, '')));
  expect(counts.every((n) => Number.isInteger(n) && n >= 0)).toBe(true);
  expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  expect(counts.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(3000);
  // The first tenth of sales takes fewer customers than the last.
  expect(counts[0]).toBeLessThan(counts[9]);

  // The demo's last decile loses money: its row is marked and styled as a band of its own.
  const deciles = page.getByTestId('seg-deciles');
  const loss = deciles.getByRole('row', { name: /^10 loss/ });
  await expect(loss).toHaveClass(/\bloss\b/);
  await expect(deciles.locator('tbody tr.loss')).toHaveCount(1);
  const tint = await loss.locator('td').first().evaluate((el) => getComputedStyle(el).backgroundColor);
  const plain = await deciles.locator('tbody tr').first().locator('td').first().evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(tint).not.toBe(plain);
  const note = page.getByTestId('seg-loss-note');
  await expect(note).toContainText('The customers of decile 10 lose money');
  await expect(note).toContainText(/climbs to 1\d\d(\.\d)?% at decile \d/);

  await page.getByLabel('Language').selectOption({ label: '中文' });
  await expect(page.getByTestId('seg-loss-note')).toContainText('第 10 十分位的客户合计亏损');
  await expect(page.getByTestId('seg-bands').getByRole('columnheader', { name: '创造该部分销售额的客户数' })).toBeVisible();
});

test('a file whose only customer column is 客户名称 is keyed by the names, shown as names', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Language').selectOption({ label: '中文' });
  await openSheet(page, '客户细分');
  const csv = ['客户名称,销售额,利润', '北京恒泰科技有限公司,120000,30000', '上海远景贸易有限公司,80000,12000', '广州南方物流有限公司,30000,-2000'].join('\n');
  await chooseFile(page, '客户名单.csv', csv, '选择 CSV 或 TSV 文件');
  await expect(page.getByRole('heading', { name: '匹配数据列' })).toBeVisible();
  // The required customer field is guessed from the name column: nothing left to choose.
  await expect(page.getByLabel('客户编号或名称（必填）')).toHaveValue('0');
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await expect(page.getByText('已导入 3 位客户。')).toBeVisible();
  // The names are in the list's Name column.
  const list = page.locator('.customer-list table');
  const nameColumn = await list.locator('thead th').allInnerTexts();
  const at = nameColumn.indexOf('名称');
  expect(at).toBeGreaterThan(0);
  await expect(list.locator(`tbody tr td:nth-child(${at + 1})`)).toHaveText([
    '北京恒泰科技有限公司', '上海远景贸易有限公司', '广州南方物流有限公司',
  ]);
});

test('the list of all customers searches everyone and says where each stands', async ({ page }) => {
  await page.goto('/');
  await openSheet(page, 'Segmentation');
  await chooseFile(page, 'sales.csv', SALES.replace('K004,Delta Freight,30000,abc', 'K004,Delta Freight,30000,3000'));
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('Imported 6 customers.')).toBeVisible();

  const list = page.getByLabel('List', { exact: true });
  await expect(list.locator('option:checked')).toHaveText('All customers');
  await expect(page.getByText('Showing 6 of 6 customers.')).toBeVisible();
  const table = page.locator('.customer-list table');
  for (const name of ['Group', 'Class', 'Tier', 'Loyalty type']) {
    await expect(table.getByRole('columnheader', { name, exact: true })).toBeVisible();
  }
  // Fjord Design loses money: it is searched for across every list at once.
  await page.getByLabel('Search by customer or name').fill('fjord');
  await expect(page.getByText('Showing 1 of 1 customers.')).toBeVisible();
  const row = table.getByRole('row', { name: /Fjord Design/ });
  await expect(row).toContainText('K006');
  await expect(row).toContainText('Class C');
  await expect(row).toContainText('Small');
  // Satisfaction 2, loyalty 2: a terrorist by the default cut-offs.
  await expect(row).toContainText('Terrorist');
  // The same customer in a single list loses the extra columns.
  await list.selectOption({ label: 'Class C' });
  await expect(table.getByRole('columnheader', { name: 'Tier', exact: true })).toHaveCount(0);
  await expect(table.getByRole('row', { name: /Fjord Design/ })).toBeVisible();
});
