// The library of workbooks in one browser: the list (title, client, last change,
// completion), creating, duplicating, renaming and deleting workbooks (with undo,
// restore and permanent deletion), the open workbook in the address (old addresses,
// unknown ids, back and forward), "export all" and adding that file back, two tabs
// on two workbooks, unreadable stored data, and the page in Chinese.
import { test, expect, corruptStorage } from './fixtures.mjs';
import {
  WORKBOOK_PREFIX, openWorkbookId, storedWorkbook, storedLibrary, expectSaved,
} from './helpers.mjs';

const DEMO_ID = 'demo-zhixun';
const DEMO_TITLE = 'Zhixun CRM strategy workshop';
const DEMO_CLIENT = 'Zhixun Company';
const DELETED_PREFIX = 'crm-workbook/deleted/';
// Set SHOTS=/some/dir to keep screenshots of the library.
const SHOTS = process.env.SHOTS;

async function shot(page, name) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** Goes to the library through the header's link. */
async function openLibrary(page, linkName = 'Workbooks') {
  await page.getByRole('banner').getByRole('link', { name: linkName, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: linkName })).toBeVisible();
  await expect(page).toHaveURL(/#\/library$/);
}

function libraryTable(page) {
  return page.getByRole('table', { name: 'Workbooks in this browser' });
}

/** The library's row of the workbook titled exactly `title`. */
function workbookRow(page, title) {
  return libraryTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: title, exact: true }) });
}

function deletedSection(page) {
  return page.getByRole('region', { name: 'Recently deleted' });
}

function notice(page, text) {
  return page.getByRole('status').filter({ hasText: text });
}

/** Everything in the origin's localStorage. */
async function allStorage(page) {
  return page.evaluate(() => ({ ...window.localStorage }));
}

/** The keys under which workbook `id` is kept as deleted. */
async function deletedKeys(page, id) {
  const keys = await page.evaluate((p) => Object.keys(window.localStorage).filter((k) => k.startsWith(p)), DELETED_PREFIX);
  return keys.filter((k) => new RegExp(`^${DELETED_PREFIX}\\d+/${id}$`).test(k));
}

/** The text of a download started by `click`, and its suggested name. */
async function download(page, click) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const chunks = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk);
  return { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

/** Chooses { name, text } with the header's picker. */
async function importFile(page, file) {
  await page.getByLabel('Import JSON').setInputFiles({
    name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text, 'utf8'),
  });
}

/** The ids of the library in localStorage (readable or not). */
async function storedIds(page) {
  const keys = await page.evaluate((p) => Object.keys(window.localStorage).filter((k) => k.startsWith(p)), WORKBOOK_PREFIX);
  return keys.map((k) => k.slice(WORKBOOK_PREFIX.length));
}

/** Duplicates the workbook titled `title` from the library; returns the copy's id. */
async function duplicate(page, title, copyTitle) {
  const before = await storedIds(page);
  await workbookRow(page, title).getByRole('button', { name: 'Duplicate' }).click();
  await expect(notice(page, `Added to the library: “${copyTitle}”.`)).toBeVisible();
  await expect(workbookRow(page, copyTitle)).toBeVisible();
  const added = (await storedIds(page)).filter((id) => !before.includes(id));
  expect(added).toHaveLength(1);
  return added[0];
}

