// Debian's headless Chromium, driven by playwright-core (which never downloads a browser), for the
// e2e tests that look at n8n's editor as a user does.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/** Chromium with a fresh profile; the flags keep it off this machine's closed network. */
export async function launchChromium(profileDir, { viewport = { width: 1440, height: 900 } } = {}) {
	return await chromium.launchPersistentContext(profileDir, {
		executablePath: CHROMIUM,
		headless: true,
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
		viewport,
	});
}

/** On a failure: a screenshot (and, with `html`, the page) in `dir`, named in the test's output. */
export async function keepFailure(t, page, dir, name, { html = false } = {}) {
	const shot = join(dir, `${name}.png`);
	await page.screenshot({ path: shot, fullPage: true }).catch(() => {});
	if (html) writeFileSync(join(dir, `${name}.html`), await page.content().catch(() => ''));
	t.diagnostic(`screenshot: ${shot}`);
}

/** The pencil next to the chosen credential, as a user opens it. */
export async function openCredentialDialog(page) {
	const edit = page.locator('[data-test-id="credential-edit-button"]').first();
	await edit.waitFor({ state: 'visible' });
	await edit.click();
}
