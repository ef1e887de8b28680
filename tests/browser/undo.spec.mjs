// Undo and redo as a workshop uses them: a removed item comes back from the notice
// with its score, the header's Undo and Redo go back and forth through exact
// states that autosave stores, the keyboard shortcuts work across worksheets and
// win over a field's own undo, typing in a field is undone as one step, and the
// history is the tab's: a reload or another workbook starts it afresh.
//
// Figures are the demo workbook's (crates/workbook/src/demo.rs): strengths total
// 38 with Strength 1 scored 9, opportunities have 4 rows, threats total 26.
import { test, expect } from './fixtures.mjs';
import { openSwot, quadrant, itemRow, storedWorkbook, expectSaved } from './helpers.mjs';

const header = (page) => page.getByRole('banner');
const undoButton = (page) => header(page).getByRole('button', { name: 'Undo', exact: true });
const redoButton = (page) => header(page).getByRole('button', { name: 'Redo', exact: true });
/** The notice of a removal, at the bottom of the window. */
const removalNotice = (page) => page.getByRole('status').filter({ hasText: /^Removed / });

/** Each row of a quadrant as [text, score], as the page shows it. */
async function shown(page, name) {
  const rows = quadrant(page, name).getByRole('listitem');
  const out = [];
  for (let i = 0; i < await rows.count(); i++) {
    const row = rows.nth(i);
    out.push([
      await row.getByRole('textbox').first().inputValue(),
      await row.getByLabel('Score', { exact: true }).inputValue(),
    ]);
  }
  return out;
}

/** The quadrant as stored, in the same form. */
function stored(workbook, key) {
  return workbook.swot[key].map((i) => [i.text, i.score === null || i.score === undefined ? '' : String(i.score)]);
}

test('a removed scored SWOT item comes back from the notice with its score', async ({ page }) => {
  await openSwot(page);
  const strengths = quadrant(page, 'Strengths');
  const first = itemRow(page, 'Strengths', 0);
  const text = await first.getByLabel(/^Strength 1$/).inputValue();
  await expect(first.getByLabel('Score', { exact: true })).toHaveValue('9');
  const before = await shown(page, 'Strengths');

  await first.getByRole('button', { name: 'Remove — Strength 1' }).click();
  await expect(strengths).toContainText('Total: 29');
  const notice = removalNotice(page);
  await expect(notice).toHaveText(new RegExp(`Removed Strength 1 “${text.slice(0, 20)}`));
  await expect(notice).toBeInViewport();
  await expectSaved(page);
  expect((await storedWorkbook(page)).swot.strengths.map((i) => i.text)).not.toContain(text);

  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(notice).toHaveCount(0);
  await expect(first.getByLabel(/^Strength 1$/)).toHaveValue(text);
  await expect(first.getByLabel('Score', { exact: true })).toHaveValue('9');
  await expect(strengths).toContainText('Total: 38');
  expect(await shown(page, 'Strengths')).toEqual(before);
  await expectSaved(page);
  expect(stored(await storedWorkbook(page), 'strengths')).toEqual(before);
});

test('a quadrant at its minimum rows announces a removal, and Undo puts the item back', async ({ page }) => {
  await openSwot(page);
  const rows = quadrant(page, 'Opportunities').getByRole('listitem');
  await expect(rows).toHaveCount(4);
  await rows.nth(3).getByRole('button', { name: 'Remove — Opportunity 4' }).click();
  await expect(rows).toHaveCount(3);
  const before = await shown(page, 'Opportunities');
  expect(before[0][0]).not.toBe('');

  // Three rows are the minimum: the item goes and a blank row takes its place,
  // which the notice makes plain, with the way back.
  await rows.nth(0).getByRole('button', { name: 'Remove — Opportunity 1' }).click();
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(2).getByRole('textbox').first()).toHaveValue('');
  await expect(removalNotice(page)).toContainText(`Removed Opportunity 1 “${before[0][0].slice(0, 20)}`);
  await removalNotice(page).getByRole('button', { name: 'Undo' }).click();
  expect(await shown(page, 'Opportunities')).toEqual(before);

  // A blank row goes without a notice: nothing typed is lost.
  await page.getByRole('button', { name: 'Add an opportunity' }).click();
  await rows.nth(3).getByRole('button', { name: 'Remove — Opportunity 4' }).click();
  await expect(rows).toHaveCount(3);
  await expect(removalNotice(page)).toHaveCount(0);
});

