// The workshop report of the demo workbook (智讯): every worksheet's heading and
// charts, the executive summary, choosing worksheets (kept across a reload and in the
// saved file), CSV / PNG / SVG downloads, and the printed PDF: A4, a header with the
// workbook title, page numbers, and no figure cut across a page.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { test, expect } from './fixtures.mjs';
import { storedWorkbook, expectSaved } from './helpers.mjs';

/** Every worksheet in workshop order, with whether its report section has charts. */
const SHEETS = [
  ['Company profile', 0],
  ['Product gaps', 1],
  ['Service gaps', 1],
  ['BACK', 2],
  ['SWOT', 2],
  ['7S', 2],
  ['Internal customers', 1],
  ['PESTLE', 1],
  ['Stakeholders', 1],
  ['Competitors', 2],
  ['Customer tables', 2],
  ['OBL audit', 3],
  ['Segmentation', 5],
  ['Key-customer value', 1],
  ['Loyalty', 1],
  ['Six customer classes and relationships', 1],
  ['Customer issue log', 1],
  // The groups' ranking and the imported customers' value bands (the demo's rows have
  // days overdue).
  ['Customer value scoring', 2],
  ['CRM scorecard', 1],
  ['Twelve-step readiness', 0],
  ['Action plan', 0],
];

async function openReport(page) {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: 'Workshop report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Workshop report' })).toBeVisible();
  await expect(page).toHaveURL(/#\/w\/[^/]+\/report$/);
}

/** Resolves when every image of `scope` has loaded and has a size. */
async function expectImagesLoaded(scope) {
  const images = scope.getByRole('img');
  for (const img of await images.all()) {
    await expect
      .poll(() => img.evaluate((el) => el.complete && el.naturalWidth > 0))
      .toBe(true);
  }
}

