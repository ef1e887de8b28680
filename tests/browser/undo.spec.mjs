// Undo and redo as a workshop uses them (issue #15): a removed item comes back from
// the notice with its score; the header's Undo and Redo step through removals and
// typing, each step saved; Ctrl+Z and Ctrl+Shift+Z work across worksheets, and inside
// a field being typed in Ctrl+Z is the browser's own text undo. A new blank workbook
// asks for the client and the industry, has none of the demo's content and states
// no posture; the chosen industry's OBL departments appear.
//
// The demo's SWOT (crates/workbook/src/demo.rs) lists five strengths scored 9, 8, 8,
// 7, 6 (total 38) and four opportunities; its Political PESTLE item 1 has impact 7.
import { test, expect } from './fixtures.mjs';
import { openSwot, quadrant, itemRow, storedWorkbook, expectSaved } from './helpers.mjs';

const header = (page) => page.getByRole('banner');
const undoButton = (page) => header(page).getByRole('button', { name: 'Undo', exact: true });
const redoButton = (page) => header(page).getByRole('button', { name: 'Redo', exact: true });
const removalNotice = (page) => page.getByRole('status').filter({ hasText: /^Removed: / });

/** A quadrant's items as the app stored them: [text, score] pairs. */
async function storedQuadrant(page, name) {
  const wb = await storedWorkbook(page);
  return wb.swot[name].map((i) => [i.text, i.score ?? null]);
}

/** Moves the focus off any field (a click on the page's heading). */
async function leaveFields(page) {
  await page.getByRole('heading', { level: 1 }).click();
}

test('removing a scored SWOT item shows a notice whose Undo brings it back with its score', async ({ page }) => {
  await openSwot(page);
  await expectSaved(page);
  const before = await storedQuadrant(page, 'strengths');
  expect(before.map(([, s]) => s)).toEqual([9, 8, 8, 7, 6]);
  const [text, score] = before[1];
  await expect(undoButton(page)).toBeDisabled();
  await expect(redoButton(page)).toBeDisabled();

  await itemRow(page, 'Strengths', 1).getByRole('button', { name: 'Remove — Strength 2' }).click();

  await expect(removalNotice(page)).toHaveText(/Removed: Strength 2\./);
  await expect(quadrant(page, 'Strengths').getByRole('listitem')).toHaveCount(4);
  await expect(quadrant(page, 'Strengths')).toContainText('Total: 30');
  await expect.poll(() => storedQuadrant(page, 'strengths')).toEqual([before[0], ...before.slice(2)]);
  await expect(undoButton(page)).toBeEnabled();

  await removalNotice(page).getByRole('button', { name: 'Undo' }).click();

  await expect(removalNotice(page)).toHaveCount(0);
  const row = itemRow(page, 'Strengths', 1);
  await expect(row.getByLabel('Strength 2', { exact: true })).toHaveValue(text);
  await expect(row.getByLabel('Score', { exact: true })).toHaveValue(String(score));
  await expect(quadrant(page, 'Strengths')).toContainText('Total: 38');
  await expect.poll(() => storedQuadrant(page, 'strengths')).toEqual(before);
  await expect(undoButton(page)).toBeDisabled();
  await expect(redoButton(page)).toBeEnabled();
});

test('remove, edit, undo twice, redo once: each state exact, and each saved', async ({ page }) => {
  await openSwot(page);
  await expectSaved(page);
  const strengths0 = await storedQuadrant(page, 'strengths');
  const weaknesses0 = await storedQuadrant(page, 'weaknesses');

  // 1. Remove Strength 1 (scored 9).
  await itemRow(page, 'Strengths', 0).getByRole('button', { name: 'Remove — Strength 1' }).click();
  const strengths1 = strengths0.slice(1);
  await expect.poll(() => storedQuadrant(page, 'strengths')).toEqual(strengths1);

  // 2. Type into Weakness 1, keystroke by keystroke, then leave the field: one step.
  const weakness = itemRow(page, 'Weaknesses', 0).getByLabel('Weakness 1', { exact: true });
  await weakness.click();
  await weakness.press('End');
  await weakness.pressSequentially(' (urgent)');
  await leaveFields(page);
  const typed = `${weaknesses0[0][0]} (urgent)`;
  await expect.poll(async () => (await storedQuadrant(page, 'weaknesses'))[0][0]).toBe(typed);
  // The removal is no longer the newest step: its notice has gone.
  await expect(removalNotice(page)).toHaveCount(0);

  // 3. Undo: the whole typing at once.
  await undoButton(page).click();
  await expect(weakness).toHaveValue(weaknesses0[0][0]);
  await expect.poll(() => storedQuadrant(page, 'weaknesses')).toEqual(weaknesses0);
  expect(await storedQuadrant(page, 'strengths')).toEqual(strengths1);

  // 4. Undo: the removed strength is back, with its score.
  await undoButton(page).click();
  await expect(itemRow(page, 'Strengths', 0).getByLabel('Score', { exact: true })).toHaveValue('9');
  await expect.poll(() => storedQuadrant(page, 'strengths')).toEqual(strengths0);
  expect(await storedQuadrant(page, 'weaknesses')).toEqual(weaknesses0);
  await expect(undoButton(page)).toBeDisabled();

  // 5. Redo once: removed again, the typing not yet.
  await redoButton(page).click();
  await expect(quadrant(page, 'Strengths').getByRole('listitem')).toHaveCount(4);
  await expect.poll(() => storedQuadrant(page, 'strengths')).toEqual(strengths1);
  expect(await storedQuadrant(page, 'weaknesses')).toEqual(weaknesses0);
  await expect(weakness).toHaveValue(weaknesses0[0][0]);
  await expect(undoButton(page)).toBeEnabled();
  await expect(redoButton(page)).toBeEnabled();
  await expectSaved(page);

  // What was saved is what comes back: after a reload the page shows the state the
  // redo reached, and the history, memory of the tab, starts afresh.
  await page.reload();
  await expect(quadrant(page, 'Strengths').getByRole('listitem')).toHaveCount(4);
  await expect(itemRow(page, 'Strengths', 0).getByLabel('Strength 1', { exact: true })).toHaveValue(strengths1[0][0]);
  await expect(weakness).toHaveValue(weaknesses0[0][0]);
  expect(await storedQuadrant(page, 'strengths')).toEqual(strengths1);
  expect(await storedQuadrant(page, 'weaknesses')).toEqual(weaknesses0);
  await expect(undoButton(page)).toBeDisabled();
  await expect(redoButton(page)).toBeDisabled();
});

