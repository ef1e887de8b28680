// Competitors as a user works them: add a competitor, name it and score its SWOT on
// the same board as the company's; see the comparison table, the "where competitors
// beat us" list and the charts follow; sort the table; answer a market question; keep
// everything across a reload; and read the page in Chinese.
//
// Demo figures (the company's totals, the other companies' positions) are read from
// the page, never assumed.
import { test, expect } from './fixtures.mjs';
import { quadrant, expectSaved, storedWorkbook, canvasPixels } from './helpers.mjs';

const NEW_NAME = 'Training company D';

/** Opens the app and goes to Competitors through the navigation. */
async function openCompetitors(page) {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: /^Competitors ·/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Competitors' })).toBeVisible();
}

/** The section with the SWOT of the competitor picked. */
function competitorSwot(page) {
  return page.getByRole('region', { name: "A competitor's SWOT" });
}

/** The comparison table, by its heading in the page's language. */
function table(page, name = 'Comparison') {
  return page.getByRole('table', { name });
}

/** The table's body rows, in the order shown. */
function bodyRows(page, name = 'Comparison') {
  return table(page, name).locator('tbody tr');
}

/** The cells of one company's row: S, W, O, T, internal, external, overall, rank, unscored. */
function cells(page, name) {
  return bodyRows(page).filter({ has: page.getByRole('rowheader', { name }) }).getByRole('cell');
}

/** "+15" → 15, "—" → null. */
function number(text) {
  const t = text.trim().replace('−', '-');
  return t === '—' ? null : Number(t);
}