async function downloaded(page, button) {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

test('the report shows every worksheet of the demo with its heading and charts, under the executive summary', async ({ page }) => {
  await openReport(page);
  const summary = page.getByRole('region', { name: 'Executive summary' });
  await expect(summary).toContainText(/S \d+ · W \d+ · O \d+ · T \d+ — (SO|ST|WO|WT) —/);
  await expect(summary).toContainText(/the top 10% of customers make \d+(\.\d)?% of profit/);
  await expect(summary).toContainText(/\d+ of \d+ by overall SWOT position/);
  await expect(summary).toContainText('Every worksheet is complete.');
  await expect(summary.getByRole('listitem')).toHaveCount(3); // the three heaviest threats

  for (const [name, charts] of SHEETS) {
    const section = page.getByRole('region', { name, exact: true });
    await expect(section.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
    await expect(section.getByRole('figure')).toHaveCount(charts);
    await expect(section.getByRole('img')).toHaveCount(charts);
    await expectImagesLoaded(section);
  }
  // Sections follow the workshop order.
  const headings = await page.locator('.report-section > h2').allTextContents();
  expect(headings).toEqual(['Executive summary', ...SHEETS.map(([n]) => n)]);

  // In Chinese.
  await page.getByLabel('Language').selectOption({ label: '中文' });
  await expect(page.getByRole('heading', { level: 1, name: '研讨会报告' })).toBeVisible();
  await expect(page.getByRole('region', { name: '执行摘要' })).toContainText(/前 10% 的客户贡献了 \d+(\.\d)?% 的利润/);
  const swot = page.getByRole('region', { name: 'SWOT', exact: true });
  await expect(swot.getByRole('img')).toHaveCount(2);
  await expectImagesLoaded(swot);
  await expect(swot.getByRole('figure').first()).toContainText('来源：SWOT 工作表');
});

test('the worksheets the report shows are chosen by checkbox and kept with the workbook', async ({ page }) => {
  await openReport(page);
  const choice = page.getByRole('group', { name: 'Worksheets in the report' });
  await expect(choice.getByRole('checkbox')).toHaveCount(SHEETS.length);
  await choice.getByRole('checkbox', { name: 'PESTLE' }).uncheck();
  await choice.getByRole('checkbox', { name: 'Loyalty' }).uncheck();
  await expect(page.getByRole('region', { name: 'PESTLE', exact: true })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Loyalty', exact: true })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'SWOT', exact: true })).toBeVisible();
  await expectSaved(page);
  expect((await storedWorkbook(page)).report).toEqual({ excluded: ['pestle', 'loyalty'] });

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Workshop report' })).toBeVisible();
  await expect(choice.getByRole('checkbox', { name: 'PESTLE' })).not.toBeChecked();
  await expect(choice.getByRole('checkbox', { name: 'SWOT' })).toBeChecked();
  await expect(page.getByRole('region', { name: 'PESTLE', exact: true })).toHaveCount(0);
  // Still listed as incomplete or not: the summary covers every worksheet.
  await choice.getByRole('checkbox', { name: 'PESTLE' }).check();
  await expect(page.getByRole('region', { name: 'PESTLE', exact: true })).toBeVisible();
});

test('tables download as CSV with a BOM, charts as a 2× PNG and as SVG', async ({ page }) => {
  await openReport(page);
  const swot = page.getByRole('region', { name: 'SWOT', exact: true });
  // The SWOT prints as its 2 × 2 matrix; the CSV has a row per item under a header.
  const matrix = swot.getByRole('region', { name: 'SWOT items' });
  const rows = (await matrix.getByRole('listitem').count()) + 1;

  const csv = await downloaded(page, swot.getByRole('button', { name: 'Download “SWOT items” as CSV' }));
  expect(csv.name).toBe('SWOT-items.csv');
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = csv.bytes.toString('utf8').slice(1);
  expect(text.split('\r\n')[0]).toBe('Quadrant,Item,Score');
  // One line per table row (header included), each record ending in CRLF; quoted
  // fields may hold commas but the demo's items hold no newline.
  expect(text.trimEnd().split('\r\n')).toHaveLength(rows);

  const png = await downloaded(page, swot.getByRole('button', { name: 'Download “Quadrant totals” as PNG (2×)' }));
  expect(png.name).toBe('Quadrant-totals.png');
  expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  // IHDR: width and height, big-endian, at bytes 16 and 20. The chart is 520 × 320.
  expect([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)]).toEqual([1040, 640]);

  const svg = await downloaded(page, swot.getByRole('button', { name: 'Download “Quadrant totals” as SVG' }));
  expect(svg.name).toBe('Quadrant-totals.svg');
  const doc = svg.bytes.toString('utf8');
  expect(doc).toMatch(/^<svg[^>]* width="520" height="320"/);
  expect(doc).toContain('Strengths');

  // The worksheets' own canvases offer the same downloads.
  await page.getByRole('navigation').getByRole('link', { name: /^SWOT ·/ }).click();
  const fromPage = await downloaded(page, page.getByRole('button', { name: 'Download “Quadrant totals” as PNG (2×)' }));
  expect([fromPage.bytes.readUInt32BE(16), fromPage.bytes.readUInt32BE(20)]).toEqual([1040, 640]);
});

/** The text of each page of a PDF, by pdftotext (poppler-utils). */
function pdfPages(file) {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((p, i, all) => i < all.length - 1 || p.trim() !== '');
}

/**
 * Figures whose top (caption "Figure k.") and bottom (its "Source:" note, the k-th
 * on the paper) are printed on different pages: the figures cut across a page.
 */
function cutFigures(pages, figures) {
  const captionPage = new Map();
  const sourcePages = [];
  pages.forEach((text, p) => {
    for (const m of text.matchAll(/Figure (\d+)\./g)) captionPage.set(Number(m[1]), p + 1);
    for (const _ of text.matchAll(/Source: /g)) sourcePages.push(p + 1);
  });
  expect(captionPage.size, 'every figure caption is printed').toBe(figures);
  expect(sourcePages.length, 'every figure source is printed').toBe(figures);
  const cut = [];
  for (let k = 1; k <= figures; k++) {
    if (captionPage.get(k) !== sourcePages[k - 1]) {
      cut.push(`figure ${k}: caption on page ${captionPage.get(k)}, bottom on page ${sourcePages[k - 1]}`);
    }
  }
  return cut;
}

test('the printed report is A4 with a header and page numbers, and no figure is cut across a page', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  await openReport(page);
  await expectImagesLoaded(page.locator('.report'));
  const figures = await page.getByRole('figure').count();
  expect(figures).toBe(SHEETS.reduce((n, [, c]) => n + c, 0));
  // "Title — Client · 2026-11-25": the running header of every printed page.
  const header = (await page.locator('.report-meta').textContent()).trim();
  expect(header).toMatch(/ · \d{4}-\d{2}-\d{2}$/);

  const print = async (name) => {
    const file = testInfo.outputPath(name);
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    return file;
  };
  const file = await print('report.pdf');
  const pages = pdfPages(file);
  expect(pages.length).toBeGreaterThan(3);
  // A4 portrait: 595 × 842 points.
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 84[12]\.\d+ pts \(A4\)/);
  pages.forEach((text, i) => {
    expect(text, `page ${i + 1} header`).toContain(header);
    expect(text, `page ${i + 1} number`).toContain(`${i + 1} / ${pages.length}`);
  });
  // Nothing of the app's chrome or the report's controls on paper.
  expect(pages.join('\n')).not.toContain('Print / save as PDF');
  expect(pages.join('\n')).not.toContain('PNG (2×)');
  expect(cutFigures(pages, figures)).toEqual([]);

  // The pages as images, to look at (test-results/…/page-N.png).
  execFileSync('pdftoppm', ['-png', '-r', '60', file, testInfo.outputPath('page')]);

  // The check itself must see a cut when there is one: let figures break, make each
  // taller than half a page (so consecutive ones cannot all fit between page breaks,
  // whatever the layout above them) and print again.
  // (Through the CSSOM: the app's Content-Security-Policy refuses a <style> element.)
  await page.evaluate(() => {
    const sheet = document.styleSheets[0];
    sheet.insertRule(
      '@media print { .report-figure { break-inside: auto !important; } .report-figure img { height: 150mm !important; width: auto !important; } }',
      sheet.cssRules.length,
    );
  });
  const loose = pdfPages(await print('report-unprotected.pdf'));
  expect(cutFigures(loose, figures).length).toBeGreaterThan(0);
});

