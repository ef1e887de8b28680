// Sharing workbooks without losing anything: importing a file (picker and drop)
// with its checks and preview, automatic backups that can be restored, and two tabs
// on the same workbook that never silently overwrite each other.
import { test, expect } from './fixtures.mjs';
import {
  WORKBOOK_KEY, openSwot, quadrant, itemRow, storedWorkbook, expectSaved,
} from './helpers.mjs';

const BACKUP_PREFIX = 'crm-workbook/backup/';
// Set SHOTS=/some/dir to keep screenshots of the preview and the warnings.
const SHOTS = process.env.SHOTS;

async function shot(page, name) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

/** The keys of every backup, newest first. */
async function backupKeys(page) {
  const keys = await page.evaluate((p) => Object.keys(window.localStorage).filter((k) => k.startsWith(p)), BACKUP_PREFIX);
  return keys.sort().reverse();
}

/** Everything in the origin's localStorage, to show that nothing changed. */
async function allStorage(page) {
  return page.evaluate(() => ({ ...window.localStorage }));
}

/** Exports through the header and returns the file's text and its path on disk. */
async function exportFile(page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export JSON' }).first().click(),
  ]);
  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  return { text: Buffer.concat(chunks).toString('utf8'), path: await download.path() };
}

/** Chooses a file with the header's picker: a path, or { name, text }. */
async function importFile(page, file) {
  const input = page.getByLabel('Import JSON');
  if (typeof file === 'string') await input.setInputFiles(file);
  else {
    await input.setInputFiles({
      name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text, 'utf8'),
    });
  }
}

/** Drops a file on the page, as dragging it from the desktop does. */
async function dropFile(page, name, text) {
  const dataTransfer = await page.evaluateHandle(([n, t]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], n, { type: 'application/json' }));
    return dt;
  }, [name, text]);
  await page.dispatchEvent('main', 'drop', { dataTransfer });
}

function preview(page) {
  return page.getByRole('region', { name: 'Before anything changes: what this file holds' });
}

