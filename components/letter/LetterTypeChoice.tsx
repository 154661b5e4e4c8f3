'use client';

import type { UseFormRegister } from 'react-hook-form';
import { letterTypes, type LetterType } from '@/lib/letter/fields';
import type { LetterTemplate } from '@/lib/letter/render';
import type { LetterFormValues } from '@/lib/letter/schema';

/** The kind of letter, one radio button each, with what the letter is for under its title. */
export function LetterTypeChoice({
  templates,
  legend,
  error,
  register,
}: {
  templates: Record<LetterType, Pick<LetterTemplate, 'title' | 'description'>>;
  legend: string;
  error: string | undefined;
  register: UseFormRegister<LetterFormValues>;
}) {
  return (
    <fieldset className={`mb-8 ${error ? 'border-s-4 border-danger ps-4' : ''}`} aria-describedby={error ? 'letter-type-error' : undefined}>
      <legend className="mb-3 text-xl font-bold">{legend}</legend>
      {error ? (
        <p id="letter-type-error" className="mb-3 font-bold text-danger">
          {error}
        </p>
      ) : null}
      <div className="space-y-3">
        {letterTypes.map((t) => (
          <div key={t} className="flex items-start gap-3">
            <input
              type="radio"
              id={`letter-type-${t}`}
              value={t}
              aria-describedby={`letter-type-${t}-hint`}
              className="mt-1 h-6 w-6 shrink-0 accent-brand"
              {...register('type')}
            />
            <div>
              <label htmlFor={`letter-type-${t}`} className="block font-bold">
                {templates[t].title}
              </label>
              <p id={`letter-type-${t}-hint`} className="m-0 text-muted">
                {templates[t].description}
              </p>
            </div>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
