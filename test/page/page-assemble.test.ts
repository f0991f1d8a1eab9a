import { describe, expect, it } from 'vitest';
import { assemblePage, inlineScript, PAGE_CSP } from '../../src/page/assemble.js';
import { DEFAULT_EDITION } from '../../src/reglement/index.js';

/** The page's text: nothing inlined in it can close its script elements, and the same input writes the same bytes. */
const territoire = {
  'meta.json': { source: 's', version: '1', millesime: 2022, departements: { '42': 'Loire', '69': 'Rhône' } },
  'epci-departements.json': {},
  'departement-42.json': { communes: { '42218': ['Saint-Étienne', '214202186', 174082] }, anciens: {}, epci: {} },
  'departement-69.json': { communes: { '69123': ['Lyon', '216901231', 522250] }, anciens: {}, epci: {} },
};

describe('assemblePage', () => {
  it('keeps a `</script>` or `<!--` of the code, the edition or the data inside their elements', () => {
    const hostile = '</script><script>window.pwned = 1</script><!--';
    const script = `window.said = ${JSON.stringify(hostile)}; window.matched = /<\\/script>|<!--/u.test(${JSON.stringify(hostile)});`;
    const html = assemblePage({
      script,
      lang: 'fr',
      version: '1.0.0',
      reglement: { ...DEFAULT_EDITION, organisme: hostile },
      territoire,
      realWords: [hostile],
    });
    // Two script elements (the data, the code), each closed once; no comment opened (which would make a
    // `<script` inside a script element count).
    expect(html.match(/^<script\b/gim)).toHaveLength(2);
    expect(html.match(/<\/script/gi)).toHaveLength(2);
    expect(html).not.toContain('<!--');
    // The escaped code still means what it meant.
    const code = /<script>(.*)<\/script>/s.exec(html)![1]!;
    const window: Record<string, unknown> = {};
    new Function('window', code)(window);
    expect(window).toEqual({ said: hostile, matched: true });
    expect(inlineScript('/<!--/u.test("<!--")')).toBe('/<\\x21--/u.test("<\\x21--")');
  });

  it('writes the same page for the same input, with its policy first in the head', () => {
    const input = { script: 'void 0', lang: 'en' as const, version: '1.0.0', reglement: DEFAULT_EDITION, territoire, realWords: [] };
    const html = assemblePage(input);
    expect(assemblePage(input)).toBe(html);
    expect(html).toMatch(
      /^<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="([^"]+)">/,
    );
    expect(PAGE_CSP).toMatch(/^default-src 'none'; /);
    expect(PAGE_CSP).not.toMatch(/connect-src|https?:|\*/);
  });
});
