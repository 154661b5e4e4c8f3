import type { ButtonHTMLAttributes, AnchorHTMLAttributes, ReactNode } from 'react';

type Variant = 'primary' | 'secondary' | 'warning' | 'start';

const base =
  'inline-flex min-h-11 items-center justify-center gap-2 rounded-sm px-4 py-2 text-base font-semibold no-underline shadow-[0_2px_0_var(--color-ink)] cursor-pointer disabled:cursor-not-allowed disabled:opacity-60 print:hidden';
const variants: Record<Variant, string> = {
  primary: 'bg-brand text-white visited:text-white hover:bg-brand-dark',
  start: 'bg-success text-white visited:text-white hover:bg-[#14532b] text-lg px-5 py-3',
  secondary: 'bg-surface text-ink visited:text-ink hover:bg-[#dbdad9]',
  warning: 'bg-danger text-white visited:text-white hover:bg-[#8c1d17]',
};

export function buttonClass(variant: Variant = 'primary', extra = ''): string {
  return `${base} ${variants[variant]} ${extra}`.trim();
}

export function Button({ variant = 'primary', className = '', type = 'button', ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return <button type={type} className={buttonClass(variant, className)} {...props} />;
}

/** A link styled as a button: navigation stays a link, so it works without JavaScript. */
export function ButtonLink({
  variant = 'primary',
  className = '',
  children,
  start = false,
  ...props
}: AnchorHTMLAttributes<HTMLAnchorElement> & { variant?: Variant; children: ReactNode; start?: boolean }) {
  return (
    <a className={`${buttonClass(start ? 'start' : variant, className)} print-link`} {...props}>
      {children}
      {start ? (
        <svg aria-hidden="true" focusable="false" width="17" height="19" viewBox="0 0 33 40" className="rtl:-scale-x-100">
          <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
        </svg>
      ) : null}
    </a>
  );
}
