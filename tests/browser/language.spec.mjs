// The language switch: every label follows it, and the choice survives a reload.
import { test, expect } from './fixtures.mjs';
import { openSwot, quadrant, itemRow } from './helpers.mjs';

test('switching to 中文 shows Chinese labels everywhere, and is remembered', async ({ page }) => {
  await openSwot(page);
  await page.getByLabel('Language').selectOption({ label: '中文' });

  // Header, navigation, quadrants, fields, score summary and charts all switch.
  await expect(page.getByLabel('语言')).toBeVisible();
  await expect(page.getByRole('banner').getByRole('link', { name: '手册库' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: '工作表' });
  await expect(nav.getByRole('link', { name: /^总览/ })).toBeVisible();
  await expect(nav.getByRole('heading', { name: '内部分析' })).toBeVisible();
  await expect(nav.getByRole('link', { name: /^公司概况 · \d+%$/ })).toBeVisible();
  await expect(quadrant(page, '优势')).toContainText('总分：38');
  await expect(itemRow(page, '劣势', 0).getByLabel('劣势 1', { exact: true })).toBeVisible();
  await expect(itemRow(page, '劣势', 0).getByLabel('分数', { exact: true })).toHaveValue('8');
  await expect(page.getByRole('button', { name: '添加威胁' })).toBeVisible();
  await expect(page.getByRole('img', { name: /^各象限总分：优势 38/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /^差额平面上的战略态势/ })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page).toHaveTitle('CRM 战略工作手册');

  // A refused score is explained in Chinese too.
  const score = itemRow(page, '优势', 1).getByLabel('分数', { exact: true });
  await score.fill('11');
  await expect(itemRow(page, '优势', 1).getByRole('alert')).toHaveText('11 超出 1–10 的范围。请输入 1 到 10 的整数；分数仍为 8。');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'SWOT' })).toBeVisible();
  await expect(page.getByLabel('语言')).toHaveValue('zh-CN');
  await expect(quadrant(page, '优势')).toBeVisible();

  // And back: nothing Chinese is left in the interface's own labels.
  await page.getByLabel('语言').selectOption({ label: 'English' });
  await expect(quadrant(page, 'Strengths')).toContainText('Total: 38');
  await expect(page.getByRole('navigation', { name: 'Worksheets' })).toBeVisible();
});

test('worksheets are pages: named in both languages, with back and forward', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: /^Segmentation/ }).click();
  await expect(page).toHaveURL(/#\/w\/demo-zhixun\/segmentation$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Segmentation' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Purchase decile analysis' })).toBeVisible();
  await page.getByLabel('Language').selectOption({ label: '中文' });
  await expect(page.getByRole('heading', { level: 2, name: '购买十分位分析' })).toBeVisible();

  // Back and forward move between worksheets like pages.
  await page.getByRole('navigation').getByRole('link', { name: /^SWOT/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'SWOT' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: '客户细分' })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: 'SWOT' })).toBeVisible();
});
