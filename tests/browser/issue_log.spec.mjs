// The customer issue log (METHOD.md §7) as a team keeps it: the demo's four issues
// counted (open, closed, escalated, satisfied, days to close, open longest on the
// user's own date), a new issue walked through the problem-solving model — the
// steps after a "no" appear only then — linked to a customer group, closed, kept
// across a reload, and printed in the report.
//
// Demo figures (crates/workbook/src/demo/method.rs, ISSUES): three closed issues
// (2, 18 and 21 days), one open since 2026-11-20 and escalated; two customers
// satisfied of four answers.
import { test, expect } from './fixtures.mjs';
import { storedWorkbook, expectSaved } from './helpers.mjs';

// 16:30 UTC on 1 December is already 2 December in Shanghai: the open issue's age
// counts in the user's calendar.
test.use({ timezoneId: 'Asia/Shanghai' });

async function openLog(page) {
  await page.clock.setFixedTime(new Date('2026-12-01T16:30:00Z'));
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: /^Customer issue log/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Customer issue log' })).toBeVisible();
}

/** The list row whose visible name is `name` ("Issue 5"). */
function row(page, name) {
  return page.getByRole('listitem').filter({ has: page.getByText(name, { exact: true }) });
}

test('an issue walks the model, is counted, kept and printed', async ({ page }) => {
  await openLog(page);
  await expect(page.getByTestId('issue-count')).toHaveText('4');
  await expect(page.getByTestId('issue-open')).toHaveText('1');
  await expect(page.getByTestId('issue-closed')).toHaveText('3');
  await expect(page.getByTestId('issue-escalated')).toHaveText('1');
  await expect(page.getByTestId('issue-satisfied')).toHaveText('2 of 4 (50%)');
  await expect(page.getByTestId('issue-close-days')).toHaveText('13.7 days');
  await expect(page.getByTestId('issue-oldest')).toHaveText(
    '12 days · Our invoices do not meet the new procurement rules',
  );
  const chart = page.getByRole('img', { name: /^Where the issues stand:/ });
  await expect(chart).toHaveAttribute('aria-label', /Closed 3/);

  await page.getByRole('button', { name: 'Add an issue' }).click();
  const issue = row(page, 'Issue 5');
  await issue.getByLabel('What the customer raised').fill('Certificates arrived a month late');
  await issue.getByLabel('Customer group').selectOption({ label: 'Financial-services clients (Current customers)' });
  await issue.getByLabel('Opened on').fill('2026-11-30');
  await expect(issue.getByText('Waiting at: The real problem')).toBeVisible();
  await expect(page.getByTestId('issue-count')).toHaveText('5');
  await expect(page.getByTestId('issue-open')).toHaveText('2');
  await expect(chart).toHaveAttribute('aria-label', /Waiting at: The real problem 1/);

  await issue.getByLabel('What is the real problem?').fill('Certificates are printed by an outside firm once a month');
  await issue.getByLabel('What does the customer really want?').fill('Certificates within a week of the course');
  await issue.getByLabel('Would doing it make up the loss?').selectOption({ label: 'Yes' });
  // The branches of the model appear only after a "no".
  await expect(issue.getByLabel('Can someone else provide it?')).toHaveCount(0);
  await issue.getByLabel('Can we provide it?').selectOption({ label: 'No' });
  await expect(issue.getByLabel('What are the alternatives?')).toHaveCount(0);
  await issue.getByLabel('Can someone else provide it?').selectOption({ label: 'No' });
  await issue.getByLabel('What are the alternatives?').fill('Electronic certificates the same day');
  await expect(issue.getByLabel('Escalated to')).toHaveCount(0);
  await issue.getByLabel('Is there a solution both sides agree on?').selectOption({ label: 'No' });
  await issue.getByLabel('Escalated to').fill('Operations director');
  await expect(page.getByTestId('issue-escalated')).toHaveText('2');
  await expect(issue.getByText('Waiting at: Customer satisfied?')).toBeVisible();
  await issue.getByLabel('Is the customer satisfied?').selectOption({ label: 'Yes' });
  await issue.getByLabel('The solution as recorded').fill('Electronic certificates for every course');
  await expect(issue.getByText('Every step answered, not closed')).toBeVisible();
  await issue.getByLabel('Closed on').fill('2026-12-01');
  await expect(page.getByTestId('issue-satisfied')).toHaveText('3 of 5 (60%)');
  await expect(page.getByTestId('issue-closed')).toHaveText('4');
  await expect(page.getByTestId('issue-close-days')).toHaveText('10.5 days');
  await expect(chart).toHaveAttribute('aria-label', /Closed 4/);
  await expect(page.getByTestId('issue-groups').getByRole('row', { name: /^Financial-services clients/ }))
    .toHaveText('Financial-services clients20');

  await expectSaved(page);
  const stored = (await storedWorkbook(page)).issues.at(-1);
  expect(stored).toMatchObject({
    opened: '2026-11-30', closed: '2026-12-01', can_provide: 'no', someone_else: 'no',
    agreed: 'no', escalated_to: 'Operations director', satisfied: 'yes',
  });

  await page.reload();
  await expect(page.getByTestId('issue-count')).toHaveText('5');
  await expect(row(page, 'Issue 5').getByLabel('Escalated to')).toHaveValue('Operations director');
  await expect(row(page, 'Issue 5').getByLabel('Customer group')).toHaveValue(/\d+/);
  await expect(page.getByTestId('issue-close-days')).toHaveText('10.5 days');

  await page.getByRole('navigation').getByRole('link', { name: 'Workshop report' }).click();
  const section = page.getByRole('region', { name: 'Customer issue log', exact: true });
  const log = section.getByTestId('issue-log');
  await expect(log.locator('tbody tr')).toHaveCount(5);
  await expect(log.locator('tbody tr').last()).toContainText('Certificates arrived a month late');
  await expect(log.locator('tbody tr').last()).toContainText('Financial-services clients');
});

// Switching the language translates the screen, not what the team wrote.
test('the log in Chinese asks the model in Chinese', async ({ page }) => {
  await openLog(page);
  await page.getByLabel('Language').selectOption({ label: '中文' });
  await expect(page.getByRole('heading', { level: 1, name: '客户问题记录' })).toBeVisible();
  await expect(row(page, '问题 1').getByLabel('真正的问题是什么？')).toHaveValue(/.+/);
  await expect(page.getByTestId('issue-satisfied')).toHaveText('4 个中 2 个（50%）');
  await expect(page.getByTestId('issue-oldest')).toHaveText('12 天 · Our invoices do not meet the new procurement rules');
});
