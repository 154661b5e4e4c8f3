import { jsonLdText } from '@/lib/share/jsonld';

/** A schema.org data block. It is data, not code: browsers never run it, so the CSP does not apply. */
export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />;
}
