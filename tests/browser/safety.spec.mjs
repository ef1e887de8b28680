// Nothing typed is ever lost, tried the way things really fail: two tabs saving in
// the same moment, storage filled to the last byte, an import refused half way, a
// tab closed with edits it could not save, the browser process dying right after a
// change, and a link to the demo in a fresh browser.
import { test, expect } from './fixtures.mjs';
import {
  openSwot, quadrant, itemRow, storedWorkbook, storedLibrary, expectSaved, workbookKey, openWorkbookId,
} from './helpers.mjs';

const STALE = 'This workbook was changed in another tab.';

/** The stale-tab warning of `page`. */
function staleWarning(page) {
  return page.getByRole('alert').filter({ hasText: STALE });
}

/**
 * Fills the origin's localStorage until it refuses: under `prefix`, readable copies
 * of a stored workbook (listed in the library as "Filler n") or, with `readable`
 * false, plain text; chunks shrink as space runs out, and the last few kilobytes
 * (smaller than a workbook) are filled with plain text under `finePrefix`, so at
 * most `slack` characters stay free. Returns the keys written.
 */
async function fillStorage(page, prefix, { readable = true, slack = 200, finePrefix = prefix } = {}) {
  return page.evaluate(([prefix, readable, slack, finePrefix]) => {
    const template = (() => {
      for (let i = 0; i < localStorage.length; i++) {
        const key = localStorage.key(i);
        if (!key.startsWith('crm-workbook/workbook/')) continue;
        try {
          return JSON.parse(localStorage.getItem(key));
        } catch {
          // Unreadable entries are no template.
        }
      }
      return null;
    })();
    const written = [];
    let chars = 1 << 20;
    let n = 0;
    while (chars >= slack) {
      // Below a workbook's own size, copies of it cannot fill the last gap.
      const copy = readable && template && chars >= 65536;
      const key = `${copy ? prefix : finePrefix}${n}`;
      let value;
      if (copy) {
        const copy = structuredClone(template);
        copy.workbook.id = key.slice('crm-workbook/workbook/'.length);
        copy.workbook.title = `Filler ${n}`;
        copy.workbook.profile.company_type = 'x'.repeat(chars);
        value = JSON.stringify(copy);
      } else {
        value = 'x'.repeat(chars);
      }
      try {
        localStorage.setItem(key, value);
        written.push(key);
        n += 1;
      } catch {
        chars = Math.floor(chars / 2);
      }
    }
    return written;
  }, [prefix, readable, slack, finePrefix]);
}

/** The customer rows stored in IndexedDB under `key`, as an array of byte values. */
async function storedRows(page, key) {
  return page.evaluate((key) => new Promise((resolve, reject) => {
    const open = indexedDB.open('crm-workbook', 1);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const get = db.transaction('customer-rows').objectStore('customer-rows').get(key);
      get.onerror = () => reject(get.error);
      get.onsuccess = async () => {
        db.close();
        const value = get.result;
        if (value === undefined) return resolve(null);
        const buffer = value instanceof Blob ? await value.arrayBuffer() : value.buffer ?? value;
        resolve(Array.from(new Uint8Array(buffer)));
      };
    };
  }), key);
}

/** Every key of the customer-rows store. */
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

