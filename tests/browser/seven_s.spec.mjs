// 7S as a user works it: give a factor a verdict and a rating and see the balance and
// both charts follow, get a message for a bad rating, send a weakness to SWOT, keep
// everything across a reload, and read the factors in Chinese.
//
// Figures are from the demo workbook (智讯): Staff S8, Structure W5, Systems W7,
// Skills S8, Style S6, Strategy W5, so the balance is +5 and Systems the weakest.
import { test, expect } from './fixtures.mjs';
import { quadrant, storedWorkbook, expectSaved, canvasPixels } from './helpers.mjs';

const RATING = 'How strong or how weak (1–10)';

/** Opens the app and goes to 7S through the navigation. */
async function openSevenS(page) {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: /^7S ·/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '7S' })).toBeVisible();
}

/** A factor's block: the fieldset whose legend names it. */
function factor(page, name) {
  return page.getByRole('group', { name, exact: true });
}

/** The value cell of a row of the score table. */
function figure(page, name) {
  return page.getByRole('row', { name }).getByRole('cell');
}

test('a verdict and a rating change the balance, the scores and both charts', async ({ page }) => {
  await openSevenS(page);
  const balance = figure(page, /^Balance/);
  await expect(balance).toHaveText('+5');
  await expect(figure(page, /^Strengths/)).toHaveText('3');
  await expect(figure(page, /^Weakest factor/)).toHaveText('Systems');
  await expect(figure(page, /^Verdicts/)).toHaveText('complete: every factor has a verdict');

  const diagram = page.getByRole('img', { name: /^7S diagram/ });
  const radar = page.getByRole('img', { name: /^Factors rated, strength outward/ });
  await expect(diagram).toHaveAttribute(
    'aria-label',
    '7S diagram: Staff: strength 8; Structure: weakness 5; Systems: weakness 7; '
      + 'Skills: strength 8; Style: strength 6; Strategy: weakness 5; balance +5',
  );
  const diagramBefore = await canvasPixels(diagram);
  const radarBefore = await canvasPixels(radar);

  // Structure turns from a weakness into a strength: +5 + 2 × 5.
  const structure = factor(page, 'Structure');
  await expect(structure.getByRole('radio', { name: 'Weakness' })).toBeChecked();
  await structure.getByRole('radio', { name: 'Strength' }).check();
  await expect(structure.getByRole('radio', { name: 'Weakness' })).not.toBeChecked();
  await expect(balance).toHaveText('+15');
  await expect(figure(page, /^Strengths/)).toHaveText('4');
  await expect(figure(page, /^Weaknesses/)).toHaveText('2');
  await expect(structure.getByRole('button', { name: 'Send to SWOT strengths — Structure' })).toBeVisible();

  // Systems is a weakness of 7; rated 3 it is less serious than Strategy's 5.
  await factor(page, 'Systems').getByLabel(RATING).fill('3');
  await expect(balance).toHaveText('+19');
  await expect(figure(page, /^Weakest factor/)).toHaveText('Strategy');
  await expect(diagram).toHaveAttribute('aria-label', /Structure: strength 5; Systems: weakness 3;.*balance \+19$/);
  await expect(radar).toHaveAttribute('aria-label', /Structure: strength 5; Systems: weakness 3;.*balance \+19$/);
  expect(await canvasPixels(diagram)).not.toEqual(diagramBefore);
  expect(await canvasPixels(radar)).not.toEqual(radarBefore);

  // A verdict can be withdrawn: Strategy leaves the balance and is reported missing.
  const strategy = factor(page, 'Strategy');
  await strategy.getByRole('button', { name: 'Clear the verdict — Strategy' }).click();
  await expect(strategy.getByRole('radio')).toHaveCount(2);
  for (const radio of await strategy.getByRole('radio').all()) await expect(radio).not.toBeChecked();
  await expect(balance).toHaveText('+24');
  await expect(figure(page, /^Verdicts/)).toHaveText('missing a verdict: Strategy');
  await expect(figure(page, /^Weakest factor/)).toHaveText('Systems');
  await expect(radar).toHaveAttribute('aria-label', /Strategy: no verdict, 5; balance \+24$/);
  await expect(strategy.getByRole('button', { name: /^Send to SWOT/ })).toBeDisabled();
});