test('the list shows title, client, last change and completion; the address names the workbook', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(new RegExp(`#/w/${DEMO_ID}/$`));
  await expect(page.locator('.workbook-title')).toHaveText(DEMO_TITLE);
  await expectSaved(page);
  expect(await page.evaluate(() => window.localStorage.getItem('crm-workbook/last-opened'))).toBe(DEMO_ID);

  await openLibrary(page);
  const table = libraryTable(page);
  await expect(table.getByRole('columnheader')).toHaveText(
    ['Title', 'Client', 'Last change', 'Completion', 'Size', 'Actions'],
  );
  await expect(table.getByRole('row')).toHaveCount(2); // header + the demo
  const row = workbookRow(page, DEMO_TITLE);
  await expect(row).toHaveAttribute('aria-current', 'true');
  await expect(row.getByRole('rowheader')).toHaveText(`${DEMO_TITLE} open now`);
  const cells = row.getByRole('cell');
  await expect(cells.nth(0)).toHaveText(DEMO_CLIENT);
  // The last save, in the browser's time zone (UTC here): YYYY-MM-DD HH:MM.
  const raw = await page.evaluate((k) => window.localStorage.getItem(k), WORKBOOK_PREFIX + DEMO_ID);
  const savedAt = JSON.parse(raw).saved_at;
  await expect(cells.nth(1)).toHaveText(`${savedAt.slice(0, 10)} ${savedAt.slice(11, 16)}`);
  await expect(cells.nth(1)).toHaveText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  await expect(cells.nth(2)).toHaveText('100%');
  await expect(cells.nth(3)).toHaveText(/\d/);
  for (const name of ['Duplicate', 'Rename', 'Delete']) {
    await expect(row.getByRole('button', { name, exact: true })).toBeVisible();
  }
  await shot(page, 'library-en');

  await row.getByRole('link', { name: 'Open', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`#/w/${DEMO_ID}/$`));
  await expect(page.getByLabel('Workbook title')).toHaveValue(DEMO_TITLE);

  // An address from before the library: the open workbook's page, rewritten.
  await page.goto('/#/swot');
  await expect(page).toHaveURL(new RegExp(`#/w/${DEMO_ID}/swot$`));
  await expect(page.getByRole('heading', { level: 1, name: 'SWOT' })).toBeVisible();
  // Also as a fresh load (a bookmark).
  await page.goto('about:blank');
  await page.goto('/#/pestle');
  await expect(page).toHaveURL(new RegExp(`#/w/${DEMO_ID}/pestle$`));
  await expect(page.locator('.workbook-title')).toHaveText(DEMO_TITLE);
});

