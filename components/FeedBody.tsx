/* eslint-disable @next/next/no-img-element -- feed readers get plain images: no next/image, no srcset into /_next */
import type { MDXComponents } from 'mdx/types';
import { href } from '@/lib/routing/urls';
import type { ComponentName } from '@/lib/mdx/vocabulary';
import type { Post } from '@/lib/content';
import { renderDocument } from '@/lib/mdx/pipeline';
import { mdxComponents } from './mdx';

type FigureProps = { src: string; alt?: string; caption?: string };

function Caption({ text }: { text?: string }) {
  return text ? <figcaption>{text}</figcaption> : null;
}

/**
 * The MDX components for a post's body in the feeds: plain HTML that reads
 * in a feed reader without the site's CSS or scripts. The site's own
 * components stay where they render static HTML; those with client code
 * (code copy button, diagrams, video embeds, BibTeX copy) and next/link or
 * next/image are replaced here. Relative links are made absolute afterwards.
 */
export const feedComponents = {
  ...mdxComponents,
  a: ({ className, href, children, title, id }: React.ComponentProps<'a'>) =>
    className?.split(' ').includes('heading-anchor') ? null : (
      <a href={href} title={title} id={id}>
        {children}
      </a>
    ),
  img: ({ src, alt = '', title }: React.ComponentProps<'img'>) => <img src={typeof src === 'string' ? href(src) : undefined} alt={alt} title={title} />,
  pre: (props: React.ComponentProps<'pre'>) => <pre {...props} />,
  table: (props: React.ComponentProps<'table'>) => <table {...props} />,
  // KaTeX writes each formula twice: MathML, which readers render, and HTML for the site's stylesheet.
  span: ({ className, ...props }: React.ComponentProps<'span'>) => (className?.split(' ').includes('katex-html') ? null : <span className={className} {...props} />),
  Figure: ({ src, alt = '', caption }: FigureProps) => (
    <figure>
      <img src={href(src)} alt={alt} />
      <Caption text={caption} />
    </figure>
  ),
  Figures: ({ children, caption }: { children: React.ReactNode; caption?: string }) => (
    <figure>
      {children}
      <Caption text={caption} />
    </figure>
  ),
  Callout: ({ type = 'note', title, children }: { type?: string; title?: string; children: React.ReactNode }) => (
    <blockquote>
      <p>
        <strong>{title ?? type.charAt(0).toUpperCase() + type.slice(1)}</strong>
      </p>
      {children}
    </blockquote>
  ),
  Video: ({ src, youtube, title, caption }: { src?: string; youtube?: string; title?: string; caption?: string }) => (
    <figure>
      {youtube ? (
        <a href={`https://www.youtube.com/watch?v=${encodeURIComponent(youtube)}`}>{title ?? caption ?? 'Watch the video on YouTube'}</a>
      ) : (
        <video controls src={src && href(src)}>
          <a href={src && href(src)}>{title ?? 'Download the video'}</a>
        </video>
      )}
      <Caption text={caption} />
    </figure>
  ),
  YouTube: ({ id, title, caption }: { id: string; title?: string; caption?: string }) => (
    <figure>
      <a href={`https://www.youtube.com/watch?v=${encodeURIComponent(id)}`}>{title ?? caption ?? 'Watch the video on YouTube'}</a>
      <Caption text={caption} />
    </figure>
  ),
  Mermaid: ({ chart }: { chart: string }) => (
    <pre>
      <code>{chart}</code>
    </pre>
  ),
  Publications: () => (
    <p>
      <em>The list of publications is on the web version of this post.</em>
    </p>
  ),
  Projects: () => (
    <p>
      <em>The list of projects is on the web version of this post.</em>
    </p>
  ),
} satisfies MDXComponents & Record<ComponentName, unknown>;

/** A post's body as feed markup (lib/seo/feeds.ts makes it safe and its links absolute). */
export async function renderFeedBody(post: Post): Promise<string> {
  const element = await renderDocument(post, feedComponents);
  // Imported where it runs: Next keeps react-dom/server out of modules that define components.
  const { renderToStaticMarkup } = await import('react-dom/server');
  return renderToStaticMarkup(element);
}
