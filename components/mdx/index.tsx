import Link from 'next/link';
import type { MDXComponents } from 'mdx/types';
import type { MdxComponentName } from './names';
import { Callout } from './Callout';
import { CodeBlock } from './CodeBlock';
import { Figure, Figures } from './Figure';
import { MarkdownImage } from './MarkdownImage';
import { Mermaid } from './Mermaid';
import { Video, YouTube } from './Video';

/** Internal links navigate client-side; external ones are plain anchors. */
function MdxLink({ href = '', ...props }: React.ComponentProps<'a'>) {
  if (href.startsWith('/') && !href.startsWith('//')) return <Link href={href} {...props} />;
  return <a href={href} {...props} />;
}

/** A wide table scrolls sideways on a phone instead of widening the page. */
function Table(props: React.ComponentProps<'table'>) {
  return (
    <div className="table-scroll" role="region" aria-label="Table" tabIndex={0}>
      <table {...props} />
    </div>
  );
}

/** Every MDX element override and component, in one place. */
export const mdxComponents = {
  Figure,
  Figures,
  Callout,
  Video,
  YouTube,
  // Made by the pipeline from ```mermaid blocks, not written by authors.
  Mermaid,
  a: MdxLink,
  img: MarkdownImage,
  pre: CodeBlock,
  table: Table,
} satisfies MDXComponents & Record<MdxComponentName, unknown>;
