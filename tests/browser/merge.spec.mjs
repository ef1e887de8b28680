// The team merge as a consultant runs it: three teams' exports of the demo loaded
// side by side, spreads and flags shown, files that do not belong refused, means
// adopted, and the adopted scores on the worksheet and still there after a reload.
import { test, expect } from './fixtures.mjs';
import { itemRow, quadrant, storedWorkbook, expectSaved } from './helpers.mjs';

/** The demo as the header's "Export JSON" writes it, parsed. */
async function exportDemo(page) {
  await page.goto('/');
  await page.getByRole('navigation').first().waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

/** A team's file: the export with `edit` applied to its workbook. */
function teamFile(name, envelope, edit) {
  const copy = structuredClone(envelope);
  edit(copy.workbook);
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(copy), 'utf8') };
}

/** Three teams that disagree on the first strength (9, 2, 4) and the first threat
 *  (3, 8, 3); team B re-typed the third strength as a new row (same score), team C added an
 *  opportunity no one else has. */
function threeTeams(envelope) {
  return [
    teamFile('team-a.json', envelope, (wb) => {
      wb.swot.strengths[0].score = 9;
      wb.swot.threats[0].score = 3;
    }),
    teamFile('team-b.json', envelope, (wb) => {
      wb.swot.strengths[0].score = 2;
      wb.swot.threats[0].score = 8;
      const third = wb.swot.strengths[2];
      wb.swot.strengths[2] = { id: 900001, text: `  ${third.text.toUpperCase()} `, score: third.score };
    }),
    teamFile('team-c.json', envelope, (wb) => {
      wb.swot.strengths[0].score = 4;
      wb.swot.threats[0].score = 3;
      wb.swot.opportunities.push({ id: 900002, text: 'Team C idea: online academy', score: 6 });
    }),
  ];
}

async function openMerge(page) {
  await page.getByRole('navigation').getByRole('link', { name: 'Team merge' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Team merge/ })).toBeVisible();
}

/** The table row of the item whose row header reads `label` exactly. */
function itemRowOf(page, label) {
  return page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
}

test('three teams: scores side by side, spreads and flags, adopt means, survive reload', async ({ page }) => {
  const demo = await exportDemo(page);
  const strength = demo.workbook.swot.strengths[0];
  const third = demo.workbook.swot.strengths[2];
  const threat = demo.workbook.swot.threats[0];
  await openMerge(page);
  await expect(page.getByText('No team file loaded yet.')).toBeVisible();

  await page.getByLabel('Team files (JSON exports of this workbook)').setInputFiles(threeTeams(demo));

  // Teams are named after their files, in the order given, and can be renamed.
  for (const [n, name] of [[1, 'team-a'], [2, 'team-b'], [3, 'team-c']]) {
    await expect(page.getByLabel(`Name of team ${n} (file ${name}.json)`)).toHaveValue(name);
  }
  await page.getByLabel('Name of team 2 (file team-b.json)').fill('Sales');
  await expect(page.getByRole('columnheader', { name: 'Sales' })).toBeVisible();
  await expect(page.getByTestId('merge-summary')).toContainText(/^3 teams · \d+ items · 2 flagged$/);

  // Worksheet, then each team's score, mean, median, spread, flag, the workbook's own.
  const first = itemRowOf(page, `Strengths · ${strength.text}`);
  await expect(first.getByRole('cell')).toHaveText([
    'SWOT', '9', '2', '4', '5.0', '4.0', '7', 'Discuss', String(strength.score), /Value to adopt/,
  ]);
  await expect(itemRowOf(page, `Threats · ${threat.text}`).getByRole('cell')).toHaveText([
    'SWOT', '3', '8', '3', '4.7', '3.0', '5', 'Discuss', String(threat.score), /Value to adopt/,
  ]);
  // A row re-typed under a new id still matches, by its text (marked *).
  await expect(itemRowOf(page, `Strengths · ${third.text}`).getByRole('cell').nth(2)).toHaveText(`${third.score}*`);
  // Unflagged items have no flag.
  const second = itemRowOf(page, `Strengths · ${demo.workbook.swot.strengths[1].text}`);
  await expect(second.getByRole('cell').nth(7)).toHaveText('');

  // The flagged-only view leaves exactly the two disagreements.
  await page.getByLabel('Show flagged items only').check();
  await expect(page.getByRole('rowheader')).toHaveCount(2);
  await page.getByLabel('Show flagged items only').uncheck();

  // What matched nothing is listed under its team, not dropped.
  const unmatched = page.getByRole('region', { name: 'team-c: 1 not found' });
  await expect(unmatched).toContainText('SWOT · Opportunities · Team C idea: online academy — 6');

  // The chart puts the largest spread first and says so in words.
  await expect(page.getByRole('img', { name: /^Where the teams disagree most: / })).toHaveAttribute(
    'aria-label',
    new RegExp(`^Where the teams disagree most: Strengths · ${escape(strength.text)} spread 7 \\(team-a 9, Sales 2, team-c 4\\)`),
  );

  await page.getByRole('button', { name: 'Adopt all means' }).click();
  await expect(page.getByRole('status').filter({ hasText: /scores adopted/ })).toBeVisible();
  await expect(first.getByRole('cell').nth(8)).toHaveText('5');
  await expect(itemRowOf(page, `Threats · ${threat.text}`).getByRole('cell').nth(8)).toHaveText('5');

  // The worksheet shows the adopted scores, and they are saved.
  await page.getByRole('navigation').getByRole('link', { name: /^SWOT/ }).click();
  await expect(itemRow(page, 'Strengths', 0).getByLabel('Score', { exact: true })).toHaveValue('5');
  await expect(itemRow(page, 'Threats', 0).getByLabel('Score', { exact: true })).toHaveValue('5');
  await expectSaved(page);
  await page.reload();
  await expect(itemRow(page, 'Strengths', 0).getByLabel('Score', { exact: true })).toHaveValue('5');
  await expect(quadrant(page, 'Threats')).toBeVisible();
  await expect(itemRow(page, 'Threats', 0).getByLabel('Score', { exact: true })).toHaveValue('5');
  const saved = await storedWorkbook(page);
  expect(saved.swot.strengths[0].score).toBe(5);
  expect(saved.swot.threats[0].score).toBe(5);
});

