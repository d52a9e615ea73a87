'use client';
import { useState } from 'react';
import { faPlay } from '@fortawesome/free-solid-svg-icons/faPlay';
import { Icon } from '../Icon';

/**
 * A YouTube video that loads nothing from YouTube until it is clicked; then
 * the privacy-enhanced player (youtube-nocookie.com) replaces the placeholder.
 * Without JavaScript the placeholder is a plain link to the video.
 */
export function YouTubeEmbed({ id, title }: { id: string; title: string }) {
  const [playing, setPlaying] = useState(false);
  const videoId = encodeURIComponent(id);
  if (playing) {
    return (
      <iframe
        src={`https://www.youtube-nocookie.com/embed/${videoId}?autoplay=1`}
        title={title}
        allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
        allowFullScreen
        className="aspect-video w-full rounded-lg border-0"
      />
    );
  }
  return (
    <a
      href={`https://www.youtube.com/watch?v=${videoId}`}
      onClick={(event) => {
        event.preventDefault();
        setPlaying(true);
      }}
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
