// Storage as it fails in real browsers: unreadable saved data, a full quota, and
// whole-workbook replacement. In every case nothing the user had is lost.
import { test, expect, corruptStorage } from './fixtures.mjs';
import {
  WORKBOOK_KEY, openSwot, quadrant, itemRow, storedWorkbook, expectSaved,
} from './helpers.mjs';

const BROKEN = '{"format": "crm-strategy-workbook", "schema_version": 1, oops';

/** Every localStorage entry whose key starts with `prefix`. */
async function storedUnder(page, prefix) {
  return page.evaluate((p) => {
    const found = {};
    for (let i = 0; i < window.localStorage.length; i++) {
      const key = window.localStorage.key(i);
      if (key.startsWith(p)) found[key] = window.localStorage.getItem(key);
    }
    return found;
  }, prefix);
}

test('an unreadable stored workbook: the app starts, says so, and keeps the data', async ({ page }) => {
  await corruptStorage(page, WORKBOOK_KEY, BROKEN);
  await page.reload();

  const alert = page.getByRole('alert').filter({ hasText: 'could not be read' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('It is not valid JSON (line 1, column');
  await expect(alert).toContainText('kept in this browser under the key');

  // The broken text is set aside, byte for byte, and still in place.
  const kept = await storedUnder(page, 'crm-workbook/unreadable/');
  expect(Object.values(kept)).toEqual([BROKEN]);
  expect(await page.evaluate((k) => window.localStorage.getItem(k), WORKBOOK_KEY)).toBe(BROKEN);

  // Starting again finds the same data: it is not copied a second time.
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toBeVisible();
  expect(Object.values(await storedUnder(page, 'crm-workbook/unreadable/'))).toEqual([BROKEN]);

  // It can be downloaded as a file.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    alert.getByRole('button', { name: 'Download the unreadable data' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('unreadable-workbook.json');
  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  expect(Buffer.concat(chunks).toString('utf8')).toBe(BROKEN);

  // The app works on the demo; new work is saved and the kept copy stays.
  await page.getByRole('navigation').getByRole('link', { name: /^SWOT/ }).click();
  await itemRow(page, 'Strengths', 0).getByLabel('Score', { exact: true }).fill('5');
  await expect(quadrant(page, 'Strengths')).toContainText('Total: 34');
  await expectSaved(page);
  expect((await storedWorkbook(page)).swot.strengths[0].score).toBe(5);
  expect(Object.values(await storedUnder(page, 'crm-workbook/unreadable/'))).toEqual([BROKEN]);
});

test('a workbook from a newer version is refused and kept, not overwritten', async ({ page }) => {
  const newer = JSON.stringify({ format: 'crm-strategy-workbook', schema_version: 99, workbook: {} });
  await corruptStorage(page, WORKBOOK_KEY, newer);
  await page.reload();
  const alert = page.getByRole('alert').filter({ hasText: 'could not be read' });
  await expect(alert).toContainText('made by a newer version of this app (schema 99)');
  expect(Object.values(await storedUnder(page, 'crm-workbook/unreadable/'))).toEqual([newer]);
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

test('new blank and load demo ask first, and cancel changes nothing', async ({ page }) => {
  await openSwot(page);
  await page.getByRole('button', { name: 'New blank workbook' }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('Replace the current workbook with a blank one?');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(quadrant(page, 'Strengths')).toContainText('Total: 38');

  await page.getByRole('button', { name: 'New blank workbook' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Replace' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Workbook replaced.' })).toBeVisible();
  await expect(quadrant(page, 'Strengths').getByRole('listitem')).toHaveCount(3);
  await expect(quadrant(page, 'Strengths')).toContainText('Total: 0');
  await expectSaved(page);
  expect((await storedWorkbook(page)).swot.strengths.every((i) => i.text === '')).toBe(true);

  await page.getByRole('button', { name: 'Load demo' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Replace' }).click();
  await expect(quadrant(page, 'Strengths')).toContainText('Total: 38');
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