test('one item adopts a team value or the median, and undo puts it back', async ({ page }) => {
  const demo = await exportDemo(page);
  const strength = demo.workbook.swot.strengths[0];
  await openMerge(page);
  await page.getByLabel('Team files (JSON exports of this workbook)').setInputFiles(threeTeams(demo));

  const first = itemRowOf(page, `Strengths · ${strength.text}`);
  const undo = page.getByRole('button', { name: 'Undo last adoption' });
  await expect(undo).toBeDisabled();
  await first.getByLabel('Value to adopt').selectOption({ label: 'team-b (2)' });
  await first.getByRole('button', { name: 'Adopt' }).click();
  await expect(page.getByRole('status').filter({ hasText: '1 score adopted' })).toBeVisible();
  await expect(first.getByRole('cell').nth(8)).toHaveText('2');

  await first.getByLabel('Value to adopt').selectOption({ label: 'Median (4)' });
  await first.getByRole('button', { name: 'Adopt' }).click();
  await expect(first.getByRole('cell').nth(8)).toHaveText('4');

  // A look at the worksheet in between keeps the teams and the undo history.
  await page.getByRole('navigation').getByRole('link', { name: /^SWOT/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'SWOT' })).toBeVisible();
  await page.goBack();
  await expect(first.getByRole('cell').nth(8)).toHaveText('4');
  await expect(undo).toBeEnabled();

  await undo.click();
  await expect(first.getByRole('cell').nth(8)).toHaveText('2');
  await undo.click();
  await expect(first.getByRole('cell').nth(8)).toHaveText(String(strength.score));
  await expect(undo).toBeDisabled();
  await expectSaved(page);
  expect((await storedWorkbook(page)).swot.strengths[0].score).toBe(strength.score);
});

test('a file of another workbook or not a workbook is refused, naming the file', async ({ page }) => {
  const demo = await exportDemo(page);
  await openMerge(page);
  const other = structuredClone(demo);
  other.workbook.id = 'someone-else';
  await page.getByLabel('Team files (JSON exports of this workbook)').setInputFiles([
    { name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) },
    { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": oops') },
    teamFile('team-a.json', demo, (wb) => { wb.swot.strengths[0].score = 1; }),
  ]);
  const alert = page.getByRole('alert').filter({ hasText: 'Files not loaded' });
  await expect(alert).toContainText('other.json: it is a copy of another workbook (id “someone-else”)');
  await expect(alert).toContainText('broken.json: It is not valid JSON (line 1, column');
  // The good file still joins; nothing in the workbook changed.
  await expect(page.getByTestId('merge-summary')).toContainText(/^1 team · \d+ items · 0 flagged$/);
  await expect(page.getByRole('img', { name: /Load at least two teams' files/ })).toBeVisible();
});

test('with three teams loaded, every field has a visible label and ids are unique, in both languages', async ({ page }) => {
  const demo = await exportDemo(page);
  await openMerge(page);
  await page.getByLabel('Team files (JSON exports of this workbook)').setInputFiles(threeTeams(demo));
  await expect(page.getByTestId('merge-summary')).toContainText('3 teams');
  const problems = () => page.evaluate(() => {
    const unlabelled = [];
    let checked = 0;
    for (const field of document.querySelectorAll('main input, main select')) {
      checked += 1;
      const labels = [...(field.labels || [])].filter((l) => l.textContent.trim() !== '' && l.getBoundingClientRect().width > 0);
      if (labels.length === 0) unlabelled.push(field.id || field.outerHTML.slice(0, 80));
    }
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
    return { checked, unlabelled, duplicates };
  });
  for (const [language, heading] of [['English', 'Scored items'], ['中文', '已打分条目']]) {
    await page.getByRole('combobox', { name: /^(Language|语言)$/ }).selectOption({ label: language });
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    const found = await problems();
    expect(found.checked, language).toBeGreaterThan(100);
    expect(found.unlabelled, language).toEqual([]);
    expect(found.duplicates, language).toEqual([]);
  }
  await expect(page.getByLabel('第 1 组名称（文件 team-a.json）')).toHaveValue('team-a');
  await expect(page.getByRole('button', { name: '采用全部平均分' })).toBeVisible();
});

test('team files can be dropped on the page', async ({ page }) => {
  const demo = await exportDemo(page);
  await openMerge(page);
  const files = threeTeams(demo).slice(0, 2).map((f) => ({ name: f.name, text: f.buffer.toString('utf8') }));
  const dataTransfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'application/json' }));
    return dt;
  }, files);
  await page.getByText('…or drop the files here.').dispatchEvent('drop', { dataTransfer });
  await expect(page.getByLabel('Name of team 2 (file team-b.json)')).toHaveValue('team-b');
  await expect(page.getByTestId('merge-summary')).toContainText(/^2 teams · \d+ items · 2 flagged$/);
});

/** `text` with the characters special in a regular expression escaped. */
function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
