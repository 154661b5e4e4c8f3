'use client';

import { usePathname } from 'next/navigation';
import { switchLocalePath } from '@/lib/i18n/paths';

/**
 * Links to this same page in every language. Plain links inside <details>:
 * it opens and works without JavaScript; the path comes from the router so the
 * reader stays on the page they were reading.
 */
export function LanguageSwitcher({ current, label, options }: { current: string; label: string; options: { code: string; name: string }[] }) {
  const pathname = usePathname() ?? `/${current}`;
  const currentName = options.find((o) => o.code === current)?.name ?? current;
  return (
    <nav aria-label={label} className="relative">
      <details className="group">
        <summary className="inline-flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-sm border-2 border-white px-3 py-1 font-semibold marker:hidden">
          <svg aria-hidden="true" focusable="false" width="18" height="18" viewBox="0 0 24 24">
            <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" strokeWidth="2" />
            <path d="M2 12h20M12 2c3 3.5 3 16.5 0 20M12 2c-3 3.5-3 16.5 0 20" fill="none" stroke="currentColor" strokeWidth="2" />
          </svg>
          <span>
            <span className="sr-only">{label}: </span>
            {currentName}
          </span>
        </summary>
        <ul className="absolute end-0 z-40 mt-2 w-56 list-none border-2 border-ink bg-white p-2 text-ink shadow-lg">
          {options.map((o) => (
            <li key={o.code}>
              <a
                href={switchLocalePath(pathname, o.code)}
                hrefLang={o.code}
                lang={o.code}
                aria-current={o.code === current ? 'true' : undefined}
                className="flex min-h-11 items-center px-2 text-ink visited:text-ink aria-[current=true]:font-bold"
              >
                {o.name}
              </a>
            </li>
          ))}
        </ul>
      </details>
    </nav>
  );
}
