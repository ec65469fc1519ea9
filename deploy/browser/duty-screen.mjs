// End-to-end browser test of the First Response duty screen, in Debian's Chromium driven by playwright-core.
// Opens /duty as a duty officer, refers two families through the API (one raising a safeguarding concern),
// and checks both rows appear live with the escalation pinned above the other and read out; that focus and revealed
// names survive a live update; triages a family with the keyboard through the form (a refused triage explained
// first); signs in through the page's form and checks accessibility (axe) signed out, live and with the form open.
// With DUTY_USER and DUTY_PASSWORD instead of DUTY_TOKEN, the page signs in at the identity provider (OpenID Connect).
// Saves a screenshot.
//   BASE_URL=http://127.0.0.1:8081 DUTY_TOKEN=... PARTNER_TOKEN=... SCREENSHOT=target/duty-screen.png node duty-screen.mjs
import { readFile } from "node:fs/promises";
import { checkAccessibility, checkSessionUnreadable, checkTokenUnreadable, launch, signIn, signInAtProvider }
  from "./pages.mjs";

const { BASE_URL, DUTY_TOKEN, DUTY_USER, DUTY_PASSWORD, PARTNER_TOKEN, SCREENSHOT, REFERRAL_JSON } = process.env;
const browser = await launch();

async function refer(agencyReference, safeguardingConcern) {
  const referral = JSON.parse(await readFile(REFERRAL_JSON, "utf8"));
  referral.agencyReference = agencyReference;
  referral.safeguardingConcern = safeguardingConcern;
  // A family of its own for each referral, so one family's escalation does not colour the other
  // (families are matched on letters only, so the name is random letters).
  const familyName = Array.from({ length: 12 }, () => String.fromCharCode(65 + Math.floor(Math.random() * 26))).join("");
  referral.household.members.forEach(member => { member.familyName = familyName; });
  const response = await fetch(`${BASE_URL}/api/v1/referrals`, {
    method: "POST",
    headers: { "Authorization": `Bearer ${PARTNER_TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify(referral),
  });
  if (response.status !== 202) { throw new Error(`referral refused: ${response.status} ${await response.text()}`); }
  return (await response.json()).referralId;
}

try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(`${BASE_URL}/duty/index.html`);
  if (DUTY_USER) {
    // Signed out, the page sends the browser to the identity provider, which brings it back signed in.
    await signInAtProvider(page, DUTY_USER, DUTY_PASSWORD);
    await page.waitForURL(`${BASE_URL}/duty/index.html`, { timeout: 30_000 });
    await checkSessionUnreadable(page);
  } else {
    // Signed out, the page asks for a token; a refused one is explained in the form.
    await page.locator("#signin").waitFor({ state: "visible", timeout: 20_000 });
    await checkAccessibility(page, "duty screen, signed out");
    await signIn(page, "not-a-token");
    await page.locator("#signin-error").waitFor({ state: "visible", timeout: 10_000 });
    await page.locator("#token").fill("");
    await signIn(page, DUTY_TOKEN);
  }
  await page.locator("#status", { hasText: "Live" }).waitFor({ timeout: 20_000 });
  await page.locator("body[data-live=true]").waitFor({ timeout: 20_000 });

  const ordinary = await refer("BROWSER-1", false);
  await page.locator(`tr[data-referral-id="${ordinary}"]`).waitFor({ timeout: 20_000 });
  const escalation = await refer("BROWSER-2", true);
  await page.locator(`tr.escalation[data-referral-id="${escalation}"]`).waitFor({ timeout: 20_000 });
  await page.locator(`tr[data-referral-id="${escalation}"] .tag.ESCALATE_TO_SOCIAL_CARE`).waitFor({ timeout: 20_000 });

  const order = await page.locator("#feed tbody tr").evaluateAll(rows => rows.map(row => row.dataset.referralId));
  if (order[0] !== escalation) { throw new Error(`escalation not first: ${order}`); }
  if (await page.locator(`tr.escalation[data-referral-id="${ordinary}"]`).count() !== 0) {
    throw new Error("the ordinary referral is marked as an escalation");
  }
  if (!order.includes(ordinary)) { throw new Error(`ordinary referral missing: ${order}`); }
  const wallText = await page.locator("#feed").innerText();
  if (wallText.includes("Kerry")) { throw new Error("names shown on the wall screen"); }

  // The decision's reason is on the screen as text, and a new escalation was read out.
  await page.locator(`tr[data-referral-id="${ordinary}"] .reason`).waitFor({ timeout: 20_000 });
  await page.locator("#announcer", { hasText: /escalation/i }).waitFor({ timeout: 10_000 });

  await page.locator(`tr[data-referral-id="${ordinary}"] button`, { hasText: "Show names" }).click();
  await page.locator(`tr[data-referral-id="${ordinary}"] .names`, { hasText: "Kerry " }).waitFor({ timeout: 10_000 });

  // A live update (a third family's referral) leaves focus where it was and revealed names shown.
  const escalationTriage = page.locator(`tr[data-referral-id="${escalation}"] button.triage`);
  await escalationTriage.focus();
  const third = await refer("BROWSER-3", false);
  await page.locator(`tr[data-referral-id="${third}"]`).waitFor({ timeout: 20_000 });
  if (!(await escalationTriage.evaluate(button => button === document.activeElement))) {
    throw new Error("a live update took the focus away");
  }
  await page.locator(`tr[data-referral-id="${ordinary}"] .names`, { hasText: "Kerry " }).waitFor({ timeout: 1_000 });

  // Triage the ordinary family with the keyboard: a missing team is explained, then the triage is recorded.
  await page.locator(`tr[data-referral-id="${ordinary}"] button.triage`).focus();
  await page.keyboard.press("Enter");
  await page.locator("#triage-dialog[open]").waitFor({ timeout: 5_000 });
  if (!(await page.locator("#outcome-accept").evaluate(radio => radio === document.activeElement))) {
    throw new Error("the triage form did not take the focus");
  }
  await page.locator("#triage-reason").fill("Needs help with attendance; no risk seen.");
  await page.locator("#triage-form button[type=submit]").focus();
  await page.keyboard.press("Enter");
  await page.locator("#triage-error", { hasText: "team" }).waitFor({ timeout: 10_000 });
  await checkAccessibility(page, "duty screen, triage form with an error");
  await page.locator("#triage-team").fill("MELTON");
  await page.locator("#triage-form button[type=submit]").focus();
  await page.keyboard.press("Enter");
  await page.locator("#triage-dialog:not([open])").waitFor({ state: "attached", timeout: 10_000 });
  await page.locator(`tr[data-referral-id="${ordinary}"] .triage-status`, { hasText: "Accepted for Early Help · MELTON" })
    .waitFor({ timeout: 20_000 });
  if (await page.locator(`tr[data-referral-id="${ordinary}"] button.triage`).isVisible()) {
    throw new Error("a triaged family still offers the triage button");
  }
  await page.locator(`tr[data-referral-id="${ordinary}"] .names`, { hasText: "Kerry " }).waitFor({ timeout: 1_000 });

  // The filters: triaged families only, then one team.
  await page.locator("#triage-filter").selectOption("TRIAGED");
  if (!(await page.locator(`tr[data-referral-id="${ordinary}"]`).isVisible())
      || await page.locator(`tr[data-referral-id="${escalation}"]`).isVisible()) {
    throw new Error("the triage filter shows the wrong rows");
  }
  await page.locator("#triage-filter").selectOption("");
  await page.locator("#team-filter").fill("melton");
  if (await page.locator(`tr[data-referral-id="${third}"]`).isVisible()) { throw new Error("the team filter shows another team's row"); }
  await page.locator("#team-filter").fill("");

  await checkAccessibility(page, "duty screen, live");
  if (DUTY_TOKEN) { await checkTokenUnreadable(page, DUTY_TOKEN); }
  await page.screenshot({ path: SCREENSHOT, fullPage: true });
  console.log(`duty screen OK: ${order.length} rows, escalation first; screenshot ${SCREENSHOT}`);
} catch (error) {
  console.error(`duty screen FAILED: ${error.stack ?? error}`);
  process.exitCode = 1;
} finally {
  await browser.close();
}