test('Ctrl+Z and Ctrl+Shift+Z across two worksheets; inside a field being typed in, the browser undoes the typing', async ({ page }) => {
  await openSwot(page);
  const opportunity = () => itemRow(page, 'Opportunities', 0).getByLabel('Score', { exact: true });
  const original = await opportunity().inputValue();
  expect(original).not.toBe('3');
  await opportunity().fill('3');
  await opportunity().press('Tab');
  await expect.poll(async () => (await storedQuadrant(page, 'opportunities'))[0][1]).toBe(3);

  await page.getByRole('navigation').getByRole('link', { name: /^PESTLE/ }).click();
  const impact = () => page.getByRole('region', { name: 'Political', exact: true })
    .getByRole('listitem').first().getByLabel('Impact (1–10)');
  await expect(impact()).toHaveValue('7');
  await impact().fill('10');
  await impact().press('Tab');
  const storedImpact = async () => (await storedWorkbook(page)).pestle[0].impact;
  await expect.poll(storedImpact).toBe(10);
  await leaveFields(page);

  // Undo twice from the PESTLE page: its change, then SWOT's.
  await page.keyboard.press('Control+z');
  await expect(impact()).toHaveValue('7');
  await expect.poll(storedImpact).toBe(7);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await storedQuadrant(page, 'opportunities'))[0][1]).toBe(Number(original));
  await expect(undoButton(page)).toBeDisabled();

  await page.getByRole('navigation').getByRole('link', { name: /^SWOT/ }).click();
  await expect(opportunity()).toHaveValue(original);
  await leaveFields(page);
  await page.keyboard.press('Control+Shift+Z');
  await expect(opportunity()).toHaveValue('3');
  await expect.poll(async () => (await storedQuadrant(page, 'opportunities'))[0][1]).toBe(3);
  await page.keyboard.press('Control+y');
  await expect.poll(storedImpact).toBe(10);
  await expect(redoButton(page)).toBeDisabled();

  // Typing in a field, Ctrl+Z there is the browser's text undo: it takes back the
  // typing and nothing else of the workbook.
  const threat = itemRow(page, 'Threats', 0).getByLabel('Threat 1', { exact: true });
  const threatText = await threat.inputValue();
  await threat.click();
  await threat.press('End');
  await page.keyboard.type('xyz');
  await expect(threat).toHaveValue(`${threatText}xyz`);
  // Chromium takes typing back in its own steps (here a keystroke at a time); each
  // is the field's alone.
  for (const left of ['xy', 'x', '']) {
    if ((await threat.inputValue()) === threatText) break;
    await page.keyboard.press('Control+z');
    const start = threatText.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await expect(threat).toHaveValue(new RegExp(`^${start}(${left}|)$`));
  }
  await expect(threat).toHaveValue(threatText);
  await expect.poll(async () => (await storedQuadrant(page, 'threats'))[0][0]).toBe(threatText);
  expect(await storedImpact()).toBe(10);
  expect((await storedQuadrant(page, 'opportunities'))[0][1]).toBe(3);
  // With nothing of its own typed any more, the next Ctrl+Z in the field is the
  // workbook's: the PESTLE impact goes back.
  await page.keyboard.press('Control+z');
  await expect.poll(storedImpact).toBe(7);
  await expect(threat).toBeFocused();
});