test('create a blank workbook: it opens, keeps its edits, and back/forward move between workbooks', async ({ page }) => {
  await page.goto('/');
  await expectSaved(page);
  await openLibrary(page);
  const form = page.getByRole('region', { name: 'New workbook' });
  const title = form.getByLabel('Title', { exact: true });
  const create = form.getByRole('button', { name: 'Create blank workbook' });

  // No title: refused, nothing created.
  await create.click();
  await expect(form.getByRole('alert')).toHaveText('A workbook needs a title.');
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/#\/library$/);
  expect(Object.keys(await storedLibrary(page))).toEqual([DEMO_ID]);

  await title.fill('Acme rollout');
  await form.getByLabel('Client', { exact: true }).fill('Acme GmbH');
  await create.click();
  await expect(page).toHaveURL(/#\/w\/[^/]+\/$/);
  const id = openWorkbookId(page);
  expect(id).not.toBe(DEMO_ID);
  await expect(page.getByLabel('Workbook title')).toHaveValue('Acme rollout');
  await expect(page.getByLabel('Client', { exact: true })).toHaveValue('Acme GmbH');
  await expect(page.locator('.workbook-title')).toHaveText('Acme rollout');
  const created = (await storedLibrary(page))[id];
  expect(created).toMatchObject({ id, title: 'Acme rollout', client: 'Acme GmbH' });

  await page.getByLabel('Client', { exact: true }).fill('Acme AG');
  await expectSaved(page);
  await expect.poll(async () => (await storedWorkbook(page)).client).toBe('Acme AG');

  await page.reload();
  await expect(page).toHaveURL(new RegExp(`#/w/${id}/$`));
  await expect(page.getByLabel('Workbook title')).toHaveValue('Acme rollout');
  await expect(page.getByLabel('Client', { exact: true })).toHaveValue('Acme AG');

  await openLibrary(page);
  await expect(libraryTable(page).getByRole('row')).toHaveCount(3);
  await expect(workbookRow(page, 'Acme rollout')).toHaveAttribute('aria-current', 'true');
  await expect(workbookRow(page, 'Acme rollout').getByRole('cell').first()).toHaveText('Acme AG');
  await expect(workbookRow(page, DEMO_TITLE)).not.toHaveAttribute('aria-current', 'true');

  await workbookRow(page, DEMO_TITLE).getByRole('link', { name: DEMO_TITLE, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`#/w/${DEMO_ID}/$`));
  await expect(page.locator('.workbook-title')).toHaveText(DEMO_TITLE);
  await expect(page.getByLabel('Client', { exact: true })).toHaveValue(DEMO_CLIENT);

  // Back: the library, then the new workbook again; forward: the demo.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Workbooks' })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`#/w/${id}/$`));
  await expect(page.locator('.workbook-title')).toHaveText('Acme rollout');
  await expect(page.getByLabel('Client', { exact: true })).toHaveValue('Acme AG');
  await page.goForward();
  await page.goForward();
  await expect(page).toHaveURL(new RegExp(`#/w/${DEMO_ID}/$`));
  await expect(page.locator('.workbook-title')).toHaveText(DEMO_TITLE);
  const stored = await storedLibrary(page);
  expect(stored[id].client).toBe('Acme AG');
  expect(stored[DEMO_ID].client).toBe(DEMO_CLIENT);
});

test('duplicate: a copy with the same content under a new id and a "(copy)" title', async ({ page }) => {
  await page.goto('/');
  await expectSaved(page);
  await openLibrary(page);
  const before = await storedLibrary(page);

  const copyId = await duplicate(page, DEMO_TITLE, `${DEMO_TITLE} (copy)`);
  expect(copyId).not.toBe(DEMO_ID);
  const copyRow = workbookRow(page, `${DEMO_TITLE} (copy)`);
  await expect(copyRow.getByRole('cell').first()).toHaveText(DEMO_CLIENT);
  await expect(copyRow.getByRole('cell').nth(2)).toHaveText('100%');
  // The open workbook stays open.
  await expect(copyRow).not.toHaveAttribute('aria-current', 'true');
  await expect(workbookRow(page, DEMO_TITLE)).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('.workbook-title')).toHaveText(DEMO_TITLE);
  await expect(page).toHaveURL(/#\/library$/);

  const after = await storedLibrary(page);
  expect(after[DEMO_ID]).toEqual(before[DEMO_ID]);
  // The copy also remembers its source (the team merge takes duplicates of it).
  expect(after[copyId]).toMatchObject({ id: copyId, title: `${DEMO_TITLE} (copy)`, origin: DEMO_ID });
  expect({ ...after[copyId], id: 'x', title: 'x', origin: 'x' }).toEqual({ ...before[DEMO_ID], id: 'x', title: 'x', origin: 'x' });

  const copy2Id = await duplicate(page, DEMO_TITLE, `${DEMO_TITLE} (copy 2)`);
  expect([DEMO_ID, copyId]).not.toContain(copy2Id);
  await expect(libraryTable(page).getByRole('row')).toHaveCount(4);
  const last = await storedLibrary(page);
  expect(Object.keys(last).sort()).toEqual([DEMO_ID, copyId, copy2Id].sort());
  expect(last[copy2Id].origin).toBe(DEMO_ID);
  expect({ ...last[copy2Id], id: 'x', title: 'x', origin: 'x' }).toEqual({ ...before[DEMO_ID], id: 'x', title: 'x', origin: 'x' });
  await expect(page.locator('.workbook-title')).toHaveText(DEMO_TITLE);
});

test('rename: an empty title is refused, Escape cancels, Enter saves', async ({ page }) => {
  await page.goto('/');
  await expectSaved(page);
  await openLibrary(page);
  const table = libraryTable(page);
  const field = table.getByLabel('New title');
  const formRow = table.getByRole('row').filter({ has: page.getByLabel('New title') });

  await workbookRow(page, DEMO_TITLE).getByRole('button', { name: 'Rename' }).click();
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(DEMO_TITLE);
  await field.fill('   ');
  await formRow.getByRole('button', { name: 'Save' }).click();
  await expect(formRow.getByRole('alert')).toHaveText('A workbook needs a title.');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveValue('   ');
  expect((await storedLibrary(page))[DEMO_ID].title).toBe(DEMO_TITLE);

  // Escape leaves the title as it was.
  await field.fill('Not kept');
  await field.press('Escape');
  await expect(field).toBeHidden();
  await expect(workbookRow(page, DEMO_TITLE)).toBeVisible();
  await expect(page.locator('.workbook-title')).toHaveText(DEMO_TITLE);
  expect((await storedLibrary(page))[DEMO_ID].title).toBe(DEMO_TITLE);

  // Enter keeps the new title (trimmed): list, header and storage.
  await workbookRow(page, DEMO_TITLE).getByRole('button', { name: 'Rename' }).click();
  await expect(formRow.getByRole('alert')).toHaveText('');
  await field.fill('  Zhixun kickoff  ');
  await field.press('Enter');
  await expect(field).toBeHidden();
  const renamed = workbookRow(page, 'Zhixun kickoff');
  await expect(renamed).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('.workbook-title')).toHaveText('Zhixun kickoff');
  await expectSaved(page);
  await expect.poll(async () => (await storedLibrary(page))[DEMO_ID].title).toBe('Zhixun kickoff');

  // A workbook that is not open is renamed in storage; the header stays.
  const copyId = await duplicate(page, 'Zhixun kickoff', 'Zhixun kickoff (copy)');
  await workbookRow(page, 'Zhixun kickoff (copy)').getByRole('button', { name: 'Rename' }).click();
  await field.fill('Second team');
  await formRow.getByRole('button', { name: 'Save' }).click();
  await expect(workbookRow(page, 'Second team')).toBeVisible();
  await expect(page.locator('.workbook-title')).toHaveText('Zhixun kickoff');
  const stored = await storedLibrary(page);
  expect(stored[copyId].title).toBe('Second team');
  expect(stored[DEMO_ID].title).toBe('Zhixun kickoff');

  await page.reload();
  await expect(workbookRow(page, 'Zhixun kickoff')).toHaveAttribute('aria-current', 'true');
  await expect(workbookRow(page, 'Second team')).toBeVisible();
  await expect(page.locator('.workbook-title')).toHaveText('Zhixun kickoff');
});

