import sanitizeHtml from 'sanitize-html';

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...sanitizeHtml.defaults.allowedTags, 'img'],
  allowedAttributes: { ...sanitizeHtml.defaults.allowedAttributes, '*': ['class', 'title', 'lang'], img: ['src', 'alt', 'width', 'height'] },
  allowedSchemes: ['http', 'https', 'mailto'],
};

/**
 * HTML the author wrote in front matter (al-folio allows it in `subtitle`,
 * `more_info`, `footer_text`): rendered as HTML, with scripts and event
 * handlers removed, as in MDX bodies.
 */
export function RichHtml({ html, className, as: Tag = 'div' }: { html: string; className?: string; as?: 'div' | 'span' }) {
  return <Tag className={className} dangerouslySetInnerHTML={{ __html: sanitizeHtml(html, OPTIONS) }} />;
}
