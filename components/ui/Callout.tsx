import type { ReactNode } from 'react';

type Tone = 'info' | 'warning' | 'danger' | 'success';

const tones: Record<Tone, string> = {
  info: 'border-brand bg-info-bg',
  warning: 'border-warning bg-warning-bg',
  danger: 'border-danger bg-danger-bg',
  success: 'border-success bg-success-bg',
};

/** A boxed note. `title` is optional; the tone is carried by colour and by the title's words, never by colour alone. */
export function Callout({ tone = 'info', title, children, headingLevel = 2 }: { tone?: Tone; title?: ReactNode; children: ReactNode; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className={`my-6 border-s-8 p-4 print:border print:border-s-8 ${tones[tone]}`} role={tone === 'danger' ? 'note' : undefined}>
      {title ? <Heading className="mb-2 text-lg font-bold">{title}</Heading> : null}
      <div className="space-y-3 [&>p]:m-0">{children}</div>
    </div>
  );
}
