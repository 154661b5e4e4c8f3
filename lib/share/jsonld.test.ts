import { describe, expect, it } from 'vitest';
import { howTo, jsonLdText, stepTitles } from './jsonld';

describe('json-ld', () => {
  it('reads step titles from MDX', () => {
    const body = '<Steps>\n<Step title="Call your lender">x</Step>\n<Step title=\'اتصل بالمقرض\'>y</Step>\n</Steps>';
    expect(stepTitles(body)).toEqual(['Call your lender', 'اتصل بالمقرض']);
  });

  it('numbers HowTo steps', () => {
    const data = howTo({ url: 'https://x.org/en/t', title: 'T', description: 'D', locale: 'en', steps: ['a', 'b'] });
    expect(data.step.map((s) => s.position)).toEqual([1, 2]);
  });

  it('cannot close the script element', () => {
    expect(jsonLdText({ name: '</script><script>alert(1)</script>' })).not.toContain('<');
  });
});
