/*
 * The one script of content pages (public/enhance/main.js, built by scripts/build-enhance.mjs with esbuild): small,
 * plain modules that add to pages which already work without JavaScript. What only one page needs is a separate
 * file, loaded by that page alone. Nothing here sends what a person types anywhere.
 */
import { startOffline } from '@/lib/offline/register';
import { enhanceOpenNow } from './open-now';
import { enhanceReadAloud } from './read-aloud';
import { enhanceShare } from './share';

function run(step: () => void) {
  try {
    step();
  } catch {
    // One enhancement failing leaves the page, and the others, as they are.
  }
}

run(startOffline);
run(enhanceShare);
run(enhanceReadAloud);
run(enhanceOpenNow);
if (document.querySelector('form[data-search-index]')) void import('./search').then((m) => run(m.enhanceSearch));
if (document.querySelector('form[data-lender-search]')) void import('./lenders').then((m) => run(m.enhanceLenderSearch));
if (document.querySelector('form[data-imei-checker]')) void import('./imei-checker').then((m) => run(m.enhanceImeiChecker));
if (document.querySelector('form[data-seller-declaration]')) void import('./seller-declaration').then((m) => run(m.enhanceSellerDeclaration));
