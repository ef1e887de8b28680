// The BACK worksheet as a workshop uses it: score baggage and watch the load and the
// letters chart follow, get a message for a bad knowledge level, pick a culture and
// read what it means, send baggage to SWOT, and keep everything across a reload.
//
// Figures are those of the demo workbook (crates/workbook/src/demo.rs): baggage
// hindrance 7 (review), 8 (review), 3 (keep), 6 (dropped), so a load of 18 and B = 6;
// aspiration consensus 7.0; dominant culture task 7, secondary role 5; knowledge
// current 5, 3, 4, 3 against targets 8, 7, 7, 7, so K = 3.8 and gaps +3 +4 +3 +4.
import { test, expect } from './fixtures.mjs';
import {
  quadrant, itemRow, storedWorkbook, expectSaved, canvasPixels,
} from './helpers.mjs';

/** Opens the app and goes to BACK through the navigation. */
async function openBack(page) {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: /^BACK/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'BACK' })).toBeVisible();
}

const part = (page, name) => page.getByRole('region', { name });
const baggageRow = (page, n) => part(page, 'B — Baggage').getByRole('listitem').nth(n);
const topicRow = (page, n) => part(page, 'K — Knowledge').getByRole('listitem').nth(n);
const HINDRANCE = 'Hinders customer relationships (1–10)';
const TARGET = 'Target level (1–10)';

test('the demo figures are shown, missing nothing and inventing nothing', async ({ page }) => {
  await openBack(page);
  await expect(page.getByTestId('back-load')).toHaveText('18');
  await expect(page.getByTestId('back-baggage-items'))
    .toHaveText('3 scored, 0 not scored; 1 dropped, 0 undecided');
  await expect(page.getByTestId('back-consensus')).toHaveText('7.0');
  await expect(page.getByTestId('back-dominant')).toHaveText('Task culture, strength 7');
  await expect(page.getByTestId('back-secondary')).toHaveText('Role culture, strength 5');
  await expect(page.getByTestId('back-knowledge')).toHaveText('3.8');
  await expect(page.getByTestId('back-largest').getByRole('listitem')).toHaveText([
    '+4 — Online course design and delivery',
    '+4 — Managing accounts with CRM data',
    '+3 — Consultative selling of training solutions',
  ]);
  await expect(topicRow(page, 0)).toContainText('Gap: +3');
  await expect(page.getByRole('img', { name: /The four letters/ })).toHaveAttribute(
    'aria-label',
    'The four letters (1–10): B · Baggage 6, A · Aspiration 7, C · Culture 7, K · Knowledge 3.8',
  );
  await expect(page.getByRole('img', { name: /Knowledge: current competence/ }))
    .toHaveAttribute('aria-label', /Online course design and delivery current 3, target 7/);
});

test('changing a hindrance updates the baggage load and the letters chart', async ({ page }) => {
  await openBack(page);
  const letters = page.getByRole('img', { name: /The four letters/ });
  await expect(letters).toHaveAttribute('aria-label', /B · Baggage 6,/);
  const before = await canvasPixels(letters);

  const hindrance = baggageRow(page, 0).getByLabel(HINDRANCE);
  await expect(hindrance).toHaveValue('7');
  await hindrance.fill('1');

  // Carried items now weigh 1 + 8 + 3; the dropped one still counts for nothing.
  await expect(page.getByTestId('back-load')).toHaveText('12');
  await expect(letters).toHaveAttribute('aria-label', /B · Baggage 4,/);
  expect(await canvasPixels(letters)).not.toEqual(before);

  // Dropping an item takes its weight off the load.
  await baggageRow(page, 1).getByLabel('Decision').selectOption('Drop');
  await expect(page.getByTestId('back-load')).toHaveText('4');
  await expect(page.getByTestId('back-baggage-items'))
    .toHaveText('2 scored, 0 not scored; 2 dropped, 0 undecided');
});

test('a knowledge level of 11 gets a message and the stored level stays', async ({ page }) => {
  await openBack(page);
  const row = topicRow(page, 1);
  const target = row.getByLabel(TARGET);
  await expect(target).toHaveValue('7');
  await expect(row).toContainText('Gap: +4');
  // A real edit first, so there is a saved workbook to compare with.
  await topicRow(page, 0).getByLabel(TARGET).fill('9');
  await expect(topicRow(page, 0)).toContainText('Gap: +4');
  await expectSaved(page);

  await target.fill('11');
  await expect(row.getByRole('alert')).toContainText('11 is outside 1–10.');
  await expect(row.getByRole('alert')).toContainText('the score stays 7');
  await expect(target).toHaveAttribute('aria-invalid', 'true');
  await expect(target).toHaveValue('11');
  await expect(row).toContainText('Gap: +4');
  await page.waitForTimeout(700);
  const saved = await storedWorkbook(page);
  expect(saved.back.knowledge[1].target).toBe(7);
  expect(saved.back.knowledge[0].target).toBe(9);

  // A valid level clears the message and moves the gap and the ranking.
  await target.fill('10');
  await expect(row.getByRole('alert')).toBeHidden();
  await expect(row).toContainText('Gap: +7');
  await expect(page.getByTestId('back-largest').getByRole('listitem').first())
    .toHaveText('+7 — Online course design and delivery');
});

