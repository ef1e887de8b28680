// The import status line dates an import in the user's own time zone, like every
// other date of the app: 16:30 UTC on the 25th is 00:30 on the 26th in Shanghai.
import { test, expect } from './fixtures.mjs';

test.use({ timezoneId: 'Asia/Shanghai' });

const SALES = [
  'Customer ID,Customer name,Sales,Profit',
  'C1,Acme,1000,100',
  'C2,Borealis Foods,2000,300',
].join('\n');

test('the import time is shown in local time', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-25T16:30:00Z'));
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: /^Segmentation/ }).click();
  await page.getByLabel('Choose a CSV or TSV file').setInputFiles({
    name: 'sales.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(SALES, 'utf8'),
  });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const status = page.getByTestId('data-status');
  await expect(status).toContainText('2 customers from “sales.csv”, imported 2026-11-26 00:30.');
  await expect(status).not.toContainText('UTC');
});
