import { describe, expect, it } from 'vitest';
import { isContentPath, isDynamicContentPath, isLocalePath, stripRuntime } from './runtime-free.mjs';

const page = [
  '<!DOCTYPE html><html lang="en"><head>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
  '<link rel="modulepreload" href="/_next/static/chunks/m.js"/>',
  '<link rel="preload" as="font" href="/_next/static/media/f.woff2" crossorigin=""/>',
  '<script src="/_next/static/chunks/c.js" async=""></script>',
  '<script src="/_next/static/chunks/poly.js" noModule=""></script>',
  '</head><body><main><h1>Title</h1><p>Text with &lt;script&gt; in it.</p></main>',
  '<script type="module" src="/enhance/main.js"></script>',
  '<script type="application/json" id="lender-docs">[{"id":"x"}]</script>',
  '<script type="application/ld+json">{"@type":"WebPage"}</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"5:[\\"$\\",\\"div\\"]"])</script>',
  '<script nonce="abc">document.write("x")</script>',
  '</body></html>',
].join('');

describe('stripRuntime', () => {
  const out = stripRuntime(page);
  it("takes out Next's and React's scripts, inline and external, and script preloads", () => {
    expect(out).not.toContain('/_next/static/chunks/c.js');
    expect(out).not.toContain('poly.js');
    expect(out).not.toContain('self.__next_f');
    expect(out).not.toContain('document.write');
    expect(out).not.toContain('b.js');
    expect(out).not.toContain('m.js');
  });
  it('keeps our modules, data blocks, styles, font preloads and the content', () => {
    expect(out).toContain('<script type="module" src="/enhance/main.js"></script>');
    expect(out).toContain('<script type="application/json" id="lender-docs">[{"id":"x"}]</script>');
    expect(out).toContain('application/ld+json');
    expect(out).toContain('/_next/static/chunks/a.css');
    expect(out).toContain('as="font"');
    expect(out).toContain('<h1>Title</h1><p>Text with &lt;script&gt; in it.</p>');
  });
  it('changes nothing in a page without scripts', () => {
    const plain = '<html><body><p>Hi</p></body></html>';
    expect(stripRuntime(plain)).toBe(plain);
  });
});

describe('which pages are content pages', () => {
  it('every page under a locale but the interactive tools', () => {
    for (const p of [
      '/en',
      '/ar/troubleshoot/installment',
      '/hi/avoid',
      '/en/guides/find-your-imei',
      '/en/lenders',
      '/en/lenders/x',
      '/en/contacts/in',
      '/en/second-hand',
      '/en/search',
      '/en/offline',
    ])
      expect(isContentPath(p), p).toBe(true);
    for (const p of ['/en/letter', '/ur/share', '/', '/_next/static/x.js', '/og/en/avoid']) expect(isContentPath(p), p).toBe(false);
  });
  it("pages of the site are those under a locale, the tools included; not Next's files, nor preview images", () => {
    for (const p of ['/en', '/en/', '/ar/no-such-page', '/en/letter', '/ur/share/x', '/en/letter/templates.json']) expect(isLocalePath(p), p).toBe(true);
    for (const p of ['/', '/_next/static/x.js', '/og/en/avoid', '/enhance/main.js', '/sw.js', '/sitemap.xml', '/english'])
      expect(isLocalePath(p), p).toBe(false);
  });
  it('the pages rendered on request are search and the lender lookup', () => {
    expect(isDynamicContentPath('/en/search')).toBe(true);
    expect(isDynamicContentPath('/ar/lenders')).toBe(true);
    expect(isDynamicContentPath('/ar/lenders/x')).toBe(false);
    expect(isDynamicContentPath('/en/letter')).toBe(false);
  });
});
