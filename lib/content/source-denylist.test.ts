import { describe, expect, it } from 'vitest';
import { deniedSource } from './source-denylist';

describe('deniedSource', () => {
  it.each([
    ['https://geteasyunlock.com/pages/blog', 'unlock-vendor'],
    ['https://www.gearbest.com/blog/imei', 'reseller'],
    ['https://xiaomisale.com/pages/refund-return-policy', 'reseller'],
    ['https://test.chileatiende.cl/fichas/1', 'placeholder'],
    ['https://web-uat.fecredit.cloud/faq', 'placeholder'],
    ['https://stg.u.ae/en/x', 'placeholder'],
    ['https://admin.mvs.editor80.com/x', 'placeholder'],
    ['http://localhost:3000/en', 'placeholder'],
    ['http://127.0.0.1/en', 'placeholder'],
    ['https://example.org/', 'placeholder'],
  ])('rejects %s as %s', (url, kind) => {
    expect(deniedSource(url)).toBe(kind);
  });
  it.each(['https://www.mi.com/in/support/', 'https://developer.android.com/x', 'https://www.payjoy.com/about/', 'https://testbook.com/x', 'https://www.rbi.org.in/'])(
    'accepts %s',
    (url) => {
      expect(deniedSource(url)).toBeUndefined();
    },
  );
});
