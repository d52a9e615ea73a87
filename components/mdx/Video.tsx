import type { PropsOf } from '@/lib/mdx/vocabulary';
import { href } from '@/lib/routing/urls';
import { YouTubeEmbed } from './YouTubeEmbed';

type VideoProps = PropsOf<'Video'>;

/**
 * `<Video src="/assets/video/demo.mp4" />` plays a local file;
 * `<Video youtube="VIDEO_ID" title="..." />` (or `<YouTube id=...>`) embeds
 * YouTube without loading anything from it until the visitor clicks.
 */
export function Video({ src, youtube, title, caption, poster }: VideoProps) {
  return (
    <figure className="my-8">
      {youtube ? (
        <YouTubeEmbed id={youtube} title={title ?? caption ?? 'YouTube video'} />
      ) : (
        <video controls preload="metadata" playsInline poster={poster && href(poster)} className="w-full rounded-lg border border-line" aria-label={title ?? caption}>
          <source src={src && href(src)} />
          <a href={src && href(src)}>Download the video</a>
        </video>
      )}
      {caption && <figcaption className="mt-2 text-center text-sm text-muted">{caption}</figcaption>}
    </figure>
  );
}

export function YouTube({ id, title, caption }: PropsOf<'YouTube'> & { id: string }) {
  return <Video youtube={id} title={title} caption={caption} />;
}
