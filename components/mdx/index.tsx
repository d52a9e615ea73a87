import type { MDXComponents } from 'mdx/types';
import type { Content, Document } from '@/lib/content';
import type { ComponentName, PropsOf } from '@/lib/mdx/vocabulary';
import { Callout } from './Callout';
import { CodeBlock } from './CodeBlock';
import { Figure, Figures } from './Figure';
import { MarkdownImage } from './MarkdownImage';
import { Mermaid } from './Mermaid';
import { Projects } from './Projects';
import { Video, YouTube } from './Video';
import { Cite } from '../publications/Cite';
import { Publications, type PublicationsProps } from '../publications/Publications';

/** A wide table scrolls sideways on a phone instead of widening the page. */
function Table(props: React.ComponentProps<'table'>) {
  return (
    <div className="table-scroll" role="region" aria-label="Table" tabIndex={0}>
      <table {...props} />
    </div>
  );
}

/** The MDX element overrides and components that need no data of the site: the feeds render with these too. */
export const mdxComponents = {
  Figure,
  Figures,
  Callout,
  Video,
  YouTube,
  Cite,
  // Made by the pipeline from ```mermaid blocks, not written by authors.
  Mermaid,
  img: MarkdownImage,
  pre: CodeBlock,
  table: Table,
} satisfies MDXComponents;

/**
 * Every component of the vocabulary (lib/mdx/vocabulary.ts) for one
 * document's body, with the element overrides; a name the vocabulary gains
 * without its component here fails the type check. The site's data is bound
 * in by the page that renders the body (components load no content
 * themselves): `<Publications />` lists the site's publications,
 * `<Projects />` its projects, with the page's `display_categories` and `horizontal`.
 */
export function documentComponents(content: Content, doc: Document) {
  // A page's own defaults for <Projects /> (a post's body has none).
  const page = content.pages.find((p) => p === doc)?.projects;
  return {
    ...mdxComponents,
    Publications: (props: PublicationsProps) => <Publications {...props} publications={content.publications} site={content.site} />,
    Projects: (props: PropsOf<'Projects'>) => <Projects {...props} content={content} page={page} />,
  } satisfies MDXComponents & Record<ComponentName, unknown>;
}