test('the report of a workbook with only SWOT filled has the SWOT matrix and no empty sections', async ({ page }) => {
  await page.goto('/#/library');
  await page.getByLabel('Title', { exact: true }).fill('Only SWOT');
  await page.getByRole('button', { name: 'Create blank workbook' }).click();
  await expect(page.locator('.workbook-title')).toHaveText('Only SWOT');
  await page.getByRole('navigation').getByRole('link', { name: /^SWOT/ }).click();
  const strength = page.getByRole('region', { name: 'Strengths' }).getByRole('listitem').first();
  await strength.getByLabel(/^Strength 1$/).fill('Trusted brand');
  await strength.getByLabel('Score', { exact: true }).fill('8');
  const threat = page.getByRole('region', { name: 'Threats' }).getByRole('listitem').first();
  await threat.getByLabel(/^Threat 1$/).fill('Price war');
  await expectSaved(page);

  await page.getByRole('navigation').getByRole('link', { name: 'Workshop report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Workshop report' })).toBeVisible();
  const headings = await page.locator('.report-section > h2').allTextContents();
  expect(headings).toEqual(['Executive summary', 'SWOT', 'Not covered in this workshop']);
  const matrix = page.getByRole('region', { name: 'SWOT', exact: true })
    .getByRole('region', { name: 'SWOT items' });
  await expect(matrix.getByRole('group', { name: 'Strengths' })).toContainText('Trusted brand (8)');
  await expect(matrix.getByRole('group', { name: 'Threats' })).toContainText('Price war');
  await expect(matrix.getByRole('group', { name: 'Weaknesses' }).getByRole('listitem')).toHaveCount(0);
  const rest = page.getByRole('region', { name: 'Not covered in this workshop' });
  for (const name of ['Company profile', 'Stakeholders', 'OBL audit', 'Segmentation']) {
    await expect(rest).toContainText(name);
  }
  await expect(rest).not.toContainText('SWOT');
});