for (const [typed, message] of [
  ['11', '11 is outside 1–10.'],
  ['abc', '“abc” is not a number.'],
]) {
  test(`a bad rating "${typed}" gets a message beside the field and keeps the stored value`, async ({ page }) => {
    await openSevenS(page);
    // A real edit first, so there is a saved workbook to compare with.
    await page.getByLabel('Shared values: what does the company stand for?').fill('Grow with our clients');
    await expectSaved(page);

    const staff = factor(page, 'Staff');
    const rating = staff.getByLabel(RATING);
    await expect(rating).toHaveValue('8');
    await rating.fill(typed);
    await expect(staff.getByRole('alert')).toContainText(message);
    await expect(staff.getByRole('alert')).toContainText('the score stays 8');
    await expect(rating).toHaveAttribute('aria-invalid', 'true');
    await expect(rating).toHaveValue(typed);
    await expect(figure(page, /^Balance/)).toHaveText('+5');

    await page.waitForTimeout(700);
    const saved = await storedWorkbook(page);
    expect(saved.seven_s.shared_values).toBe('Grow with our clients');
    const entry = saved.seven_s.factors.find((f) => f.factor === 'staff');
    expect(entry.rating).toBe(8);
    expect(entry.verdict).toBe('strength');

    // Correcting the text clears the message and takes the new rating.
    await rating.fill('9');
    await expect(staff.getByRole('alert')).toBeHidden();
    await expect(figure(page, /^Balance/)).toHaveText('+6');
  });
}

test('a 7S weakness sent to SWOT lands under Weaknesses with its origin, and all of it survives a reload', async ({ page }) => {
  await openSevenS(page);
  const structure = factor(page, 'Structure');
  const evidence = await structure.getByLabel('Evidence').inputValue();
  await structure.getByLabel(RATING).fill('6');
  await factor(page, 'Style').getByRole('radio', { name: 'Weakness' }).check();
  await expect(figure(page, /^Balance/)).toHaveText('-8');

  await structure.getByRole('button', { name: 'Send to SWOT weaknesses — Structure' }).click();
  const inSwot = structure.getByRole('link', { name: /In SWOT/ });
  await expect(inSwot).toBeVisible();
  await expectSaved(page);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: '7S' })).toBeVisible();
  await expect(factor(page, 'Structure').getByLabel(RATING)).toHaveValue('6');
  await expect(factor(page, 'Style').getByRole('radio', { name: 'Weakness' })).toBeChecked();
  await expect(factor(page, 'Style').getByRole('radio', { name: 'Strength' })).not.toBeChecked();
  await expect(figure(page, /^Balance/)).toHaveText('-8');
  await expect(page.getByRole('img', { name: /^7S diagram/ })).toHaveAttribute('aria-label', /Style: weakness 6; .*balance -8$/);

  await factor(page, 'Structure').getByRole('link', { name: /In SWOT/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'SWOT' })).toBeVisible();
  const weaknesses = quadrant(page, 'Weaknesses');
  const sent = weaknesses.getByRole('listitem').filter({ hasText: 'From: 7S' });
  await expect(sent).toHaveCount(1);
  await expect(sent).toContainText(`From: 7S — ${evidence}`);
  await expect(sent.getByRole('textbox').first()).toHaveValue(evidence);
  await expect(sent.getByLabel('Score', { exact: true })).toHaveValue('6');
  await expect(quadrant(page, 'Strengths')).not.toContainText('From: 7S');

  // Judged a strength after all: the sent item follows the verdict, edits and all.
  await sent.getByLabel('Score', { exact: true }).fill('7');
  await page.goBack();
  await factor(page, 'Structure').getByRole('radio', { name: 'Strength' }).check();
  await factor(page, 'Structure').getByRole('link', { name: /In SWOT/ }).click();
  const moved = quadrant(page, 'Strengths').getByRole('listitem').filter({ hasText: 'From: 7S' });
  await expect(moved).toHaveCount(1);
  await expect(moved.getByLabel('Score', { exact: true })).toHaveValue('7');
  await expect(quadrant(page, 'Weaknesses')).not.toContainText('From: 7S');
  await expectSaved(page);
  const stored = await storedWorkbook(page);
  const from7s = (items) => items.filter((i) => i.origin?.factor);
  expect(from7s(stored.swot.strengths).map((i) => i.score)).toEqual([7]);
  expect(from7s(stored.swot.weaknesses)).toEqual([]);
});

test('in 中文 the factors carry their Chinese names', async ({ page }) => {
  await openSevenS(page);
  await page.getByLabel('Language').selectOption({ label: '中文' });
  for (const name of ['员工', '结构', '制度', '技能', '风格', '战略']) {
    await expect(factor(page, name)).toBeVisible();
  }
  const staff = factor(page, '员工');
  await expect(staff.getByRole('radio', { name: '优势' })).toBeChecked();
  await expect(staff.getByLabel('强弱程度（1–10）')).toHaveValue('8');
  await expect(page.getByLabel('共同价值观：公司秉持什么理念？')).toBeVisible();
  await expect(figure(page, /^差额/)).toHaveText('+5');
  await expect(figure(page, /^最薄弱要素/)).toHaveText('制度');
  await expect(page.getByRole('img', { name: /^7S 模型图：员工：优势 8；结构：劣势 5/ })).toBeVisible();
  await expect(page.getByRole('button', { name: '加入 SWOT 劣势 — 制度' })).toBeVisible();
});
