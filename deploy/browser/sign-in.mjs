// Browser test of signing in to the pages through the council's identity provider (OpenID Connect, authorization
// code flow), in Debian's Chromium driven by playwright-core, against services started with the local runner's
// Keycloak (deploy/run-local --sign-in). For each visit: the page, signed out, sends the browser to the provider; the
// person signs in there with the keyboard and comes back to the page they asked for, signed in with an HttpOnly
// session no script can read, and sees it as their role allows (the roles come from the provider's groups claim).
// Accessibility (axe) is checked on each page reached. A visit with "signOut" then signs out from the page.
//   VISITS='[{"url":"http://127.0.0.1:8083/insights","username":"manager","password":"manager","status":200,
//            "shows":"#period","provider":"http://localhost:8180/realms/earlyhelp"}]' SCREENSHOT=target/signed-in.png \
//   node sign-in.mjs
import { checkAccessibility, checkSessionUnreadable, launch, signInAtProvider } from "./pages.mjs";

const visits = JSON.parse(process.env.VISITS);
const browser = await launch();

try {
  for (const visit of visits) {
    const what = `${visit.username} at ${visit.url}`;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(visit.url);
    if (!page.url().startsWith(visit.provider)) {
      throw new Error(`${what}: signed out, the page did not send the browser to the provider but to ${page.url()}`);
    }
    await signInAtProvider(page, visit.username, visit.password);
    await page.waitForURL(visit.url, { timeout: 30_000 });
    await checkSessionUnreadable(page);
    // Signed in now: the page answers as the person's role allows.
    const response = await page.reload();
    if (response.status() !== visit.status) {
      throw new Error(`${what}: expected ${visit.status}, got ${response.status()}: ${(await page.content()).slice(0, 300)}`);
    }
    await page.locator(visit.shows).first().waitFor({ timeout: 20_000 });
    await checkAccessibility(page, what);
    if (visit.signOut) {
      // Signing out ends the provider's session too: the page, asked for again, sends the browser to sign in.
      await page.getByRole("link", { name: "Sign out" }).press("Enter");
      await page.waitForURL(url => url.toString().startsWith(visit.provider), { timeout: 30_000 });
      await page.locator("#username").waitFor({ timeout: 20_000 });
    }
    if (process.env.SCREENSHOT) { await page.screenshot({ path: process.env.SCREENSHOT, fullPage: true }); }
    await context.close();
    console.log(`sign-in OK: ${what} -> ${visit.status}`);
  }
} catch (error) {
  console.error(`sign-in FAILED: ${error.stack ?? error}`);
  process.exitCode = 1;
} finally {
  await browser.close();
}
