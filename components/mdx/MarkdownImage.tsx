import { ResponsiveImage } from '../ResponsiveImage';
import { siteImage } from '@/lib/images';

/**
 * `![alt](/assets/img/plot.png)`, and `<img>` in HTML or JSX: the site's
 * own images are made responsive at build (lib/images/: sizes, formats,
 * lazy, no layout shift); others stay plain images.
 */
export function MarkdownImage({ src, alt = '', title }: React.ComponentProps<'img'>) {
  // An <img> with no source (none written, or one the sanitizer refused) shows its text, as a broken image does.
  if (typeof src !== 'string' || src === '') return alt ? <>{alt}</> : null;
  const local = src.startsWith('/') && !src.startsWith('//') ? siteImage(src) : null;
  if (!local) {
    // eslint-disable-next-line @next/next/no-img-element -- an image of another site (the check reports a missing one of this site)
    return <img src={src} alt={alt} title={title} loading="lazy" className="h-auto max-w-full" />;
  }
  return <ResponsiveImage image={local} role="figure" alt={alt} title={title} className="h-auto max-w-full rounded-lg" />;
}