test('a new competitor is named, scored and compared; sorting keeps the company highlighted; all survives a reload', async ({ page }) => {
  await openCompetitors(page);
  const rows = bodyRows(page);
  const before = await rows.count();
  // The company is the first row, marked in words and highlighted.
  await expect(rows.first().getByRole('rowheader')).toHaveText(/\(us\)$/);
  await expect(rows.first()).toHaveClass(/\bcompany\b/);
  const ourWeaknesses = number(await rows.first().getByRole('cell').nth(1).innerText());
  expect(ourWeaknesses).toBeGreaterThan(4);

  const totalsChart = page.getByRole('img', { name: /^SWOT totals per company/ });
  const radar = page.getByRole('img', { name: /^The companies on a radar/ });
  const totalsBefore = await canvasPixels(totalsChart);
  const radarBefore = await canvasPixels(radar);

  // Add: the new competitor's name field takes the focus; its SWOT is the one shown,
  // with three rows per quadrant like the company's.
  const list = page.getByRole('list', { name: 'Competitors' });
  const count = await list.getByRole('listitem').count();
  await page.getByRole('button', { name: 'Add a competitor' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(count + 1);
  const item = list.getByRole('listitem').last();
  await expect(item.getByLabel('Name', { exact: true })).toBeFocused();
  await page.keyboard.type(NEW_NAME);
  await item.getByLabel('Notes', { exact: true }).fill('Online-only newcomer');
  const picker = competitorSwot(page).getByLabel('Competitor', { exact: true });
  await expect(picker.locator('option:checked')).toHaveText(NEW_NAME);
  const strengths = quadrant(competitorSwot(page), 'Strengths');
  await expect(strengths.getByRole('listitem')).toHaveCount(3);

  // Named, nothing listed: in the table, but with every figure unknown.
  await expect(rows).toHaveCount(before + 1);
  await expect(cells(page, NEW_NAME).first()).toHaveText('—');

  // One strength scored 9: S 9, the empty quadrants 0, and a position to rank.
  const first = strengths.getByRole('listitem').first();
  await first.getByLabel('Strength 1', { exact: true }).fill('Low prices online');
  await first.getByLabel('Score', { exact: true }).fill('9');
  await expect(strengths).toContainText('Total: 9');
  const ours = cells(page, NEW_NAME);
  await expect(ours.nth(0)).toHaveText('9');
  await expect(ours.nth(1)).toHaveText('0');
  await expect(ours.nth(4)).toHaveText('+9');
  await expect(ours.nth(6)).toHaveText('+9');
  // Its rank, counted from the other positions the table shows.
  const overall = (await table(page).locator('tbody tr td:nth-of-type(7)').allInnerTexts()).map(number);
  const rank = 1 + overall.filter((o) => o !== null && o > 9).length;
  await expect(ours.nth(7)).toHaveText(String(rank));
  await expect(ours.nth(8)).toHaveText('0');
  await expect(totalsChart).toHaveAttribute(
    'aria-label',
    new RegExp(`${NEW_NAME}: Strengths 9, Weaknesses 0, Opportunities 0, Threats 0`),
  );
  expect(await canvasPixels(totalsChart)).not.toEqual(totalsBefore);
  expect(await canvasPixels(radar)).not.toEqual(radarBefore);

  // A weakness listed without a score is flagged, and makes the position unknown.
  const weakness = quadrant(competitorSwot(page), 'Weaknesses').getByRole('listitem').first();
  await weakness.getByLabel('Weakness 1', { exact: true }).fill('Tiny team');
  await expect(ours.nth(8)).toHaveText('⚠ 1');
  await expect(ours.nth(8)).toHaveClass(/\bflag\b/);
  await expect(ours.nth(1)).toHaveText('—');
  await expect(ours.nth(6)).toHaveText('—');
  await expect(ours.nth(7)).toHaveText('—');
  // Scored 4, it beats the company on weaknesses (fewer is better).
  await weakness.getByLabel('Score', { exact: true }).fill('4');
  await expect(ours.nth(8)).toHaveText('0');
  await expect(ours.nth(6)).toHaveText('+5');
  await expect(
    page.getByText(`${NEW_NAME}: 4 against our ${ourWeaknesses}, ${ourWeaknesses - 4} better`),
  ).toBeVisible();

  // Sort by overall position: ascending, then descending; aria-sort says which.
  const overallHeader = table(page).getByRole('columnheader', { name: /^Overall/ });
  await overallHeader.getByRole('button').click();
  await expect(overallHeader).toHaveAttribute('aria-sort', 'ascending');
  const shown = async () =>
    (await table(page).locator('tbody tr td:nth-of-type(7)').allInnerTexts()).map(number);
  let values = await shown();
  const known = values.filter((v) => v !== null);
  expect(values.slice(0, known.length)).toEqual([...known].sort((a, b) => a - b));
  await overallHeader.getByRole('button').click();
  await expect(overallHeader).toHaveAttribute('aria-sort', 'descending');
  values = await shown();
  expect(values.filter((v) => v !== null)).toEqual([...known].sort((a, b) => b - a));
  // Only the sorted column carries aria-sort.
  await expect(table(page).locator('thead th[aria-sort]')).toHaveCount(1);
  // Wherever it sorts to, the company's row is still the one highlighted and marked.
  await expect(table(page).locator('tbody tr.company')).toHaveCount(1);
  await expect(table(page).locator('tbody tr.company')).toHaveText(/\(us\)/);

  // Sorting by name: the new competitor after A, B, C.
  const nameHeader = table(page).getByRole('columnheader', { name: /^Company/ });
  await nameHeader.getByRole('button').click();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(overallHeader).not.toHaveAttribute('aria-sort');
  const names = (await table(page).getByRole('rowheader').allInnerTexts()).map((n) => n.toLowerCase());
  expect(names).toEqual([...names].sort());
  await expect(table(page).locator('tbody tr.company')).toHaveText(/\(us\)/);

  // A market question.
  const substitutes = page.getByLabel('What products could become substitutes?');
  await substitutes.fill('Free video courses');
  await expectSaved(page);
  const saved = await storedWorkbook(page);
  expect(saved.competitors.market.substitutes).toBe('Free video courses');
  expect(saved.competitors.list.at(-1).name).toBe(NEW_NAME);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Competitors' })).toBeVisible();
  await expect(list.getByRole('listitem').last().getByLabel('Name', { exact: true })).toHaveValue(NEW_NAME);
  await expect(list.getByRole('listitem').last().getByLabel('Notes', { exact: true })).toHaveValue('Online-only newcomer');
  await expect(cells(page, NEW_NAME).nth(6)).toHaveText('+5');
  await expect(substitutes).toHaveValue('Free video courses');
  await picker.selectOption({ label: NEW_NAME });
  const kept = quadrant(competitorSwot(page), 'Strengths').getByRole('listitem').first();
  await expect(kept.getByLabel('Score', { exact: true })).toHaveValue('9');
  await expect(kept.getByLabel('Strength 1', { exact: true })).toHaveValue('Low prices online');
});

test('a competitor can be picked, reordered and removed, and the table follows', async ({ page }) => {
  await openCompetitors(page);
  const list = page.getByRole('list', { name: 'Competitors' });
  const names = () => list.getByRole('listitem').getByLabel('Name', { exact: true });
  const firstName = await names().nth(0).inputValue();
  const secondName = await names().nth(1).inputValue();
  const rows = bodyRows(page);
  const count = await rows.count();

  // Picking the second shows its SWOT; its strengths total is the table's figure.
  const picker = competitorSwot(page).getByLabel('Competitor', { exact: true });
  await picker.selectOption({ label: secondName });
  const total = await cells(page, secondName).nth(0).innerText();
  await expect(quadrant(competitorSwot(page), 'Strengths')).toContainText(`Total: ${total}`);

  await list.getByRole('button', { name: 'Move down — Competitor 1' }).click();
  await expect(names().nth(0)).toHaveValue(secondName);
  await expect(rows.nth(1).getByRole('rowheader')).toHaveText(secondName);

  await list.getByRole('button', { name: 'Remove — Competitor 1' }).click();
  await expect(rows).toHaveCount(count - 1);
  await expect(table(page).getByRole('rowheader', { name: secondName })).toHaveCount(0);
  // The SWOT shown falls back to the first competitor left.
  await expect(picker.locator('option:checked')).toHaveText(firstName);
});

test('the page in Chinese: 竞争对手分析 with the company marked 本公司', async ({ page }) => {
  await openCompetitors(page);
  await page.getByLabel('Language').selectOption({ label: '中文' });
  await expect(page.getByRole('heading', { level: 1, name: '竞争对手分析' })).toBeVisible();
  await expect(bodyRows(page, '对比表').first().getByRole('rowheader')).toHaveText(/（本公司）$/);
  await expect(bodyRows(page, '对比表').first()).toHaveClass(/\bcompany\b/);
  await expect(table(page, '对比表').getByRole('columnheader', { name: '总体地位' })).toBeVisible();
  await expect(page.getByLabel('哪些产品可能成为替代品？')).toBeVisible();
  await expect(page.getByRole('button', { name: '添加竞争对手' })).toBeVisible();
  await expect(page.getByRole('img', { name: /^各公司的 SWOT 总分：.*（本公司）：优势 \d+/ })).toBeVisible();
});
