import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { Messages } from 'next-intl';
import { otherCountry, unknownBrand, type AskingNode, type Flow } from '@/lib/flow/schema';
import { optionIds } from '@/lib/flow/resolve';
import { loadQuestionText } from '@/lib/flow/load';
import { countryName } from '@/lib/country-names';
import { countryRegion, regions, type Region } from '@/lib/flow/regions';

/** A maker or lock app the brand question offers, as the English messages name it (content:check keeps flow and messages in step). */
export type BrandKey = keyof Messages['troubleshoot']['brand']['notes'];

export type QuestionWords = { question: string; options: { id: string; label: string }[] };

/**
 * The question and its option labels in a locale: from MDX for questions,
 * from messages for country and brand questions. Countries come sorted by
 * their name in the reader's language.
 */
export async function questionWords(flow: Flow, node: AskingNode, locale: string): Promise<QuestionWords> {
  if (node.type === 'country') {
    const t = await getTranslations({ locale, namespace: 'troubleshoot' });
    const collator = new Intl.Collator(locale);
    const countries = optionIds(flow, node)
      .filter((id) => id !== otherCountry)
      .map((id) => ({ id, label: countryName(id, locale) }))
      .sort((a, b) => collator.compare(a.label, b.label));
    return { question: t('country.question'), options: [...countries, { id: otherCountry, label: t('country.other') }] };
  }
  if (node.type === 'brand') {
    const t = await getTranslations({ locale, namespace: 'troubleshoot' });
    return {
      question: t('brand.question'),
      options: optionIds(flow, node).map((id) => ({ id, label: t(`brand.options.${id === unknownBrand ? 'not-sure' : (id as BrandKey)}`) })),
    };
  }
  const text = loadQuestionText(locale, node.id);
  if (!text) throw new Error(`no text for troubleshoot node ${node.id}`);
  return { question: text.frontmatter.question, options: node.options.map((o) => ({ id: o.id, label: text.frontmatter.options[o.id] ?? o.id })) };
}

/** Country options grouped by part of the world, in the order of `regions`; "another country" is left out. */
export function byRegion(options: QuestionWords['options']): { region: Region; options: QuestionWords['options'] }[] {
  return regions.map((region) => ({ region, options: options.filter((o) => countryRegion[o.id] === region) })).filter((g) => g.options.length > 0);
}
