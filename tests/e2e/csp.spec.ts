import { expect, test, type Page } from '@playwright/test';
import { builtPages } from './site';

declare global {
  interface Window {
    __cspViolations: string[];
  }
}

/** Records every CSP violation the page reports, from before its first script runs. */
async function watchCsp(page: Page): Promise<string[]> {
  const console: string[] = [];
  page.on('console', (m) => /Content Security Policy/i.test(m.text()) && console.push(`${page.url()}: ${m.text()}`));
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations.push(`${location.pathname}: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sample})`),
    );
  });
  return console;
}

const violations = (page: Page) => page.evaluate(() => window.__cspViolations);

const policyOf = (page: Page) =>
  page.locator('meta[http-equiv="content-security-policy" i]').evaluateAll((metas) => metas.map((m) => m.getAttribute('content') ?? ''));

/** "script-src 'self' 'sha256-…'" → Map { 'script-src' => ["'self'", "'sha256-…'"] } */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name.toLowerCase(), sources]),
  );
}

/**
 * One visit per page: the policy the page ships (its CSP <meta>, written by Astro from
 * astro.config.mjs) is strict, the markup has nothing that needs 'unsafe-inline', and the page
 * runs under it with no violation, including a search (our index, fetched after a keystroke).
 */
for (const path of builtPages()) {
  test(`${path} ships one strict policy and runs under it`, async ({ page }) => {
    const console = await watchCsp(page);
    await page.goto(path);

    const policies = await policyOf(page);
    expect(policies, `${path}: one CSP <meta>`).toHaveLength(1);
    const d = directives(policies[0]);
    expect(d.get('default-src'), path).toEqual(["'self'"]);
    expect(d.get('object-src'), path).toEqual(["'none'"]);
    expect(d.get('base-uri'), path).toEqual(["'self'"]);
    for (const name of ['script-src', 'script-src-elem', 'script-src-attr']) {
      for (const source of d.get(name) ?? []) {
        expect(source, `${path}: ${name} allows ${source}`).toMatch(/^'(self|sha(256|384|512)-[A-Za-z0-9+/=]+)'$/);
      }
    }
    expect(d.get('script-src'), path).toContain("'self'");
    for (const name of ['style-src', 'style-src-elem', 'style-src-attr'])
      expect(d.get(name) ?? [], `${path}: ${name}`).not.toContain("'unsafe-inline'");

    const inline = await page.evaluate(() =>
      [...document.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes]
          .filter((a) => /^on/i.test(a.name) || (/^(href|src|action|formaction)$/i.test(a.name) && /^\s*javascript:/i.test(a.value)))
          .map((a) => `<${el.localName} ${a.name}="${a.value}">`),
      ),
    );
    expect(inline, `${path}: inline event handlers or javascript: URLs`).toEqual([]);

    const search = page.locator('input[type="search"]:visible').first();
    if (await search.count()) {
      const index = page.waitForResponse((r) => /\/search\/[^/]+\.json$/.test(new URL(r.url()).pathname) && r.ok());
      await search.fill('电商');
      await index;
      // Done when results are drawn (the header list or the search page's), not after a fixed wait.
      await expect(page.locator('#site-search-list mark, .search-result mark').first()).toBeAttached();
    }
    expect(await violations(page), path).toEqual([]);
    expect(console, path).toEqual([]);
  });
}

test('the policy is enforced: an injected inline script and handler are blocked and reported', async ({ page }) => {
  // Proves the watcher above can fail: the same listener sees these two violations.
  const console = await watchCsp(page);
  await page.goto('/');
  const ran = await page.evaluate(async () => {
    const w = window as unknown as { injected?: boolean };
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
    const img = document.createElement('img');
    img.setAttribute('onerror', 'window.injected = true');
    img.src = 'data:,';
    document.body.append(img);
    return w.injected === true;
  });
  expect(ran).toBe(false);
  // Both reports arrive asynchronously: wait for them rather than for a fixed time.
  await page.waitForFunction(() => window.__cspViolations.length >= 2);
  const seen = await violations(page);
  expect(seen.some((v) => v.includes('script-src'))).toBe(true);
  expect(seen.length).toBeGreaterThanOrEqual(2);
  expect(console.length).toBeGreaterThan(0);
});
