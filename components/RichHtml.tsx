import type { SafeHtml } from '@/lib/sanitize/sanitize';

/**
 * HTML the author wrote in front matter (al-folio allows it in `subtitle`,
 * `more_info`, `footer_text`), as the content layer sanitized it.
 */
export function RichHtml({ html, className, as: Tag = 'div' }: { html: SafeHtml; className?: string; as?: 'div' | 'span' }) {
  return <Tag className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