async function downloadText(download) {
  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

test('two tabs saving in the same moment, 20 times: a tab that says Saved has its edit stored, the other is told', async ({ page, context }) => {
  test.setTimeout(240_000);
  await openSwot(page);
  await expectSaved(page);
  const other = await context.newPage();
  const tabs = [page, other];
  // A tab whose save lost asks before a reload: the test reloads on purpose.
  for (const tab of tabs) tab.on('dialog', (dialog) => dialog.accept());
  const fields = [['Strengths', /^Strength 1$/], ['Weaknesses', /^Weakness 1$/]];
  await other.goto(page.url());

  for (let round = 0; round < 20; round++) {
    await Promise.all(tabs.map(async (tab) => {
      await tab.reload();
      await expect(quadrant(tab, 'Strengths')).toBeVisible();
      await expect(staleWarning(tab)).toHaveCount(0);
    }));
    const texts = [`round ${round} from tab A`, `round ${round} from tab B`];
    const inputs = tabs.map((tab, i) => itemRow(tab, fields[i][0], 0).getByLabel(fields[i][1]));
    const handles = await Promise.all(inputs.map((input) => input.elementHandle()));
    // Odd rounds commit the change (the field is left), even ones only type, so both
    // the immediate and the debounced save meet.
    const commit = round % 2 === 1;
    // Both edits are dispatched in the same moment.
    await Promise.all(handles.map((handle, i) => handle.evaluate((el, [text, commit]) => {
      el.value = text;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      if (commit) el.dispatchEvent(new Event('change', { bubbles: true }));
    }, [texts[i], commit])));

    // Each tab settles: saved, or told.
    const settled = (tab) => tab.getByRole('status').filter({ hasText: 'Saved in this browser' })
      .or(staleWarning(tab));
    await Promise.all(tabs.map((tab) => expect(settled(tab).first()).toBeVisible()));
    // Late news from the other tab has time to arrive.
    await page.waitForTimeout(400);

    const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), workbookKey(page))).workbook;
    const storedTexts = [stored.swot.strengths[0].text, stored.swot.weaknesses[0].text];
    const told = await Promise.all(tabs.map((tab) => staleWarning(tab).isVisible()));
    for (let i = 0; i < 2; i++) {
      const kept = storedTexts[i] === texts[i];
      expect(kept || told[i], `round ${round}: tab ${'AB'[i]}'s edit is stored or the tab is told`).toBe(true);
    }
  }
  await other.close();
});

test('storage full of the app\'s own workbooks: one is downloaded and deleted for good, and the stuck edit saves', async ({ page }) => {
  test.setTimeout(90_000);
  await openSwot(page);
  await expectSaved(page);
  const openKey = workbookKey(page);
  // A large workbook worth deleting, then storage filled to the brim.
  await page.evaluate((openKey) => {
    const copy = JSON.parse(localStorage.getItem(openKey));
    copy.workbook.id = 'big-archive';
    copy.workbook.title = 'Big archive';
    copy.workbook.profile.company_type = 'y'.repeat(1_200_000);
    localStorage.setItem('crm-workbook/workbook/big-archive', JSON.stringify(copy));
  }, openKey);
  await fillStorage(page, 'crm-workbook/workbook/filler-', { finePrefix: 'crm-workbook/test-filler/' });

  // An edit that does not fit.
  const text = itemRow(page, 'Strengths', 0).getByLabel(/^Strength 1$/);
  const typed = 'A long note typed in the workshop. '.repeat(60);
  await text.fill(typed);
  await text.press('Tab');
  await expect(page.getByRole('status').filter({ hasText: "Not saved: the browser's storage is full" })).toBeVisible();

  // Deleting needs room to keep the workbook under Recently deleted: there is none,
  // so the library offers to download it and delete it for good.
  await page.getByRole('link', { name: 'Workbooks' }).click();
  await page.getByRole('row', { name: /Big archive/ }).getByRole('button', { name: 'Delete' }).click();
  const offer = page.getByRole('alert').filter({ hasText: 'cannot be kept under Recently deleted' });
  await expect(offer).toContainText('“Big archive”');
  await expect(page.getByRole('row', { name: /Big archive/ })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    offer.getByRole('button', { name: 'Download, then delete permanently' }).click(),
  ]);
  const kept = JSON.parse(await downloadText(download));
  expect(kept.workbook.title).toBe('Big archive');
  expect(kept.workbook.profile.company_type).toHaveLength(1_200_000);
  await expect(page.getByRole('status').filter({ hasText: '“Big archive” was downloaded, then deleted' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Big archive/ })).toHaveCount(0);

  // The space is free: the edit that could not be saved is saved now.
  await expectSaved(page);
  const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), openKey)).workbook;
  expect(stored.swot.strengths[0].text).toBe(typed);
});

test('a large unreadable entry in full storage can be downloaded and deleted for good', async ({ page }) => {
  await page.goto('/#/library');
  await expect(page.getByRole('heading', { level: 1, name: 'Workbooks' })).toBeVisible();
  const broken = '{"format": "crm-strategy-workbook", ' + 'z'.repeat(1_000_000);
  await page.evaluate((broken) => localStorage.setItem('crm-workbook/workbook/broken-big', broken), broken);
  await fillStorage(page, 'crm-workbook/workbook/filler-', { finePrefix: 'crm-workbook/test-filler/' });
  await page.reload();
  const row = page.getByRole('row', { name: /Unreadable data broken-big/ });
  await row.getByRole('button', { name: 'Delete' }).click();
  const offer = page.getByRole('alert').filter({ hasText: 'cannot be kept under Recently deleted' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    offer.getByRole('button', { name: 'Download, then delete permanently' }).click(),
  ]);
  expect(await downloadText(download)).toBe(broken);
  await expect(row).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('crm-workbook/workbook/broken-big'))).toBeNull();
});

