// Shared steps of the browser specs: reach a worksheet the way a user does and
// read what the app saved.
import { expect } from './fixtures.mjs';

export const WORKBOOK_KEY = 'crm-workbook/current';

/** Opens the app and goes to SWOT through the navigation. */
export async function openSwot(page) {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: /^SWOT/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'SWOT' })).toBeVisible();
}

/** The quadrant section named `name` ("Strengths", "优势", ...). */
export function quadrant(page, name) {
  return page.getByRole('region', { name });
}

/** The n-th (0-based) item row of a quadrant. */
export function itemRow(page, quadrantName, n) {
  return quadrant(page, quadrantName).getByRole('listitem').nth(n);
}

/** The workbook the app saved in localStorage, decoded, or null. */
export async function storedWorkbook(page) {
  const raw = await page.evaluate((key) => window.localStorage.getItem(key), WORKBOOK_KEY);
  return raw === null ? null : JSON.parse(raw).workbook;
}

/** Waits until the header says every change is saved. */
export async function expectSaved(page, text = 'Saved in this browser') {
  await expect(page.getByRole('status').filter({ hasText: text })).toBeVisible();
}

/** A fingerprint of a canvas's pixels, to see that a chart was redrawn. */
export async function canvasPixels(locator) {
  return locator.evaluate((canvas) => canvas.toDataURL('image/png'));
}
