import { ResponsiveImage } from '../ResponsiveImage';
import { loadOptions } from '@/lib/content';
import { localImage } from '@/lib/content/load';

/**
 * `![alt](/assets/img/plot.png)`: local images go through next/image
 * (responsive sizes, lazy, no layout shift); others stay plain images.
 */
export function MarkdownImage({ src, alt = '', title }: React.ComponentProps<'img'>) {
  const local = typeof src === 'string' && src.startsWith('/') && !src.startsWith('//') ? localImage(src, '/', loadOptions().publicDir) : null;
  if (!local) {
    // eslint-disable-next-line @next/next/no-img-element -- a remote or missing image (the check reports missing ones)
    return <img src={typeof src === 'string' ? src : undefined} alt={alt} title={title} loading="lazy" className="h-auto max-w-full" />;
  }
  return <ResponsiveImage src={local.src} alt={alt} title={title} width={local.width} height={local.height} sizes="(min-width: 768px) 704px, 100vw" className="h-auto max-w-full rounded-lg" />;
}
