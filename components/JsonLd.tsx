import { jsonLdText } from '@/lib/seo/jsonld';

/** Structured data for search engines, escaped so no text in it can close the script. */
export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />;
}
