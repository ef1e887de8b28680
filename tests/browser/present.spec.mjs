// Present mode as a facilitator uses it on a 1024×768 projector: the SWOT board whole
// on one screen, the clicker's keys turning worksheets, an exercise timer per
// worksheet, typing what the room says, and Esc back to the workbook.
import { test, expect } from './fixtures.mjs';
import { openSwot, quadrant, itemRow } from './helpers.mjs';

const QUADRANTS = {
  en: ['Strengths', 'Weaknesses', 'Opportunities', 'Threats'],
  zh: ['优势', '劣势', '机会', '威胁'],
};

/** Every item of every quadrant shows its whole text inside the viewport. */
async function expectBoardOnScreen(page, names) {
  const viewport = page.viewportSize();
  for (const name of names) {
    const heading = quadrant(page, name).getByRole('heading', { name });
    await expect(heading).toBeInViewport({ ratio: 1 });
    const rows = quadrant(page, name).getByRole('listitem');
    const count = await rows.count();
    expect(count).toBeGreaterThanOrEqual(4);
    for (let i = 0; i < count; i++) {
      // The item's text is the row's first text field (the second is its score).
      const item = rows.nth(i).getByRole('textbox').first();
      await expect(rows.nth(i).getByRole('textbox').last()).toBeInViewport({ ratio: 1 });
      await expect(item).toBeInViewport({ ratio: 1 });
      const box = await item.boundingBox();
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      // The whole text is shown: nothing scrolled away or cut inside the field.
      const cut = await item.evaluate((el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1);
      expect(cut, `${name} item ${i + 1} is cut`).toBe(false);
    }
  }
}

for (const lang of ['en', 'zh']) {
  test(`presenting SWOT at 1024×768 shows the whole board (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await openSwot(page);
    if (lang === 'zh') await page.getByLabel('Language').selectOption({ label: '中文' });
    await page.getByRole('button', { name: lang === 'en' ? 'Present' : '演示', exact: true }).click();
    const bar = page.getByRole('region', { name: lang === 'en' ? 'Presenting' : '演示中' });
    await expect(bar).toContainText(/\d+ \/ \d+ · SWOT/);
    await expect(page.getByRole('navigation', { name: lang === 'en' ? 'Worksheets' : /工作表/ })).toBeHidden();
    await expectBoardOnScreen(page, QUADRANTS[lang]);
  });
}

test('presenting SWOT at 1280×800 zoomed to 125% still shows the whole board', async ({ page }) => {
  // 125% zoom on a 1280×800 screen leaves a 1024×640 CSS viewport.
  await page.setViewportSize({ width: 1024, height: 640 });
  await openSwot(page);
  await page.keyboard.press('p');
  await expectBoardOnScreen(page, QUADRANTS.en);
});

test('the clicker keys turn worksheets in workshop order; arrows in a field move the caret', async ({ page }) => {
  await openSwot(page);
  await page.keyboard.press('Shift+F5');
  const bar = page.getByRole('region', { name: 'Presenting' });
  await expect(bar).toContainText('· SWOT');
  await page.keyboard.press('ArrowRight');
  await expect(bar).toContainText('· 7S');
  await expect(page).toHaveURL(/#\/w\/[^/]+\/7s$/);
  await page.keyboard.press('PageDown');
  await expect(bar).toContainText('· Internal customers');
  await page.keyboard.press('PageUp');
  await page.keyboard.press('ArrowLeft');
  await expect(bar).toContainText('· SWOT');
  await bar.getByRole('button', { name: 'Previous worksheet' }).click();
  await expect(bar).toContainText('· BACK');
  await bar.getByRole('button', { name: 'Next worksheet' }).click();
  await expect(bar).toContainText('· SWOT');

  // In a text field the arrows belong to the caret: the page stays.
  const text = itemRow(page, 'Strengths', 0).getByRole('textbox').first();
  await text.click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await expect(bar).toContainText('· SWOT');

  await page.keyboard.press('Escape');
  await expect(bar).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Worksheets' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'SWOT' })).toBeVisible();
});

test('editing while presenting: what the room says is typed, scored and kept', async ({ page }) => {
  await openSwot(page);
  await page.keyboard.press('p');
  const strengths = quadrant(page, 'Strengths');
  await strengths.getByRole('button', { name: 'Add a strength' }).click();
  await page.keyboard.type('Certified trainers in every province');
  const added = itemRow(page, 'Strengths', 5);
  await expect(added.getByRole('textbox').first()).toHaveValue('Certified trainers in every province');
  await added.getByLabel('Score', { exact: true }).fill('4');
  await expect(strengths).toContainText('Total: 42');
  await page.reload();
  await expect(itemRow(page, 'Strengths', 5).getByRole('textbox').first()).toHaveValue('Certified trainers in every province');
});

test('each worksheet keeps its own exercise timer, which signals the end on screen', async ({ page }) => {
  await page.clock.install();
  await openSwot(page);
  await page.keyboard.press('p');
  const bar = page.getByRole('region', { name: 'Presenting' });
  const timer = bar.getByRole('group', { name: 'Exercise timer' });
  const minutes = timer.getByLabel('Minutes');
  const clock = timer.getByRole('timer', { name: 'Time left' });

  // Bad input is refused beside the field, and the timer keeps its length.
  await minutes.fill('0');
  await minutes.press('Enter');
  await minutes.blur();
  await expect(timer.getByRole('alert')).toHaveText('Enter whole minutes from 1 to 240.');
  await expect(clock).toHaveText('10:00');

  await minutes.fill('2');
  await minutes.blur();
  await expect(timer.getByRole('alert')).toHaveCount(0);
  await expect(clock).toHaveText('2:00');
  await timer.getByRole('button', { name: 'Start' }).click();
  await page.clock.runFor(30_000);
  await expect(clock).toHaveText('1:30');
  await timer.getByRole('button', { name: 'Pause' }).click();
  await page.clock.runFor(60_000);
  await expect(clock).toHaveText('1:30');

  // Another worksheet has its own timer; coming back finds SWOT's as it was.
  await page.keyboard.press('ArrowRight');
  await expect(timer.getByLabel('Minutes')).toHaveValue('10');
  await expect(clock).toHaveText('10:00');
  await page.keyboard.press('ArrowLeft');
  await expect(clock).toHaveText('1:30');

  await timer.getByRole('button', { name: 'Resume' }).click();
  await page.clock.runFor(91_000);
  await expect(clock).toHaveText('0:00');
  await expect(timer.getByRole('status')).toHaveText('Time is up');
  await timer.getByRole('button', { name: 'Reset' }).click();
  await expect(clock).toHaveText('2:00');
  await expect(timer.getByRole('status')).toHaveCount(0);
});