test('a replace refused for space leaves the workbook and its customer rows as they were', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: /^Segmentation/ }).click();
  await page.getByLabel('Choose a CSV or TSV file').setInputFiles({
    name: 'ours.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Customer ID,Sales,Profit\nK1,100,10\nK2,50,5\nK3,20,-1\n', 'utf8'),
  });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('Imported 3 customers.')).toBeVisible();
  await expectSaved(page);
  const id = openWorkbookId(page);
  await expect.poll(() => storedRows(page, id)).not.toBeNull();
  const rowsBefore = await storedRows(page, id);
  const workbookBefore = await storedWorkbook(page);

  // The same workbook with other customer rows, as a colleague's export would be.
  await page.getByLabel('with the customer rows').check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export JSON' }).first().click(),
  ]);
  const file = JSON.parse(await downloadText(download));
  file.customer_rows.customer = file.customer_rows.customer.map((c) => `${c}-theirs`);
  file.workbook.title = 'Their version';

  // The workbook's own key refuses (full), backups still fit.
  await page.evaluate(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function guarded(key, value) {
      if (key.startsWith('crm-workbook/workbook/')) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return setItem.call(this, key, value);
    };
  });
  await page.getByLabel('Import JSON').setInputFiles({
    name: 'theirs.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file), 'utf8'),
  });
  await page.getByRole('button', { name: 'Replace the one in this browser' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing was changed' })).toBeVisible();

  expect(await storedRows(page, id)).toEqual(rowsBefore);
  expect(await storedWorkbook(page)).toEqual(workbookBefore);
  expect((await storedRowKeys(page)).filter((k) => String(k).startsWith('staging/'))).toEqual([]);
  await expect(page.getByTestId('data-status')).toContainText('3 customers from “ours.csv”');
});

test('closing a tab asks first exactly while it holds edits it could not save', async ({ page, context }) => {
  await openSwot(page);
  const score = itemRow(page, 'Strengths', 0).getByLabel('Score', { exact: true });
  const dialogs = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.type());
    await dialog.dismiss();
  });

  // Saved edits: leaving asks nothing.
  await score.fill('4');
  await expectSaved(page);
  await page.reload();
  await expect(score).toHaveValue('4');
  expect(dialogs).toEqual([]);

  // An edit the full storage refused: leaving asks, and staying keeps it.
  await page.evaluate(() => {
    window.__setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function refuse() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await score.click();
  await score.fill('2');
  await expect(page.getByRole('status').filter({ hasText: "Not saved: the browser's storage is full" })).toBeVisible();
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => dialogs).toEqual(['beforeunload']);
  expect(page.isClosed()).toBe(false);
  await expect(score).toHaveValue('2');

  // Space again: the edit saves, and leaving asks nothing.
  await page.evaluate(() => { Storage.prototype.setItem = window.__setItem; });
  await itemRow(page, 'Strengths', 1).getByLabel('Score', { exact: true }).fill('3');
  await expectSaved(page);
  const closed = page.waitForEvent('close');
  await page.close({ runBeforeUnload: true });
  await closed;
  expect(dialogs).toEqual(['beforeunload']);

  // A stale tab with an edit of its own asks too.
  const first = await context.newPage();
  await openSwot(first);
  const second = await context.newPage();
  await second.goto(first.url());
  await itemRow(first, 'Threats', 0).getByLabel('Score', { exact: true }).fill('9');
  await expectSaved(first);
  await expect(staleWarning(second)).toBeVisible();
  await itemRow(second, 'Threats', 1).getByLabel('Score', { exact: true }).fill('1');
  const asked = second.waitForEvent('dialog');
  await second.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  expect(second.isClosed()).toBe(false);
});