test('delete: undo, restore, delete permanently, and deleting the open workbook', async ({ page }) => {
  await page.goto('/');
  await expectSaved(page);
  await openLibrary(page);
  const copyTitle = `${DEMO_TITLE} (copy)`;
  const copyId = await duplicate(page, DEMO_TITLE, copyTitle);
  const copy2Id = await duplicate(page, DEMO_TITLE, `${DEMO_TITLE} (copy 2)`);
  const before = await storedLibrary(page);
  const deleted = deletedSection(page);
  const deletedRow = deleted.getByRole('row').filter({ hasText: copyTitle });
  const deleteNotice = notice(page, `“${copyTitle}” was deleted. It stays under Recently deleted for 30 days.`);

  // Delete, then undo from the notice.
  await workbookRow(page, copyTitle).getByRole('button', { name: 'Delete' }).click();
  await expect(deleteNotice).toBeVisible();
  await expect(workbookRow(page, copyTitle)).toHaveCount(0);
  await expect(deletedRow).toBeVisible();
  expect(Object.keys(await storedLibrary(page))).not.toContain(copyId);
  let kept = await deletedKeys(page, copyId);
  expect(kept).toHaveLength(1);
  const keptRaw = await page.evaluate((k) => window.localStorage.getItem(k), kept[0]);
  expect(JSON.parse(keptRaw).workbook).toEqual(before[copyId]);
  await shot(page, 'library-deleted-en');

  await deleteNotice.getByRole('button', { name: 'Undo' }).click();
  await expect(notice(page, `Added to the library: “${copyTitle}”.`)).toBeVisible();
  await expect(workbookRow(page, copyTitle)).toBeVisible();
  await expect(deleted.getByRole('row')).toHaveCount(0);
  expect((await storedLibrary(page))[copyId]).toEqual(before[copyId]);
  expect(await deletedKeys(page, copyId)).toEqual([]);

  // Delete, then restore from the recently deleted list.
  await workbookRow(page, copyTitle).getByRole('button', { name: 'Delete' }).click();
  await expect(deletedRow).toBeVisible();
  await deletedRow.getByRole('button', { name: 'Restore' }).click();
  await expect(workbookRow(page, copyTitle)).toBeVisible();
  await expect(deletedRow).toHaveCount(0);
  expect((await storedLibrary(page))[copyId]).toEqual(before[copyId]);

  // Delete, then delete permanently: gone from storage.
  await workbookRow(page, copyTitle).getByRole('button', { name: 'Delete' }).click();
  await deletedRow.getByRole('button', { name: 'Delete permanently' }).click();
  await expect(deletedRow).toHaveCount(0);
  await expect(workbookRow(page, copyTitle)).toHaveCount(0);
  expect(await deletedKeys(page, copyId)).toEqual([]);
  const left = await allStorage(page);
  expect(Object.keys(left).filter((k) => k.includes(copyId))).toEqual([]);

  // Deleting the open workbook opens the most recently changed other one.
  await workbookRow(page, DEMO_TITLE).getByRole('button', { name: 'Delete' }).click();
  await expect(notice(page, `“${DEMO_TITLE}” was deleted.`)).toBeVisible();
  const copy2Row = workbookRow(page, `${DEMO_TITLE} (copy 2)`);
  await expect(copy2Row).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('.workbook-title')).toHaveText(`${DEMO_TITLE} (copy 2)`);
  expect(await page.evaluate(() => window.localStorage.getItem('crm-workbook/last-opened'))).toBe(copy2Id);
  expect(Object.keys(await storedLibrary(page))).toEqual([copy2Id]);
  await page.goto('/#/swot');
  await expect(page).toHaveURL(new RegExp(`#/w/${copy2Id}/swot$`));
  // The demo's old address now says it is gone.
  await page.goto(`/#/w/${DEMO_ID}/`);
  await expect(page.getByRole('alert').filter({ hasText: `This browser has no workbook “${DEMO_ID}”` })).toBeVisible();
  // Restored, it keeps its id and content.
  await deletedSection(page).getByRole('row').filter({ hasText: DEMO_TITLE })
    .getByRole('button', { name: 'Restore' }).click();
  await expect(workbookRow(page, DEMO_TITLE)).toBeVisible();
  expect((await storedLibrary(page))[DEMO_ID]).toEqual(before[DEMO_ID]);
});

