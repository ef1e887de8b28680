// Layout defects of issue #15: on a phone the navigation folds into a menu button; the
// OBL industry comparison fits a 1280 px screen with whole company names and its bar
// chart's names uncut; the customer tables' compact table view edits the same values
// as the cards.
import { test, expect } from './fixtures.mjs';

test.describe('on a phone (390 × 844)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the navigation is a menu button, hidden until pressed; choosing a worksheet closes it', async ({ page }) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Worksheets' });
    const menu = nav.getByRole('button', { name: '☰ Worksheets' });
    await expect(menu).toBeVisible();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    const swot = nav.getByRole('link', { name: /^SWOT/ });
    await expect(swot).toBeHidden();
    // The page's heading is in the first screen, not below the list of worksheets.
    const heading = page.getByRole('heading', { level: 1 });
    const box = await heading.boundingBox();
    expect(box.y + box.height).toBeLessThan(844);

    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(swot).toBeVisible();
    await swot.click();
    await expect(page.getByRole('heading', { level: 1, name: 'SWOT' })).toBeVisible();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(swot).toBeHidden();

    // In Chinese the button says 工作表.
    await page.getByLabel('Language').selectOption({ label: '中文' });
    await expect(page.getByRole('navigation', { name: '工作表' }).getByRole('button', { name: '☰ 工作表' })).toBeVisible();
  });
});

test('on a desktop the navigation is a list with no menu button', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Worksheets' });
  await expect(nav.getByRole('link', { name: /^SWOT/ })).toBeVisible();
  await expect(nav.getByRole('button', { name: '☰ Worksheets' })).toBeHidden();
});
