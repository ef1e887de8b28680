// Sharing workbooks without losing anything: importing a file (picker and drop)
// with its checks and preview, automatic backups that can be restored, and two tabs
// on the same workbook that never silently overwrite each other.
import { test, expect } from './fixtures.mjs';
import {
  openSwot, quadrant, itemRow, storedWorkbook, storedLibrary, expectSaved, workbookKey, openWorkbookId,
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
  await expect(panel).toContainText('This file is a version of a workbook in this browser (same id).');
  await expect(panel).toContainText('It holds exactly what the one in this browser holds.');
  await expect(panel).toContainText(`Title: ${before.title}`);
  await expect(panel.getByRole('row', { name: /^SWOT/ })).toContainText('no change');
  await shot(page, 'import-preview-en');
  // Nothing has changed yet.
  expect(await backupKeys(page)).toEqual([]);

  await panel.getByRole('button', { name: 'Open as a new workbook' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added to the library' })).toBeVisible();
  await expect(panel).toBeHidden();
  await expectSaved(page);
  // The new workbook is open, under its own id in the address, with the same content.
  expect(openWorkbookId(page)).not.toBe(before.id);
  const after = await storedWorkbook(page);
  expect(after.id).toBe(openWorkbookId(page));
  expect({ ...after, id: 'x' }).toEqual({ ...before, id: 'x' });
  // Nothing was replaced: the original is still in the library, unchanged.
  const library = await storedLibrary(page);
  expect(Object.keys(library).sort()).toEqual([before.id, after.id].sort());
  expect(library[before.id]).toEqual(before);
  expect(await backupKeys(page)).toEqual([]);
  await page.getByRole('navigation').getByRole('link', { name: /^SWOT/ }).click();
  await expect(quadrant(page, 'Strengths')).toContainText('Total: 33');
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

test('replace a workbook with an imported version: the old version is a backup that can be restored', async ({ page }) => {
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
  await panel.getByRole('button', { name: 'Replace the one in this browser' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'kept as the backup of' })).toBeVisible();
  await expectSaved(page);
  expect(await storedWorkbook(page)).toEqual(exported);
  expect(Object.keys(await storedLibrary(page))).toEqual([exported.id]);

  // The later version is listed in the library's backups and restores; restoring
  // keeps the imported one.
  await page.getByRole('link', { name: 'Workbooks' }).click();
  const backups = page.getByRole('region', { name: 'Backups' });
  await expect(backups.getByRole('row', { name: /Our later version/ })).toBeVisible();
  await backups.getByRole('row', { name: /Our later version/ }).getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByLabel('Workbook title')).toHaveValue('Our later version');
  await expectSaved(page);
  expect(await storedWorkbook(page)).toEqual(later);
  await page.getByRole('link', { name: 'Workbooks' }).click();
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

test('a backup of a workbook no longer in the library is added back', async ({ page }) => {
  await openSwot(page);
  const { path } = await exportFile(page);
  const original = await storedWorkbook(page);
  await itemRow(page, 'Strengths', 0).getByLabel('Score', { exact: true }).fill('1');
  await expectSaved(page);
  // Replacing makes a backup of the edited version.
  await importFile(page, path);
  await preview(page).getByRole('button', { name: 'Replace the one in this browser' }).click();
  await expectSaved(page);
  // The workbook is deleted and deleted for good.
  await page.getByRole('link', { name: 'Workbooks' }).click();
  const list = page.getByRole('table', { name: 'Workbooks in this browser' });
  await list.getByRole('row', { name: /Zhixun/ }).getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('region', { name: 'Recently deleted' })
    .getByRole('button', { name: 'Delete permanently' }).click();
  expect(await storedLibrary(page)).not.toHaveProperty(original.id);
  // Its backup restores it into the library, under its own id.
  await page.getByRole('region', { name: 'Backups' }).getByRole('row', { name: /Zhixun/ })
    .getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added to the library' })).toBeVisible();
  await expectSaved(page);
  expect(openWorkbookId(page)).toBe(original.id);
  const restored = await storedWorkbook(page);
  expect(restored.swot.strengths[0].score).toBe(1);
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
    workbook: {
      id: 'wb-newer',
      title: 'From a newer build',
      timeline: [{ at: '2027-01-01' }],
      swot: { strengths: [{ id: 1, text: 'Loyal clients', score: 8, confidence: 0.9 }] },
    },
  };
  await importFile(page, { name: 'newer.json', text: JSON.stringify(file) });
  const panel = preview(page);
  await expect(panel).toContainText(
    'they are kept and written back unchanged: signature, workbook.timeline, workbook.swot.strengths[1].confidence',
  );
  await panel.getByRole('button', { name: 'Add to the library and open' }).click();
  await expectSaved(page);
  expect(openWorkbookId(page)).toBe('wb-newer');
  const stored = JSON.parse(await page.evaluate((k) => window.localStorage.getItem(k), workbookKey(page)));
  expect(stored.signature).toEqual({ by: 'team B' });
  expect(stored.workbook.timeline).toEqual([{ at: '2027-01-01' }]);
  expect(stored.workbook.swot.strengths[0].confidence).toBe(0.9);
  expect(stored.workbook.id).toBe('wb-newer');
  const exported = JSON.parse((await exportFile(page)).text);
  expect(exported.signature).toEqual({ by: 'team B' });
  expect(exported.workbook.timeline).toEqual([{ at: '2027-01-01' }]);
  // A field inside a row stays with the row through an edit of it.
  await page.getByRole('navigation').getByRole('link', { name: /^SWOT/ }).click();
  await page.getByRole('region', { name: 'Strengths' }).getByRole('listitem').first()
    .getByLabel('Score', { exact: true }).fill('9');
  await expectSaved(page);
  const edited = JSON.parse(await page.evaluate((k) => window.localStorage.getItem(k), workbookKey(page)));
  expect(edited.workbook.swot.strengths[0]).toMatchObject({ id: 1, score: 9, confidence: 0.9 });
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

  // Reloading: the other tab's version, and saving goes on.
  await other.getByRole('button', { name: 'Reload', exact: true }).click();
  await expect(quadrant(other, 'Strengths')).toContainText('Total: 34');
  await expect(warning).toBeHidden();
  await itemRow(other, 'Threats', 0).getByLabel('Score', { exact: true }).fill('9');
  await expectSaved(other);
  stored = await storedWorkbook(page);
  expect(stored.swot.strengths[0].score).toBe(5);
  expect(stored.swot.threats[0].score).toBe(9);

  // Now the first tab is the stale one. Its unsaved edit is kept as a new workbook
  // of the library, which it then works on; the other tab's version is untouched.
  const mine = page.getByRole('alert').filter({ hasText: 'This workbook was changed in another tab.' });
  await expect(mine).toBeVisible();
  await itemRow(page, 'Opportunities', 0).getByLabel('Score', { exact: true }).fill('2');
  await mine.getByRole('button', { name: 'Save my version as a copy' }).click();
  await expect(page.getByRole('status').filter({ hasText: '(copy)' })).toBeVisible();
  await expect(mine).toBeHidden();
  await expectSaved(page);
  const original = stored.id;
  expect(openWorkbookId(page)).not.toBe(original);
  const copy = await storedWorkbook(page);
  expect(copy.title).toMatch(/\(copy\)$/);
  expect(copy.swot.opportunities[0].score).toBe(2);
  expect(copy.swot.strengths[0].score).toBe(5);
  expect(copy.swot.threats[0].score).not.toBe(9);
  const library = await storedLibrary(page);
  expect(library[original].swot.threats[0].score).toBe(9);
  expect(library[original].swot.opportunities[0].score).not.toBe(2);
  // The two tabs are on different workbooks now: both save, neither is warned.
  await itemRow(page, 'Opportunities', 1).getByLabel('Score', { exact: true }).fill('4');
  await expectSaved(page);
  await itemRow(other, 'Threats', 1).getByLabel('Score', { exact: true }).fill('3');
  await expectSaved(other);
  await expect(other.getByRole('alert').filter({ hasText: 'changed in another tab' })).toHaveCount(0);
  await expect(page.getByRole('alert').filter({ hasText: 'changed in another tab' })).toHaveCount(0);
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
  const panel = page.getByRole('region', { name: '更改前预览：此文件的内容' });
  await expect(panel).toContainText('其内容与本浏览器中的版本完全相同。');
  await expect(panel.getByRole('button', { name: '替换本浏览器中的版本' })).toBeVisible();
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
