// Shared steps of the browser specs: reach a worksheet the way a user does and
// read what the app saved.
import { expect } from './fixtures.mjs';

/** Every workbook of the library is stored under this prefix plus its id. */
export const WORKBOOK_PREFIX = 'crm-workbook/workbook/';

/** The id of the open workbook, as the address shows it (`#/w/<id>/…`). */
export function openWorkbookId(page) {
  const match = new URL(page.url()).hash.match(/^#\/w\/([^/]+)/);
  return match ? decodeURIComponent(match[1]) : null;
}

/** The storage key of the open workbook. */
export function workbookKey(page) {
  return WORKBOOK_PREFIX + openWorkbookId(page);
}

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

/** The open workbook as the app saved it in localStorage, decoded, or null. */
export async function storedWorkbook(page) {
  const raw = await page.evaluate((key) => window.localStorage.getItem(key), workbookKey(page));
  return raw === null ? null : JSON.parse(raw).workbook;
}

/** Every workbook of the library in localStorage, by id, decoded. */
export async function storedLibrary(page) {
  const all = await page.evaluate((prefix) => {
    const found = {};
    for (let i = 0; i < window.localStorage.length; i++) {
      const key = window.localStorage.key(i);
      if (key.startsWith(prefix)) found[key.slice(prefix.length)] = window.localStorage.getItem(key);
    }
    return found;
  }, WORKBOOK_PREFIX);
  return Object.fromEntries(Object.entries(all).map(([id, raw]) => [id, JSON.parse(raw).workbook]));
}

/** Waits until the header says every change is saved. */
export async function expectSaved(page, text = 'Saved in this browser') {
  await expect(page.getByRole('status').filter({ hasText: text })).toBeVisible();
}

/** A fingerprint of a canvas's pixels, to see that a chart was redrawn. */
export async function canvasPixels(locator) {
  return locator.evaluate((canvas) => canvas.toDataURL('image/png'));
}