test('choosing a dominant culture shows what it means', async ({ page }) => {
  await openBack(page);
  const culture = part(page, 'C — Culture');
  const dominant = culture.getByLabel('Dominant culture', { exact: true });
  await expect(dominant).toHaveValue(/\d/);
  await expect(culture).toContainText('Decisions belong to specialists and entrepreneurs.');

  await dominant.selectOption({ label: 'Power / cooperation culture' });
  await expect(culture).toContainText('Power is concentrated in one strong personality.');
  await expect(culture).not.toContainText('Decisions belong to specialists');
  await expect(page.getByTestId('back-dominant'))
    .toHaveText('Power / cooperation culture, strength 7');

  // Withdrawn, the type takes its strength with it: C is missing, not zero.
  await dominant.selectOption({ label: '— not chosen —' });
  await expect(culture.getByLabel(/dominant culture shows/)).toBeHidden();
  await expect(page.getByTestId('back-dominant')).toHaveText('—');
  await expect(page.getByRole('img', { name: /The four letters/ }))
    .toHaveAttribute('aria-label', /C · Culture not scored/);

  // Chosen again, it gets its strength and evidence back.
  await dominant.selectOption({ label: 'Existential culture' });
  await expect(culture).toContainText('The organisation exists to serve the people in it');
  await expect(culture.getByLabel(/dominant culture shows/)).toHaveValue('7');
  await expect(culture.getByLabel('What shows the dominant culture')).toHaveValue(/^Projects are led/);
  await expect(page.getByTestId('back-dominant')).toHaveText('Existential culture, strength 7');
});

test('a baggage item sent to SWOT lands in Weaknesses with its origin', async ({ page }) => {
  await openBack(page);
  const text = await baggageRow(page, 0).getByLabel('Rule, policy or habit').inputValue();
  await baggageRow(page, 0)
    .getByRole('button', { name: 'Send to SWOT weaknesses — Baggage item 1' })
    .click();
  await expect(baggageRow(page, 0).getByRole('link', { name: /In SWOT/ })).toBeVisible();

  await page.getByRole('navigation').getByRole('link', { name: /^SWOT/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'SWOT' })).toBeVisible();
  const weaknesses = quadrant(page, 'Weaknesses');
  await expect(weaknesses.getByRole('listitem')).toHaveCount(5);
  const sent = itemRow(page, 'Weaknesses', 4);
  await expect(sent.getByLabel(/^Weakness 5$/)).toHaveValue(text);
  await expect(sent.getByLabel('Score', { exact: true })).toHaveValue('7');
  await expect(sent).toContainText(`From: BACK — ${text}`);
  // The demo's weaknesses total 26; the hindrance comes along as the score.
  await expect(weaknesses).toContainText('Total: 33');
});

test('edits survive a reload', async ({ page }) => {
  await openBack(page);
  await baggageRow(page, 2).getByLabel(HINDRANCE).fill('9');
  await part(page, 'A — Aspiration').getByRole('listitem').nth(0)
    .getByLabel('Voiced by (staff level)').fill('Board and trainers');
  await part(page, 'C — Culture').getByLabel('Secondary culture', { exact: true })
    .selectOption({ label: 'Existential culture' });
  await topicRow(page, 3).getByLabel('Current competence (1–10)').fill('6');
  await expect(page.getByTestId('back-load')).toHaveText('24');
  await expectSaved(page);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'BACK' })).toBeVisible();
  await expect(baggageRow(page, 2).getByLabel(HINDRANCE)).toHaveValue('9');
  await expect(part(page, 'A — Aspiration').getByRole('listitem').nth(0)
    .getByLabel('Voiced by (staff level)')).toHaveValue('Board and trainers');
  await expect(page.getByTestId('back-secondary')).toHaveText('Existential culture, strength 5');
  await expect(topicRow(page, 3)).toContainText('Gap: +1');
  await expect(page.getByTestId('back-load')).toHaveText('24');
  await expect(page.getByTestId('back-knowledge')).toHaveText('4.5');
});

test('the page reads in Chinese', async ({ page }) => {
  await openBack(page);
  await page.getByLabel('Language').selectOption({ label: '中文' });
  await expect(page.getByRole('heading', { level: 1, name: 'BACK 分析' })).toBeVisible();
  await expect(part(page, 'C — 文化')).toContainText('决策权属于专家和创业者。');
  await expect(part(page, 'K — 知识').getByRole('listitem').nth(1)).toContainText('差距：+4');
  await expect(page.getByTestId('back-baggage-items'))
    .toHaveText('已打分 3 项，未打分 0 项；已放弃 1 项，未决定 0 项');
  await expect(page.getByTestId('back-dominant')).toHaveText('任务文化，明显程度 7');
  await expect(part(page, 'B — 包袱').getByRole('listitem').nth(0)
    .getByLabel('对客户关系的阻碍程度（1–10）')).toHaveValue('7');
  await expect(page.getByRole('img', { name: /BACK 四要素得分/ }))
    .toHaveAttribute('aria-label', /B · 包袱 6，A · 抱负 7，C · 文化 7，K · 知识 3.8/);
});