test('an address naming a workbook this browser does not have shows the library', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Client', { exact: true }).fill('Zhixun Ltd');
  await expectSaved(page);
  await expect.poll(async () => (await storedWorkbook(page)).client).toBe('Zhixun Ltd');
  const before = await allStorage(page);

  const alert = page.getByRole('alert').filter({ hasText: 'This browser has no workbook “nope”' });
  await page.goto('/#/w/nope/swot');
  await expect(alert).toBeVisible();
  await expect(page).toHaveURL(/#\/library$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Workbooks' })).toBeVisible();
  await expect(workbookRow(page, DEMO_TITLE)).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('.workbook-title')).toHaveText(DEMO_TITLE);
  expect(await allStorage(page)).toEqual(before);

  // The same as a fresh load (a link from another computer).
  await page.goto('about:blank');
  await page.goto('/#/w/nope/swot');
  await expect(alert).toBeVisible();
  await expect(page).toHaveURL(/#\/library$/);
  await expect(workbookRow(page, DEMO_TITLE)).toHaveAttribute('aria-current', 'true');
  expect(await allStorage(page)).toEqual(before);
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toBeHidden();
  await workbookRow(page, DEMO_TITLE).getByRole('link', { name: 'Open' }).click();
  await expect(page.getByLabel('Client', { exact: true })).toHaveValue('Zhixun Ltd');
});

