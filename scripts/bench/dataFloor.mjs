/**
 * The group's request by itself, on a page with no app code (same origin, same call and
 * headers as the app): ms from sending it to its body parsed by JSON.parse. What any app on this
 * machine spends before it can show the group, whatever it does after: the floor under
 * interactiveMs. Fresh browser context, like the measured runs.
 */
export async function dataFloorOnce(browser, { baseUrl, year, connection }) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/favicon.svg`);
    return await page.evaluate(
      async ([targetYear, user, password]) => {
        const t0 = performance.now();
        const res = await fetch('/api/v1/Agents/Targets/GetTargetGroupForYear', {
          method: 'POST',
          headers: {
            Accept: 'application/json',
            'Content-Type': 'application/json',
            Authorization: `Basic ${btoa(`${user}:${password}`)}`,
          },
          body: JSON.stringify({ TargetYear: targetYear, EntityType: 'Sale' }),
        });
        const group = JSON.parse(await res.text());
        if (!Array.isArray(group.TargetAssignments)) throw new Error('not a target group');
        return performance.now() - t0;
      },
      [year, connection.userName, connection.password],
    );
  } finally {
    await context.close();
  }
}