test('remove, edit, undo twice, redo once: exact states, each stored, and the last after a reload', async ({ page }) => {
  await openSwot(page);
  await expect(undoButton(page)).toBeDisabled();
  await expect(redoButton(page)).toBeDisabled();
  await expect(undoButton(page)).toHaveAttribute('title', /in memory for this tab/);
  const a = await shown(page, 'Threats');
  await expectSaved(page);
  const storedA = await storedWorkbook(page);

  // B: the first threat removed.
  await itemRow(page, 'Threats', 0).getByRole('button', { name: 'Remove — Threat 1' }).click();
  const b = await shown(page, 'Threats');
  expect(b).toEqual(a.slice(1));
  await expectSaved(page);
  const storedB = await storedWorkbook(page);
  // C: the new first threat rewritten.
  await itemRow(page, 'Threats', 0).getByLabel(/^Threat 1$/).fill('Rival opens a campus next door');
  const c = await shown(page, 'Threats');
  expect(c[0][0]).toBe('Rival opens a campus next door');
  await expect(undoButton(page)).toBeEnabled();
  await expect(redoButton(page)).toBeDisabled();

  await undoButton(page).click();
  expect(await shown(page, 'Threats')).toEqual(b);
  await expectSaved(page);
  expect(await storedWorkbook(page)).toEqual(storedB);
  await expect(redoButton(page)).toBeEnabled();

  await undoButton(page).click();
  expect(await shown(page, 'Threats')).toEqual(a);
  await expect(quadrant(page, 'Threats')).toContainText('Total: 26');
  await expectSaved(page);
  expect(await storedWorkbook(page)).toEqual(storedA);
  await expect(undoButton(page)).toBeDisabled();

  await redoButton(page).click();
  expect(await shown(page, 'Threats')).toEqual(b);
  await expectSaved(page);
  expect(await storedWorkbook(page)).toEqual(storedB);
  await expect(undoButton(page)).toBeEnabled();
  await expect(redoButton(page)).toBeEnabled();

  // The history lives in memory for the tab: a reload shows the last state shown,
  // as stored, with nothing to undo or redo.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'SWOT' })).toBeVisible();
  expect(await shown(page, 'Threats')).toEqual(b);
  expect(await storedWorkbook(page)).toEqual(storedB);
  await expect(undoButton(page)).toBeDisabled();
  await expect(redoButton(page)).toBeDisabled();
});

test('Ctrl+Z and Ctrl+Shift+Z / Ctrl+Y go across worksheets, over a field\'s own undo', async ({ page }) => {
  await openSwot(page);
  const strength = itemRow(page, 'Strengths', 0).getByLabel(/^Strength 1$/);
  const swotBefore = await strength.inputValue();
  await strength.fill('Alpha');

  await page.getByRole('navigation').getByRole('link', { name: /^PESTLE/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'PESTLE' })).toBeVisible();
  const pestle = page.getByRole('region', { name: 'Political', exact: true })
    .getByRole('listitem').nth(0).getByRole('textbox').first();
  const pestleBefore = await pestle.inputValue();
  await pestle.fill('Beta');

  // Still in the field: the app's undo answers, and the field shows the value it
  // restores (not the browser's own idea of the field's history).
  await expect(pestle).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(pestle).toHaveValue(pestleBefore);
  await page.keyboard.press('Control+z');
  await expect(undoButton(page)).toBeDisabled();
  await expect(pestle).toHaveValue(pestleBefore);

  // Redo once: the SWOT edit is back, the PESTLE one still undone.
  await page.keyboard.press('Control+Shift+Z');
  await expect(pestle).toHaveValue(pestleBefore);
  await expectSaved(page);
  let wb = await storedWorkbook(page);
  expect(wb.swot.strengths[0].text).toBe('Alpha');
  expect(wb.pestle.find((i) => i.factor === 'political').text).toBe(pestleBefore);

  await page.getByRole('navigation').getByRole('link', { name: /^SWOT/ }).click();
  await expect(strength).toHaveValue('Alpha');
  // Undo from the SWOT page takes it back, Ctrl+Y redoes it and then the PESTLE edit.
  await page.keyboard.press('Control+z');
  await expect(strength).toHaveValue(swotBefore);
  await page.keyboard.press('Control+y');
  await expect(strength).toHaveValue('Alpha');
  await page.keyboard.press('Control+y');
  await expect(redoButton(page)).toBeDisabled();
  await expectSaved(page);
  wb = await storedWorkbook(page);
  expect(wb.swot.strengths[0].text).toBe('Alpha');
  expect(wb.pestle.find((i) => i.factor === 'political').text).toBe('Beta');
});

test('typing in a field is undone as one step, and the browser keeps undo where the app has none', async ({ page }) => {
  await openSwot(page);
  const threat = itemRow(page, 'Threats', 1).getByLabel(/^Threat 2$/);
  const before = await threat.inputValue();
  await threat.click();
  await threat.press('Control+End');
  await threat.pressSequentially(' soon', { delay: 20 });
  await expect(threat).toHaveValue(`${before} soon`);
  await page.keyboard.press('Control+z');
  await expect(threat).toHaveValue(before);
  await expect(undoButton(page)).toBeDisabled();
  await page.keyboard.press('Control+Shift+z');
  await expect(threat).toHaveValue(`${before} soon`);

  // A field that is not the workbook's keeps the browser's own undo.
  await header(page).getByRole('link', { name: 'Workbooks' }).click();
  const find = page.getByLabel('Find a workbook (title or client)');
  await find.pressSequentially('zz');
  await page.keyboard.press('Control+z');
  await expect(find).not.toHaveValue('zz');
  await expect(undoButton(page)).toBeEnabled();
});

test('opening another workbook starts the history afresh; the buttons speak Chinese', async ({ page }) => {
  await openSwot(page);
  await itemRow(page, 'Strengths', 0).getByLabel('Score', { exact: true }).fill('4');
  await expect(undoButton(page)).toBeEnabled();

  await header(page).getByRole('link', { name: 'Workbooks' }).click();
  await page.getByRole('button', { name: 'New demo workbook (智讯)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(undoButton(page)).toBeDisabled();
  await expect(redoButton(page)).toBeDisabled();

  await page.getByLabel('Language').selectOption({ label: '中文' });
  await expect(header(page).getByRole('button', { name: '撤销', exact: true })).toBeDisabled();
  await expect(header(page).getByRole('button', { name: '重做', exact: true })).toHaveAttribute('title', /本标签页的内存/);
});