test('export all, then import the file: identical ones are skipped, changed ones added as copies', async ({ page }) => {
  await page.goto('/');
  await expectSaved(page);
  await openLibrary(page);
  const copyTitle = `${DEMO_TITLE} (copy)`;
  const copyId = await duplicate(page, DEMO_TITLE, copyTitle);
  const before = await storedLibrary(page);

  const exportSection = page.getByRole('region', { name: 'Export all workbooks' });
  const file = await download(page, () => exportSection.getByRole('button', { name: 'Export all workbooks' }).click());
  const parsed = JSON.parse(file.text);
  expect(file.name).toMatch(/^crm-workbooks-\d{4}-\d{2}-\d{2}\.json$/);
  expect(file.name).toBe(`crm-workbooks-${parsed.saved_at.slice(0, 10)}.json`);
  expect(parsed.format).toBe('crm-strategy-workbook-library');
  expect(parsed.schema_version).toBe(1);
  expect(parsed.workbooks).toHaveLength(2);
  const inFile = Object.fromEntries(parsed.workbooks.map((e) => [e.workbook.id, e.workbook]));
  expect(inFile).toEqual(before);
  for (const envelope of parsed.workbooks) expect(envelope.format).toBe('crm-strategy-workbook');

  // Back in unchanged: nothing to add.
  await importFile(page, file);
  const panel = page.getByRole('region', { name: 'Before anything changes: the workbooks in this file' });
  await expect(panel).toContainText('2 workbooks');
  for (const title of [DEMO_TITLE, copyTitle]) {
    await expect(panel.getByRole('row').filter({ has: page.getByRole('rowheader', { name: title, exact: true }) }))
      .toContainText('already here, identical: skipped');
  }
  await shot(page, 'library-import-identical-en');
  await panel.getByRole('button', { name: 'Add to the library' }).click();
  await expect(notice(page, 'Nothing was added: every workbook in the file is already here.')).toBeVisible();
  await expect(panel).toBeHidden();
  expect(await storedLibrary(page)).toEqual(before);
  await expect(libraryTable(page).getByRole('row')).toHaveCount(3);

  // The demo changes; the same file again adds its old version as a copy.
  await workbookRow(page, DEMO_TITLE).getByRole('link', { name: 'Open' }).click();
  await page.getByLabel('Client', { exact: true }).fill('Zhixun Holding');
  await expectSaved(page);
  await expect.poll(async () => (await storedWorkbook(page)).client).toBe('Zhixun Holding');
  const changed = (await storedLibrary(page))[DEMO_ID];

  await importFile(page, file);
  const demoRow = panel.getByRole('row').filter({ has: page.getByRole('rowheader', { name: DEMO_TITLE, exact: true }) });
  await expect(demoRow).toContainText('differs from the one here: added as a copy');
  await expect(panel.getByRole('row').filter({ has: page.getByRole('rowheader', { name: copyTitle, exact: true }) }))
    .toContainText('already here, identical: skipped');
  await shot(page, 'library-import-copy-en');
  await panel.getByRole('button', { name: 'Add to the library' }).click();
  await expect(notice(page, `Added to the library: “${DEMO_TITLE}”.`)).toBeVisible();
  await expect(page).toHaveURL(/#\/library$/);
  await expect(workbookRow(page, DEMO_TITLE)).toHaveCount(2);

  const after = await storedLibrary(page);
  const addedIds = Object.keys(after).filter((id) => !(id in before));
  expect(addedIds).toHaveLength(1);
  expect({ ...after[addedIds[0]], id: 'x' }).toEqual({ ...before[DEMO_ID], id: 'x' });
  expect(after[DEMO_ID]).toEqual(changed);
  expect(after[copyId]).toEqual(before[copyId]);
  await expect(page.locator('.workbook-title')).toHaveText(DEMO_TITLE);
  await expect(workbookRow(page, DEMO_TITLE).filter({ has: page.locator('[aria-current="true"]') })).toHaveCount(0);
});

test('the list can be searched by title or client', async ({ page }) => {
  await page.goto('/');
  await openLibrary(page);
  const create = page.getByRole('region', { name: 'New workbook' });
  await create.getByLabel('Title', { exact: true }).fill('Acme 2027 plan');
  await create.getByLabel('Client', { exact: true }).fill('Acme Ltd');
  await create.getByRole('button', { name: 'Create blank workbook' }).click();
  await openLibrary(page);
  const find = page.getByLabel('Find a workbook (title or client)');
  await find.fill('zhixun company');
  await expect(workbookRow(page, DEMO_TITLE)).toBeVisible();
  await expect(workbookRow(page, 'Acme 2027 plan')).toHaveCount(0);
  // Full-width letters, as a Chinese input method types them, find the same.
  await find.fill('ＡＣＭＥ');
  await expect(workbookRow(page, 'Acme 2027 plan')).toBeVisible();
  await expect(workbookRow(page, DEMO_TITLE)).toHaveCount(0);
  await find.fill('nothing like it');
  await expect(page.getByRole('status').filter({ hasText: 'No workbook matches “nothing like it”.' })).toBeVisible();
  await expect(libraryTable(page).getByRole('row')).toHaveCount(1);
  await find.fill('');
  await expect(libraryTable(page).getByRole('row')).toHaveCount(3);
});

test('a workbook deleted in another tab: this tab is told, and its version can still be kept', async ({ page, context }) => {
  await page.goto('/#/swot');
  await expectSaved(page);
  const other = await context.newPage();
  await other.goto('/');
  await openLibrary(other);
  await other.bringToFront();
  await workbookRow(other, DEMO_TITLE).getByRole('button', { name: 'Delete' }).click();
  await expect(notice(other, 'was deleted')).toBeVisible();

  // The first tab learns of it at once, has no Reload (it would find nothing), and
  // an edit made now stays in memory rather than bringing the workbook back.
  await page.bringToFront();
  const warning = page.getByRole('alert').filter({ hasText: 'This workbook was deleted in another tab.' });
  await expect(warning).toBeVisible();
  await expect(warning.getByRole('button', { name: 'Reload' })).toHaveCount(0);
  await page.getByRole('region', { name: 'Strengths' }).getByRole('listitem').first()
    .getByLabel('Score', { exact: true }).fill('2');
  await expect(page.getByRole('status').filter({ hasText: 'Not saved' })).toBeVisible();
  expect(await storedIds(page)).not.toContain(DEMO_ID);

  // Keeping it makes a new workbook with the edit; the deleted one stays deleted.
  await warning.getByRole('button', { name: 'Save my version as a copy' }).click();
  await expect(warning).toBeHidden();
  await expectSaved(page);
  const copy = await storedWorkbook(page);
  expect(openWorkbookId(page)).not.toBe(DEMO_ID);
  expect(copy.title).toBe(`${DEMO_TITLE} (copy)`);
  expect(copy.swot.strengths[0].score).toBe(2);
  expect(await storedIds(page)).not.toContain(DEMO_ID);
  expect((await deletedKeys(page, DEMO_ID)).length).toBe(1);
  await other.close();
});

test('two tabs on two workbooks both save, and the list follows the other tab', async ({ page, context }) => {
  await page.goto('/');
  await expectSaved(page);
  const other = await context.newPage();
  await other.goto('/');
  await expectSaved(other);
  await openLibrary(other);
  const form = other.getByRole('region', { name: 'New workbook' });
  await form.getByLabel('Title', { exact: true }).fill('Tab B workbook');
  await form.getByRole('button', { name: 'Create blank workbook' }).click();
  await expect(other.getByLabel('Workbook title')).toHaveValue('Tab B workbook');
  const bId = openWorkbookId(other);
  expect(bId).not.toBe(DEMO_ID);

  await page.getByLabel('Client', { exact: true }).fill('Client of tab A');
  await other.getByLabel('Client', { exact: true }).fill('Client of tab B');
  await expectSaved(page);
  await expectSaved(other);
  await expect.poll(async () => (await storedLibrary(page))[DEMO_ID].client).toBe('Client of tab A');
  await expect.poll(async () => (await storedLibrary(page))[bId].client).toBe('Client of tab B');
  // Another edit in each, after the other's save: still no conflict.
  await page.getByLabel('Workbook title').fill('Demo of tab A');
  await other.getByLabel('Workbook title').fill('Workbook of tab B');
  await expectSaved(page);
  await expectSaved(other);
  await expect.poll(async () => {
    const lib = await storedLibrary(page);
    return [lib[DEMO_ID].title, lib[DEMO_ID].client, lib[bId].title, lib[bId].client];
  }).toEqual(['Demo of tab A', 'Client of tab A', 'Workbook of tab B', 'Client of tab B']);
  for (const tab of [page, other]) {
    await expect(tab.getByRole('alert').filter({ hasText: 'This workbook was changed in another tab.' })).toHaveCount(0);
    await expect(tab.getByRole('status').filter({ hasText: 'Not saved' })).toHaveCount(0);
  }

  // Tab B shows the library; tab A creates a workbook; B's list shows it.
  await openLibrary(other);
  await page.bringToFront();
  await expect(workbookRow(other, 'Demo of tab A').getByRole('cell').first()).toHaveText('Client of tab A');
  await openLibrary(page);
  const formA = page.getByRole('region', { name: 'New workbook' });
  await formA.getByLabel('Title', { exact: true }).fill('Made in tab A');
  await formA.getByRole('button', { name: 'Create blank workbook' }).click();
  await expect(page.getByLabel('Workbook title')).toHaveValue('Made in tab A');
  await expect(workbookRow(other, 'Made in tab A')).toBeVisible();
  await expect(workbookRow(other, 'Workbook of tab B')).toHaveAttribute('aria-current', 'true');
  await expect(libraryTable(other).getByRole('row')).toHaveCount(4);
  await other.close();
});

test.describe('unreadable stored data', () => {
  test('is listed with its reason, downloads as it is, and leaves the others usable', async ({ page }) => {
    await page.goto('/');
    await expectSaved(page);
    await corruptStorage(page, `${WORKBOOK_PREFIX}wb-broken`, '{oops');
    await page.reload();
    await expectSaved(page);
    await openLibrary(page);

    const row = libraryTable(page).getByRole('row').filter({ hasText: 'Unreadable data wb-broken' });
    await expect(row.getByRole('rowheader')).toHaveText('Unreadable data wb-broken');
    await expect(row).toContainText(/It is not valid JSON \(line 1, column \d+\)/);
    await expect(row.getByRole('link')).toHaveCount(0);
    await shot(page, 'library-unreadable-en');
    const file = await download(page, () => row.getByRole('button', { name: 'Download' }).click());
    expect(file.text).toBe('{oops');
    const raw = () => page.evaluate((k) => window.localStorage.getItem(k), `${WORKBOOK_PREFIX}wb-broken`);
    expect(await raw()).toBe('{oops');

    // Opening it by address says why, and the open workbook stays.
    await page.goto('/#/w/wb-broken/swot');
    await expect(page.getByRole('alert').filter({ hasText: `${WORKBOOK_PREFIX}wb-broken` })).toBeVisible();
    await expect(page).toHaveURL(/#\/library$/);
    await expect(page.locator('.workbook-title')).toHaveText(DEMO_TITLE);
    expect(await raw()).toBe('{oops');

    // The other workbooks open, duplicate and save as usual.
    const copyId = await duplicate(page, DEMO_TITLE, `${DEMO_TITLE} (copy)`);
    await workbookRow(page, `${DEMO_TITLE} (copy)`).getByRole('link', { name: 'Open' }).click();
    await expect(page).toHaveURL(new RegExp(`#/w/${copyId}/$`));
    await page.getByLabel('Client', { exact: true }).fill('Still works');
    await expectSaved(page);
    await expect.poll(async () => (await storedWorkbook(page)).client).toBe('Still works');
    expect(await raw()).toBe('{oops');

    // Deleting it keeps its text, as it was, under Recently deleted.
    await openLibrary(page);
    await row.getByRole('button', { name: 'Delete' }).click();
    await expect(row).toHaveCount(0);
    const deletedRow = deletedSection(page).getByRole('row').filter({ hasText: 'Unreadable data wb-broken' });
    await expect(deletedRow).toBeVisible();
    expect(await raw()).toBeNull();
    const kept = await deletedKeys(page, 'wb-broken');
    expect(kept).toHaveLength(1);
    expect(await page.evaluate((k) => window.localStorage.getItem(k), kept[0])).toBe('{oops');
    // The notice names what was deleted, as the lists do (not an empty “”).
    const deletedNotice = notice(page, 'It stays under Recently deleted for 30 days.');
    await expect(deletedNotice).toBeVisible();
    await expect(deletedNotice).toContainText('wb-broken');
  });
});

test('the library in Chinese', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Language').selectOption('zh-CN');
  await expectSaved(page, '已保存在本浏览器');
  await openLibrary(page, '手册库');
  const table = page.getByRole('table', { name: '本浏览器中的手册' });
  await expect(table.getByRole('columnheader')).toHaveText(['标题', '客户', '最近修改', '完成度', '大小', '操作']);
  const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: DEMO_TITLE, exact: true }) });
  await expect(row.getByRole('rowheader')).toContainText('当前打开');
  for (const name of ['打开', '复制', '重命名', '删除']) {
    await expect(row.getByRole(name === '打开' ? 'link' : 'button', { name, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('region', { name: '新建手册' }).getByRole('button', { name: '创建空白手册' })).toBeVisible();
  await expect(page.getByRole('region', { name: '最近删除' })).toBeVisible();

  await row.getByRole('button', { name: '复制' }).click();
  const copyTitle = `${DEMO_TITLE}（副本）`;
  await expect(page.getByRole('status').filter({ hasText: `已添加到手册库：“${copyTitle}”。` })).toBeVisible();
  const copyRow = table.getByRole('row').filter({ has: page.getByRole('link', { name: copyTitle, exact: true }) });
  await copyRow.getByRole('button', { name: '删除' }).click();
  const deleted = page.getByRole('status').filter({ hasText: `已删除“${copyTitle}”，它会在“最近删除”中保留 30 天。` });
  await expect(deleted).toBeVisible();
  await shot(page, 'library-zh');
  await deleted.getByRole('button', { name: '撤销' }).click();
  await expect(copyRow).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: `已添加到手册库：“${copyTitle}”。` })).toBeVisible();
});

test.describe('in Shanghai, half past midnight', () => {
  test.use({ timezoneId: 'Asia/Shanghai' });

  test('dates people read are local: export file names and the last change', async ({ page }) => {
    // 16:30 UTC on the 25th is 00:30 on the 26th in Shanghai.
    await page.clock.setFixedTime(new Date('2026-11-25T16:30:00Z'));
    await page.goto('/');
    await page.getByLabel('Client', { exact: true }).fill('Zhixun (edited)');
    await expectSaved(page);
    // Stored instants stay in UTC.
    const raw = JSON.parse(await page.evaluate((k) => window.localStorage.getItem(k), `${WORKBOOK_PREFIX}${DEMO_ID}`));
    expect(raw.saved_at).toBe('2026-11-25T16:30:00.000Z');

    const file = await download(page, () => page.getByRole('button', { name: 'Export JSON' }).click());
    expect(file.name).toMatch(/-2026-11-26\.json$/);
    await openLibrary(page);
    await expect(workbookRow(page, DEMO_TITLE)).toContainText('2026-11-26 00:30');
    const all = await download(page, () => page.getByRole('button', { name: 'Export all workbooks' }).click());
    expect(all.name).toBe('crm-workbooks-2026-11-26.json');
  });
});
