// Storage as it fails in real browsers: unreadable saved data, a full quota, and
// whole-workbook replacement. In every case nothing the user had is lost.
import { test, expect, corruptStorage } from './fixtures.mjs';
import {
  openSwot, quadrant, itemRow, storedWorkbook, storedLibrary, expectSaved, workbookKey, openWorkbookId,
} from './helpers.mjs';

const BROKEN = '{"format": "crm-strategy-workbook", "schema_version": 1, oops';

/** Opens the app and returns the storage key of the workbook it opened. */
async function openedKey(page) {
  await page.goto('/');
  await page.getByRole('navigation').first().waitFor();
  await expect.poll(() => openWorkbookId(page)).not.toBeNull();
  return workbookKey(page);
}

test('an unreadable stored workbook: the app starts, says so, and keeps the data', async ({ page }) => {
  const key = await openedKey(page);
  await corruptStorage(page, key, BROKEN);
  await page.reload();

  const alert = page.getByRole('alert').filter({ hasText: 'could not be read' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('It is not valid JSON (line 1, column');
  await expect(alert).toContainText('kept in this browser under the key');
  await expect(alert).toContainText(key);
  await expect(page.getByRole('heading', { level: 1, name: 'Workbooks' })).toBeVisible();

  // The broken text stays in place, byte for byte.
  expect(await page.evaluate((k) => window.localStorage.getItem(k), key)).toBe(BROKEN);

  // It can be downloaded as a file.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    alert.getByRole('button', { name: 'Download the unreadable data' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('unreadable-workbook.json');
  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  expect(Buffer.concat(chunks).toString('utf8')).toBe(BROKEN);

  // The library lists it with the reason until it is deleted.
  const row = page.getByRole('row', { name: /Unreadable data/ });
  await expect(row).toContainText('It is not valid JSON (line 1, column');

  // The app works on a fresh demo; new work is saved and the broken data stays.
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toHaveCount(0);
  await page.goto('/#/swot');
  await itemRow(page, 'Strengths', 0).getByLabel('Score', { exact: true }).fill('5');
  await expect(quadrant(page, 'Strengths')).toContainText('Total: 34');
  await expectSaved(page);
  expect(workbookKey(page)).not.toBe(key);
  expect((await storedWorkbook(page)).swot.strengths[0].score).toBe(5);
  expect(await page.evaluate((k) => window.localStorage.getItem(k), key)).toBe(BROKEN);
});

test('a workbook from a newer version is refused and kept, not overwritten', async ({ page }) => {
  const newer = JSON.stringify({ format: 'crm-strategy-workbook', schema_version: 99, workbook: {} });
  const key = await openedKey(page);
  await corruptStorage(page, key, newer);
  await page.reload();
  const alert = page.getByRole('alert').filter({ hasText: 'could not be read' });
  await expect(alert).toContainText('made by a newer version of this app (schema 99)');
  expect(await page.evaluate((k) => window.localStorage.getItem(k), key)).toBe(newer);
});

test('a workbook saved before the library existed is moved into it and opens', async ({ page }) => {
  await page.goto('/');
  await expectSaved(page);
  const old = await storedWorkbook(page);
  const legacy = JSON.stringify({
    format: 'crm-strategy-workbook', schema_version: 1, app_version: '0.1.0',
    saved_at: '2026-11-01T08:00:00.000Z',
    workbook: { ...old, id: 'wb-legacy', title: 'Kept from before' },
  });
  await page.evaluate(([wb]) => {
    window.localStorage.clear();
    window.localStorage.setItem('crm-workbook/current', wb);
    window.localStorage.setItem('crm-workbook/revision', '7');
  }, [legacy]);
  // A fresh start (not a hash change in the running app).
  await page.goto('about:blank');
  await page.goto('/#/swot');
  await expect(page.locator('.workbook-title')).toHaveText('Kept from before');
  expect(openWorkbookId(page)).toBe('wb-legacy');
  const stored = await page.evaluate(() => ({ ...window.localStorage }));
  expect(stored['crm-workbook/current']).toBeUndefined();
  expect(stored['crm-workbook/revision']).toBeUndefined();
  expect(stored['crm-workbook/workbook/wb-legacy']).toBe(legacy);
  expect(stored['crm-workbook/rev/wb-legacy']).toBe('7');
  expect(Object.keys(await storedLibrary(page))).toEqual(['wb-legacy']);
});

test('a full storage: the header says why, the work stays, the last save is intact', async ({ page }) => {
  await openSwot(page);
  const first = itemRow(page, 'Strengths', 0).getByLabel('Score', { exact: true });
  await first.fill('6');
  await expectSaved(page);

  await page.evaluate(() => {
    window.__setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function refuse() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await first.fill('2');
  await expect(quadrant(page, 'Strengths')).toContainText('Total: 31');
  await expect(page.getByRole('status').filter({ hasText: "Not saved: the browser's storage is full" }))
    .toBeVisible();
  expect((await storedWorkbook(page)).swot.strengths[0].score).toBe(6);

  // Space freed: the next change saves everything, including the edit that failed.
  await page.evaluate(() => {
    Storage.prototype.setItem = window.__setItem;
  });
  await itemRow(page, 'Strengths', 1).getByLabel('Score', { exact: true }).fill('7');
  await expectSaved(page);
  const saved = await storedWorkbook(page);
  expect(saved.swot.strengths[0].score).toBe(2);
  expect(saved.swot.strengths[1].score).toBe(7);
});

test('export downloads the workbook in its envelope and changes nothing', async ({ page }) => {
  await openSwot(page);
  await itemRow(page, 'Opportunities', 0).getByLabel('Score', { exact: true }).fill('3');
  await expectSaved(page);
  const before = await storedWorkbook(page);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^Zhixun-CRM-strategy-workshop-\d{4}-\d{2}-\d{2}\.json$/);
  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  const file = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  expect(file.format).toBe('crm-strategy-workbook');
  expect(file.schema_version).toBe(1);
  expect(file.saved_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  expect(file.workbook).toEqual(before);

  await expectSaved(page);
  expect(await storedWorkbook(page)).toEqual(before);
});
