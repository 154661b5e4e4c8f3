import 'server-only';
import { getTranslations } from 'next-intl/server';
import { otherCountry, type CountryNode, type Flow, type QuestionNode } from '@/lib/flow/schema';
import { optionIds } from '@/lib/flow/resolve';
import { loadQuestionText } from '@/lib/flow/load';

export type QuestionWords = { question: string; options: { id: string; label: string }[] };

/** A country's name in the reader's language, from the runtime's own data (no translation files to keep). */
function countryName(locale: string, code: string): string {
  return new Intl.DisplayNames([locale], { type: 'region' }).of(code.toUpperCase()) ?? code.toUpperCase();
}

/** The question and its option labels in a locale: from MDX for questions, from messages for country questions. */
export async function questionWords(flow: Flow, node: QuestionNode | CountryNode, locale: string): Promise<QuestionWords> {
  if (node.type === 'country') {
    const t = await getTranslations({ locale, namespace: 'troubleshoot' });
    return {
      question: t('country.question'),
      options: optionIds(flow, node).map((id) => ({ id, label: id === otherCountry ? t('country.other') : countryName(locale, id) })),
    };
  }
  const text = loadQuestionText(locale, node.id);
  if (!text) throw new Error(`no text for troubleshoot node ${node.id}`);
  return { question: text.frontmatter.question, options: node.options.map((o) => ({ id: o.id, label: text.frontmatter.options[o.id] ?? o.id })) };
}