test('a new blank workbook asks for the client and the industry, has no demo content and no posture', async ({ page }) => {
  await page.goto('/#/library');
  const form = page.getByRole('region', { name: 'New workbook' });
  await form.getByLabel('Title', { exact: true }).fill('Kickoff');
  await form.getByLabel('Client', { exact: true }).fill('Acme GmbH');
  const industry = form.getByLabel('Industry', { exact: true });
  await expect(industry).toHaveValue('generic');
  await expect(industry.getByRole('option')).toHaveText([
    'Any industry (generic functions)',
    'Training and professional services',
    'Manufacturing',
    'Retail',
    'Logistics and transport',
    'Software and IT services',
  ]);
  await form.getByRole('button', { name: 'Create blank workbook' }).click();
  await expect(page.getByLabel('Client', { exact: true })).toHaveValue('Acme GmbH');
  await expectSaved(page);

  const wb = await storedWorkbook(page);
  expect(wb.client).toBe('Acme GmbH');
  expect(wb.obl.departments.map((d) => d.name)).toEqual([
    'Sales', 'Customer service', 'Marketing', 'Delivery', 'Finance', 'Management',
  ]);
  const text = JSON.stringify(wb);
  for (const demo of ['Zhixun', '智讯', 'Training', 'Trainer', 'Course']) {
    expect(text).not.toContain(demo);
  }

  await page.getByRole('navigation').getByRole('link', { name: /^SWOT/ }).click();
  await expect(page.getByTestId('posture')).toHaveText('Score at least one item in every quadrant to see the posture.');
  await expect(page.getByTestId('internal-balance')).toHaveText('—');
  await expect(page.getByRole('main')).not.toContainText(/\bSO\b|grow/);

  // Filling a blank row at the minimum of three, then removing it: the row is blanked
  // (the quadrant keeps three), and the notice's Undo brings the text back.
  const first = itemRow(page, 'Strengths', 0);
  await first.getByLabel('Strength 1', { exact: true }).fill('Local service team');
  await first.getByLabel('Score', { exact: true }).fill('7');
  await leaveFields(page);
  await first.getByRole('button', { name: 'Remove — Strength 1' }).click();
  await expect(removalNotice(page)).toHaveText(/Removed: Strength 1\./);
  await expect(quadrant(page, 'Strengths').getByRole('listitem')).toHaveCount(3);
  await expect(itemRow(page, 'Strengths', 0).getByLabel('Strength 1', { exact: true })).toHaveValue('');
  await removalNotice(page).getByRole('button', { name: 'Undo' }).click();
  await expect(itemRow(page, 'Strengths', 0).getByLabel('Strength 1', { exact: true })).toHaveValue('Local service team');
  await expect(itemRow(page, 'Strengths', 0).getByLabel('Score', { exact: true })).toHaveValue('7');
  // A blank row goes without a notice.
  await itemRow(page, 'Strengths', 2).getByRole('button', { name: 'Remove — Strength 3' }).click();
  await expect(removalNotice(page)).toHaveCount(0);

  // The report's first page states no posture, rank or weakest anything either.
  await page.goto(page.url().replace(/\/swot$/, '/report'));
  const summary = page.getByRole('region', { name: 'Executive summary' });
  await expect(summary).toContainText('Score at least one item in every quadrant to see the posture.');
  await expect(summary).toContainText('No factor judged yet.');
  await expect(summary).toContainText('No ratings yet.');
  await expect(summary).toContainText('No current customer groups listed yet.');
});

test('an industry template\'s OBL departments appear, in Chinese too', async ({ page }) => {
  await page.goto('/#/library');
  await page.getByLabel('Language').selectOption('zh-CN');
  const form = page.getByRole('region', { name: '新建手册' });
  await form.getByLabel('标题', { exact: true }).fill('项目启动');
  await form.getByLabel('客户', { exact: true }).fill('华东物流');
  await form.getByLabel('行业', { exact: true }).selectOption({ label: '物流与运输' });
  await form.getByRole('button', { name: '创建空白手册' }).click();
  await expect(page.getByLabel('客户', { exact: true })).toHaveValue('华东物流');

  await page.getByRole('navigation').getByRole('link', { name: /^机构躯体语言审计/ }).click();
  for (const name of ['销售部', '调度与运输', '仓储部', '客户服务部', '信息系统', '财务部']) {
    await expect(page.getByRole('region', { name, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('region', { name: '培训部' })).toHaveCount(0);
  const wb = await storedWorkbook(page);
  expect(wb.obl.industry_criteria.map((c) => c.name)).toEqual([
    '送达可靠性', '网络覆盖', '价格竞争力', '货物可视化',
  ]);

  // The header speaks Chinese too.
  await expect(header(page).getByRole('button', { name: '撤销', exact: true })).toBeDisabled();
  await expect(header(page).getByRole('button', { name: '重做', exact: true })).toBeDisabled();
});
