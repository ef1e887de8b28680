// The OBL audit as a user works it: rate a department's criterion from the keyboard
// and see its index and the heat map follow, add a criterion and rate it, rate a
// company in the industry comparison, keep it all across a reload, and read the
// screen in Chinese.
//
// Figures are read from the demo workbook (智讯) on the page first, then checked
// against the index rule of METHOD.md §4: E = 2, S = 1, N = 0 points, index =
// points ÷ (2 × rated cells).
import { test, expect } from './fixtures.mjs';
import { canvasPixels, expectSaved } from './helpers.mjs';

async function openObl(page) {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: /^OBL audit ·/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'OBL audit' })).toBeVisible();
}

/** "75%", "62.5%" as the page writes an index. */
function index(e, s, n) {
  const v = ((2 * e + s) * 50) / (e + s + n);
  return Number.isInteger(v) ? `${v}%` : `${v.toFixed(1)}%`;
}

/** The cells (E, S, N, not rated, index, rank) of a row of a score table. */
function scoreCells(page, table, name) {
  return page.getByRole('table', { name: table }).getByRole('row', { name }).getByRole('cell');
}

async function counts(cells) {
  const text = await cells.allTextContents();
  return text.slice(0, 4).map(Number);
}

test('rating from the keyboard, a new criterion and an industry cell change the scores and charts, and survive a reload', async ({ page }) => {
  await openObl(page);
  const training = page.getByRole('region', { name: 'Training' });
  const trainingScores = scoreCells(page, 'Scores by department', /^Training/);
  const heatMap = page.getByRole('img', { name: /^Ratings by department/ });
  await expect(trainingScores.nth(4)).toHaveText(/%$/);
  const [e0, s0, n0] = await counts(trainingScores);
  await expect(trainingScores.nth(4)).toHaveText(index(e0, s0, n0));
  const labelBefore = await heatMap.getAttribute('aria-label');
  const pixelsBefore = await canvasPixels(heatMap);

  // The first criterion's rating, moved one step on with the arrow key.
  const first = training.getByRole('group').first();
  const checked = first.getByRole('radio', { checked: true });
  const was = await checked.getAttribute('id');
  expect(was, 'the demo rates the first criterion').toMatch(/-(e|s)$/);
  await checked.focus();
  await page.keyboard.press('ArrowDown');
  const [e1, s1, n1] = was.endsWith('-e') ? [e0 - 1, s0 + 1, n0] : [e0, s0 - 1, n0 + 1];
  await expect(first.getByRole('radio', { name: was.endsWith('-e') ? 'Satisfactory (S)' : 'Not good (N)' })).toBeChecked();
  await expect(first.getByRole('radio', { name: was.endsWith('-e') ? 'Satisfactory (S)' : 'Not good (N)' })).toBeFocused();
  await expect(trainingScores.nth(4)).toHaveText(index(e1, s1, n1));
  expect(index(e1, s1, n1)).not.toBe(index(e0, s0, n0));
  await expect(training.getByText(`Index ${index(e1, s1, n1)}`)).toBeVisible();
  await expect(heatMap).not.toHaveAttribute('aria-label', labelBefore);
  await expect(heatMap).toHaveAttribute('aria-label', /Training: /);
  await expect.poll(() => canvasPixels(heatMap)).not.toEqual(pixelsBefore);

  // A new criterion, named and rated Excellent.
  await training.getByRole('button', { name: 'Add a criterion — Training' }).click();
  await training.getByLabel('Criterion', { exact: true }).last().fill('Online courses');
  const online = training.getByRole('group', { name: 'Online courses' });
  await expect(online.getByRole('radio', { name: 'Not rated' })).toBeChecked();
  await online.getByRole('radio', { name: 'Excellent (E)' }).check();
  await training.getByLabel('Comment', { exact: true }).last().fill('New e-learning range');
  await expect(trainingScores.nth(0)).toHaveText(String(e1 + 1));
  await expect(trainingScores.nth(4)).toHaveText(index(e1 + 1, s1, n1));

  // An industry cell: the first competitor on the first industry criterion.
  const industry = page.getByRole('table', { name: 'Industry comparison' });
  const company = (await industry.getByRole('rowheader').nth(1).textContent()).trim();
  const criterion = await page.getByLabel('Industry criterion 1', { exact: true }).inputValue();
  expect(company.length).toBeGreaterThan(0);
  const companyScores = scoreCells(page, 'Scores by company', new RegExp(`^${company}`));
  const [ce, cs, cn] = await counts(companyScores);
  await expect(companyScores.nth(4)).toHaveText(index(ce, cs, cn));
  const cell = page.getByRole('combobox', { name: `${company} ${criterion}` });
  const current = await cell.inputValue();
  expect(current, 'the demo rates every company').not.toBe('');
  // Rated down to Not good (or up to Excellent if it was already Not good).
  const [pick, ce1, cs1, cn1] = current === '2'
    ? ['Excellent (E)', ce + 1, cs, cn - 1]
    : ['Not good (N)', current === '0' ? ce - 1 : ce, current === '1' ? cs - 1 : cs, cn + 1];
  await cell.selectOption({ label: pick });
  await expect(companyScores.nth(4)).toHaveText(index(ce1, cs1, cn1));
  // The rating's comment (评价), in the same cell.
  const cellComment = () => industry.getByRole('cell').filter({ has: page.getByRole('combobox', { name: `${company} ${criterion}` }) })
    .getByLabel('Comment', { exact: true });
  await cellComment().fill('Lost two senior trainers');
  expect(index(ce1, cs1, cn1)).not.toBe(index(ce, cs, cn));
  await expect(page.getByRole('img', { name: /^Index by company/ })).toHaveAttribute(
    'aria-label',
    new RegExp(`${company} ${index(ce1, cs1, cn1).replace('.', '\\.')}`),
  );
  await expect(page.getByRole('region', { name: 'Companies in full' }).getByText(company, { exact: false })).toBeVisible();

  await expectSaved(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'OBL audit' })).toBeVisible();
  await expect(trainingScores.nth(4)).toHaveText(index(e1 + 1, s1, n1));
  await expect(page.getByRole('region', { name: 'Training' }).getByRole('group', { name: 'Online courses' })
    .getByRole('radio', { name: 'Excellent (E)' })).toBeChecked();
  await expect(page.getByRole('region', { name: 'Training' }).getByLabel('Comment', { exact: true }).last())
    .toHaveValue('New e-learning range');
  await expect(page.getByRole('combobox', { name: `${company} ${criterion}` })).toHaveValue(current === '2' ? '0' : '2');
  await expect(cellComment()).toHaveValue('Lost two senior trainers');
  await expect(companyScores.nth(4)).toHaveText(index(ce1, cs1, cn1));
});