test('export, then import as a new workbook: the same content under a new id', async ({ page }) => {
  await openSwot(page);
  await itemRow(page, 'Strengths', 0).getByLabel('Score', { exact: true }).fill('4');
  await expectSaved(page);
  const before = await storedWorkbook(page);
  const { path } = await exportFile(page);

  await importFile(page, path);
  const panel = preview(page);
  await expect(panel).toContainText('This file is a version of the current workbook (same id).');
  await expect(panel).toContainText('It holds exactly what the current workbook holds.');
  await expect(panel).toContainText(`Title: ${before.title}`);
  await expect(panel.getByRole('row', { name: /^SWOT/ })).toContainText('no change');
  await shot(page, 'import-preview-en');
  // Nothing has changed yet.
  expect(await backupKeys(page)).toEqual([]);

  await panel.getByRole('button', { name: 'Open as a new workbook' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Workbook replaced.' })).toBeVisible();
  await expect(panel).toBeHidden();
  await expectSaved(page);
  const after = await storedWorkbook(page);
  expect(after.id).not.toBe(before.id);
  expect({ ...after, id: 'x' }).toEqual({ ...before, id: 'x' });
  await expect(quadrant(page, 'Strengths')).toContainText('Total: 33');
  // The replaced workbook is kept as a backup.
  expect((await backupKeys(page)).length).toBe(1);
});

test('a file with a broken field: the message names its path, and nothing changes', async ({ page }) => {
  await openSwot(page);
  await itemRow(page, 'Strengths', 0).getByLabel('Score', { exact: true }).fill('4');
  await expectSaved(page);
  const before = await allStorage(page);
  const broken = JSON.stringify({
    format: 'crm-strategy-workbook',
    schema_version: 1,
    workbook: { id: 'x', title: 'Broken', swot: { strengths: [{ id: 1, text: 'a', score: 12 }] } },
  });
  await importFile(page, { name: 'broken.json', text: broken });
  const alert = page.getByRole('alert').filter({ hasText: 'This file cannot be opened.' });
  await expect(alert).toContainText('Nothing has changed.');
  await expect(alert).toContainText('The field workbook.swot.strengths[0].score is wrong');
  await shot(page, 'import-broken-en');

  // Not JSON at all: line and column.
  await importFile(page, { name: 'oops.json', text: '{\n  "format": "crm-strategy-workbook",\n  oops\n}' });
  await expect(alert).toContainText('It is not valid JSON (line 3, column 3).');
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toBeHidden();

  expect(await allStorage(page)).toEqual(before);
  expect(await backupKeys(page)).toEqual([]);
  await expect(quadrant(page, 'Strengths')).toContainText('Total: 33');
});

test('a file from a newer version, dropped on the page, is refused and nothing changes', async ({ page }) => {
  await openSwot(page);
  await itemRow(page, 'Strengths', 0).getByLabel('Score', { exact: true }).fill('4');
  await expectSaved(page);
  const before = await allStorage(page);
  const title = await page.locator('.workbook-title').textContent();
  const newer = JSON.stringify({
    format: 'crm-strategy-workbook', schema_version: 99, app_version: '9.0.0', workbook: { title: 'Future' },
  });
  await dropFile(page, 'future.json', newer);
  const alert = page.getByRole('alert').filter({ hasText: 'This file cannot be opened.' });
  await expect(alert).toContainText('It was made by a newer version of this app (schema 99).');
  await expect(alert).toContainText('Nothing has changed.');
  expect(await allStorage(page)).toEqual(before);
  await expect(page.locator('.workbook-title')).toHaveText(title);
  await expect(quadrant(page, 'Strengths')).toContainText('Total: 33');
});

test('replace the current workbook: the old version is a backup that can be restored', async ({ page }) => {
  await openSwot(page);
  const score = itemRow(page, 'Strengths', 0).getByLabel('Score', { exact: true });
  await score.fill('6');
  await expectSaved(page);
  const { path } = await exportFile(page);
  const exported = await storedWorkbook(page);

  // Work goes on after the export.
  await score.fill('2');
  await page.getByRole('navigation').getByRole('link', { name: 'Overview' }).click();
  await page.getByLabel('Workbook title').fill('Our later version');
  await expectSaved(page);
  const later = await storedWorkbook(page);

  await importFile(page, path);
  const panel = preview(page);
  await expect(panel).toContainText(`Title: “Our later version” → “${exported.title}”`);
  await expect(panel.getByRole('row', { name: /^SWOT/ })).toContainText('1 changed');
  await expect(panel.getByRole('row', { name: /^PESTLE/ })).toContainText('no change');
  await panel.getByRole('button', { name: 'Replace the current workbook' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'kept as the backup of' })).toBeVisible();
  await expectSaved(page);
  expect(await storedWorkbook(page)).toEqual(exported);

  // The later version is listed and restores; restoring keeps the imported one.
  const backups = page.getByRole('region', { name: 'Backups' });
  await expect(backups.getByRole('row', { name: /Our later version/ })).toBeVisible();
  await backups.getByRole('row', { name: /Our later version/ }).getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByLabel('Workbook title')).toHaveValue('Our later version');
  await expectSaved(page);
  expect(await storedWorkbook(page)).toEqual(later);
  await expect(backups.getByRole('row')).toHaveCount(3); // header + 2 backups
  await expect(backups.getByRole('row', { name: new RegExp(exported.title) })).toBeVisible();

  // Deleting asks first.
  const row = backups.getByRole('row', { name: new RegExp(exported.title) });
  await row.getByRole('button', { name: 'Delete' }).click();
  await row.getByRole('button', { name: 'Cancel' }).click();
  await expect(backups.getByRole('row')).toHaveCount(3);
  await row.getByRole('button', { name: 'Delete' }).click();
  await row.getByRole('button', { name: 'Remove' }).click();
  await expect(backups.getByRole('row')).toHaveCount(2);
  expect((await backupKeys(page)).length).toBe(1);
});

test('new blank workbook keeps the replaced one as a backup', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New blank workbook' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Replace' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Workbook replaced.' })).toBeVisible();
  await expectSaved(page);
  expect((await storedWorkbook(page)).title).toBe('');
  const backups = page.getByRole('region', { name: 'Backups' });
  await backups.getByRole('row', { name: /Zhixun/ }).getByRole('button', { name: 'Restore' }).click();
  await expect(page.locator('.workbook-title')).toContainText('Zhixun');
  await expectSaved(page);
  expect((await storedWorkbook(page)).title).toContain('Zhixun');
});

