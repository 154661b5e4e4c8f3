import { letterPath } from '@/lib/letter/path';
import type { ToolLink } from './schema';

/** The locale-less URL of a tool link, with the prefill the outcome calls for. */
export function toolPath(link: ToolLink, country?: string): string {
  switch (link.tool) {
    case 'lenders':
      return country ? `/lenders?country=${country}` : '/lenders';
    case 'contacts':
      return country ? `/contacts/${country}` : '/contacts';
    case 'letter':
      return letterPath({ type: link.type, country });
    case 'guide':
      return `/guides/${link.slug}`;
    case 'avoid':
      return '/avoid';
    case 'second-hand':
      return '/second-hand';
  }
}

/** The message key naming a tool link in the `troubleshoot` namespace. */
export function toolLabelKey(link: ToolLink, country?: string): string {
  switch (link.tool) {
    case 'letter':
      return `tools.letter.${link.type}`;
    case 'guide':
      return `tools.guide.${link.slug}`;
    case 'second-hand':
      return 'tools.secondHand';
    case 'lenders':
    case 'contacts':
      return `tools.${link.tool}${country ? 'Country' : ''}`;
    default:
      return `tools.${link.tool}`;
  }
}