test('departments are added, renamed and removed', async ({ page }) => {
  await openObl(page);
  const scores = page.getByRole('table', { name: 'Scores by department' });
  const before = await scores.getByRole('row').count();
  await page.getByRole('button', { name: 'Add a department' }).click();
  await page.getByLabel('Department name', { exact: true }).last().fill('Marketing');
  const marketing = page.getByRole('region', { name: 'Marketing' });
  await expect(marketing).toBeVisible();
  await expect(scores.getByRole('row', { name: /^Marketing/ }).getByRole('cell').nth(4)).toHaveText('—');
  await expect(scores.getByRole('row')).toHaveCount(before + 1);
  await marketing.getByRole('button', { name: 'Remove — Marketing' }).click();
  await expect(marketing).toHaveCount(0);
  await expect(scores.getByRole('row')).toHaveCount(before);
});

test('industry criteria move left and right, and the order is kept', async ({ page }) => {
  await openObl(page);
  const industry = page.getByRole('table', { name: 'Industry comparison' });
  const names = () => industry.getByRole('columnheader').getByRole('textbox').evaluateAll(
    (inputs) => inputs.map((i) => i.value),
  );
  const before = await names();
  expect(before.length).toBeGreaterThan(2);
  await expect(industry.getByRole('button', { name: `Move left — ${before[0]}` })).toBeDisabled();
  await expect(industry.getByRole('button', { name: `Move right — ${before.at(-1)}` })).toBeDisabled();
  await industry.getByRole('button', { name: `Move right — ${before[0]}` }).click();
  const after = [before[1], before[0], ...before.slice(2)];
  await expect.poll(names).toEqual(after);
  await expectSaved(page);
  await page.reload();
  await expect.poll(names).toEqual(after);
});

test('the OBL audit reads in Chinese', async ({ page }) => {
  await openObl(page);
  await page.getByLabel(/^(Language|语言)$/).selectOption({ label: '中文' });
  await expect(page.getByRole('heading', { level: 1, name: '机构躯体语言审计' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '公司内部评定' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '行业对比评定' })).toBeVisible();
  await expect(page.getByRole('radio', { name: '优秀（E）' }).first()).toBeVisible();
  await expect(page.getByRole('radio', { name: '一般（S）' }).first()).toBeVisible();
  await expect(page.getByRole('radio', { name: '较差（N）' }).first()).toBeVisible();
  await expect(page.getByRole('table', { name: '各公司得分' })).toBeVisible();
  await expect(page.getByRole('img', { name: /^各部门评级：/ })).toBeVisible();
  await expect(page.getByRole('button', { name: '添加部门' })).toBeVisible();
});
