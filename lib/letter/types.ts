import type { LetterBody } from './bodies';
import type { Locale } from '@/lib/i18n/routing';
import type { FieldId, LetterType } from '@/lib/letter/fields';
import type { LenderOption } from '@/lib/letter/lenders';
import type { BlankLabels, LetterTemplate } from '@/lib/letter/render';
import type { LetterErrorMessages } from '@/lib/letter/schema';

/** Words the form needs, translated on the server from the `letter` namespace. */
export type LetterUiMessages = {
  form: Record<
    | 'typeLegend'
    | 'letterLocaleLabel'
    | 'letterLocaleHint'
    | 'detailsTitle'
    | 'optional'
    | 'lenderHint'
    | 'submit'
    | 'errorSummaryTitle'
    | 'saved'
    | 'clear'
    | 'clearQuestion'
    | 'clearYes'
    | 'clearNo'
    | 'cleared'
    | 'prefillTitle'
    | 'prefillBody'
    | 'packLoading'
    | 'packFailed'
    | 'packRetry'
    | 'imeiHelpSummary'
    | 'imeiHelpDial'
    | 'imeiHelpBox'
    | 'imeiHelpSettings'
    | 'imeiHelpInvoice'
    | 'imeiHelpDual',
    string
  >;
  fields: Record<FieldId, { label: string; hint: string }>;
  errors: LetterErrorMessages;
  preview: Record<
    'title' | 'hint' | 'copy' | 'copied' | 'copyFailed' | 'download' | 'print' | 'email' | 'emailTo' | 'emailNoAddress' | 'readAloud' | 'stopReading',
    string
  >;
};

/** Per letter language: the templates, the [blank] labels and the word "Subject". */
export type LetterLanguagePack = { templates: Record<LetterType, LetterTemplate>; blanks: BlankLabels; subjectWord: string };

export type LetterToolProps = {
  pageLocale: Locale;
  messages: LetterUiMessages;
  /** The page language's templates; other letter languages are fetched when chosen. */
  pack: LetterLanguagePack;
  localeNames: Record<Locale, string>;
  lenders: LenderOption[];
  /** Countries the data knows, for checking `?country=`. */
  countries: string[];
  /** Per country, its complaint bodies: `?country=` (with `?lender=`, the one that fits it) prefills the regulator letter's recipient. */
  complaintBodies: Record<string, LetterBody[]>;
};