test('a committed change survives the browser process dying straight after it', async ({ page, context }) => {
  await openSwot(page);
  await expectSaved(page);
  const key = workbookKey(page);
  const text = itemRow(page, 'Opportunities', 0).getByLabel(/^Opportunity 1$/);
  await text.fill('Typed, then the field was left');
  await text.press('Tab');
  // No wait of any kind: the renderer dies at once (no pagehide, no timers).
  const cdp = await context.newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  cdp.send('Page.crash').catch(() => {});
  await crashed;

  const after = await context.newPage();
  await after.goto('/#/library');
  const stored = JSON.parse(await after.evaluate((k) => localStorage.getItem(k), key)).workbook;
  expect(stored.swot.opportunities[0].text).toBe('Typed, then the field was left');
});

test('a link to the demo opens it in a browser that has never seen it', async ({ page }) => {
  await page.goto('/#/w/demo-zhixun/swot');
  await expect(page.getByRole('heading', { level: 1, name: 'SWOT' })).toBeVisible();
  await expect(quadrant(page, 'Strengths')).toContainText('Total: 38');
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(openWorkbookId(page)).toBe('demo-zhixun');
  expect(Object.keys(await storedLibrary(page))).toEqual(['demo-zhixun']);
});

test('full storage taken by another app on the same site: the notice says what is the app\'s and what is not', async ({ page }) => {
  await openSwot(page);
  await expectSaved(page);
  await fillStorage(page, 'another-app/cache-', { readable: false });
  const text = itemRow(page, 'Strengths', 0).getByLabel(/^Strength 1$/);
  await text.fill('More than fits. '.repeat(100));
  await text.press('Tab');
  const full = page.getByRole('alert').filter({ hasText: "The browser's storage is full." });
  await expect(full).toContainText("This app's data takes");
  await expect(full).toContainText('is used by data on this site that is not this app');
});

test('an imported file without a workbook id gets a new one, says so, and replaces nothing', async ({ page }) => {
  await page.goto('/');
  await expectSaved(page);
  const before = await storedLibrary(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export JSON' }).first().click(),
  ]);
  const file = JSON.parse(await downloadText(download));
  for (const id of [undefined, '']) {
    const copy = structuredClone(file);
    if (id === undefined) delete copy.workbook.id;
    else copy.workbook.id = id;
    copy.workbook.title = `No id (${id === undefined ? 'missing' : 'empty'})`;
    await page.getByLabel('Import JSON').setInputFiles({
      name: 'no-id.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(copy), 'utf8'),
    });
    const preview = page.getByRole('region', { name: 'Before anything changes: what this file holds' });
    await expect(preview).toContainText("This file's workbook has no id: it will be added to the library as a new workbook under a new id");
    await expect(preview.getByRole('button', { name: 'Replace the one in this browser' })).toHaveCount(0);
    await preview.getByRole('button', { name: 'Add to the library and open' }).click();
    await expect(page.locator('.workbook-title')).toHaveText(copy.workbook.title);
    expect(openWorkbookId(page)).toMatch(/^wb-/);
    await expectSaved(page);
  }
  const after = await storedLibrary(page);
  expect(Object.keys(after)).toHaveLength(Object.keys(before).length + 2);
  expect(Object.keys(after)).not.toContain('');
  for (const [id, wb] of Object.entries(before)) expect(after[id]).toEqual(wb);
  expect(await page.evaluate(() => localStorage.getItem('crm-workbook/workbook/'))).toBeNull();
});

test('a workbook an earlier build stored under an empty id is moved to a new one at start', async ({ page }) => {
  await page.goto('/');
  await expectSaved(page);
  await page.evaluate((key) => {
    const copy = JSON.parse(localStorage.getItem(key));
    copy.workbook.id = '';
    copy.workbook.title = 'Stored without an id';
    localStorage.setItem('crm-workbook/workbook/', JSON.stringify(copy));
    localStorage.setItem('crm-workbook/rev/', '3');
  }, workbookKey(page));
  await page.goto('about:blank');
  await page.goto('/#/library');
  const row = page.getByRole('row', { name: /Stored without an id/ });
  await expect(row).toBeVisible();
  await row.getByRole('link', { name: 'Open' }).click();
  await expect(page.locator('.workbook-title')).toHaveText('Stored without an id');
  expect(openWorkbookId(page)).toMatch(/^wb-/);
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys).not.toContain('crm-workbook/workbook/');
  expect(keys).not.toContain('crm-workbook/rev/');
});
