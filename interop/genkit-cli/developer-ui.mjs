// Opens the Genkit Developer UI (served by `genkit start` at the URL given) in headless Chromium and checks that it
// lists the Java menu flows and, on menuSuggestion's page, the `theme` field of its input schema. Exits non-zero on
// failure. Only runs where the UI's web assets are present (see DeveloperUiTest).
import { chromium } from 'playwright-core';

const [url, executablePath = '/usr/bin/chromium'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'networkidle', timeout: 60_000 });
  for (const flow of ['menuSuggestion', 'menuStream', 'menuQuestion']) {
    await page.getByText(flow).first().waitFor({ timeout: 60_000 });
  }
  await page.getByText('menuSuggestion').first().click();
  await page.getByText('theme').first().waitFor({ timeout: 60_000 });
  console.log('The Developer UI lists the Java flows and shows menuSuggestion\'s input schema');
} finally {
  await browser.close();
}
