import { faPlay } from '@fortawesome/free-solid-svg-icons/faPlay';
import { Icon } from '../Icon';

/**
 * A YouTube video that loads nothing from YouTube until it is clicked: a
 * link to the video, which Folio's script (client/youtube.ts) turns into
 * the privacy-enhanced player (youtube-nocookie.com) when clicked. Without
 * JavaScript the link opens the video on YouTube.
 */
export function YouTubeEmbed({ id, title }: { id: string; title: string }) {
  return (
    <a
      href={`https://www.youtube.com/watch?v=${encodeURIComponent(id)}`}
      data-folio-youtube={id}
      data-title={title}
      className="group flex aspect-video w-full flex-col items-center justify-center gap-3 rounded-lg border border-line bg-surface text-ink no-underline"
    >
      <span className="flex size-16 items-center justify-center rounded-full bg-accent text-page transition-transform group-hover:scale-105">
        <Icon icon={faPlay} className="ml-1 size-6" />
      </span>
      <span className="px-4 text-center font-medium">
        Play video: {title}
        <span className="mt-1 block text-sm font-normal text-muted">Loads the player from YouTube</span>
      </span>
    </a>
  );
}