test('fields from a newer build are kept and written back', async ({ page }) => {
  await page.goto('/');
  await expectSaved(page);
  const file = {
    format: 'crm-strategy-workbook',
    schema_version: 1,
    app_version: '1.4.0',
    saved_at: '2027-02-01T09:00:00.000Z',
    signature: { by: 'team B' },
    workbook: { id: 'wb-newer', title: 'From a newer build', timeline: [{ at: '2027-01-01' }] },
  };
  await importFile(page, { name: 'newer.json', text: JSON.stringify(file) });
  const panel = preview(page);
  await expect(panel).toContainText('they are kept and written back unchanged: signature, workbook.timeline');
  await panel.getByRole('button', { name: 'Open this workbook' }).click();
  await expectSaved(page);
  const stored = JSON.parse(await page.evaluate((k) => window.localStorage.getItem(k), WORKBOOK_KEY));
  expect(stored.signature).toEqual({ by: 'team B' });
  expect(stored.workbook.timeline).toEqual([{ at: '2027-01-01' }]);
  expect(stored.workbook.id).toBe('wb-newer');
  const exported = JSON.parse((await exportFile(page)).text);
  expect(exported.signature).toEqual({ by: 'team B' });
  expect(exported.workbook.timeline).toEqual([{ at: '2027-01-01' }]);
});

test('two tabs: the stale one is told, and nothing is silently overwritten', async ({ page, context }) => {
  await openSwot(page);
  await expectSaved(page);
  const other = await context.newPage();
  await openSwot(other);

  // The first tab saves; the second learns of it at once.
  await itemRow(page, 'Strengths', 0).getByLabel('Score', { exact: true }).fill('5');
  await expectSaved(page);
  const warning = other.getByRole('alert').filter({ hasText: 'This workbook was changed in another tab.' });
  await expect(warning).toBeVisible();
  await shot(other, 'stale-tab-en');

  // Its own edit stays in memory and does not reach storage.
  await itemRow(other, 'Weaknesses', 0).getByLabel('Score', { exact: true }).fill('1');
  await expect(other.getByRole('status').filter({ hasText: 'Not saved: changed in another tab' })).toBeVisible();
  let stored = await storedWorkbook(page);
  expect(stored.swot.strengths[0].score).toBe(5);
  expect(stored.swot.weaknesses[0].score).not.toBe(1);

  // Keeping it as a copy and reloading: the other tab's version, and a backup of ours.
  await warning.getByRole('button', { name: 'Save my version as a copy and reload' }).click();
  await expect(quadrant(other, 'Strengths')).toContainText('Total: 34');
  await expect(warning).toBeHidden();
  const keys = await backupKeys(other);
  expect(keys.length).toBe(1);
  const kept = JSON.parse(await other.evaluate((k) => window.localStorage.getItem(k), keys[0]));
  expect(kept.workbook.swot.weaknesses[0].score).toBe(1);
  expect(kept.workbook.swot.strengths[0].score).not.toBe(5);

  // The reloaded tab saves normally, and now the first tab is the stale one.
  await itemRow(other, 'Threats', 0).getByLabel('Score', { exact: true }).fill('9');
  await expectSaved(other);
  stored = await storedWorkbook(page);
  expect(stored.swot.strengths[0].score).toBe(5);
  expect(stored.swot.threats[0].score).toBe(9);
  await expect(page.getByRole('alert').filter({ hasText: 'changed in another tab' })).toBeVisible();
  await page.getByRole('button', { name: 'Reload', exact: true }).click();
  await expect(itemRow(page, 'Threats', 0).getByLabel('Score', { exact: true })).toHaveValue('9');
  await other.close();
});

test('the preview and the stale-tab warning in Chinese', async ({ page, context }) => {
  await page.goto('/');
  await page.getByLabel('Language').selectOption('zh-CN');
  await expectSaved(page, '已保存在本浏览器');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出 JSON' }).click(),
  ]);
  await page.getByLabel('导入 JSON').setInputFiles(await download.path());
  const panel = page.getByRole('region', { name: '更改之前:此文件的内容' });
  await expect(panel).toContainText('其内容与当前手册完全相同。');
  await expect(panel.getByRole('button', { name: '替换当前手册' })).toBeVisible();
  await shot(page, 'import-preview-zh');
  await panel.getByRole('button', { name: '取消' }).click();
  await expect(panel).toBeHidden();

  await page.goto('/#/swot');
  const other = await context.newPage();
  await other.goto('/#/swot');
  await expect(quadrant(other, '优势')).toBeVisible();
  await itemRow(page, '优势', 0).getByLabel('分数', { exact: true }).fill('3');
  await expect(other.getByRole('alert').filter({ hasText: '此手册已在另一个标签页中被修改。' })).toBeVisible();
  await shot(other, 'stale-tab-zh');
  await other.close();
});
