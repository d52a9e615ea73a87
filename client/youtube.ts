/**
 * A YouTube video (components/mdx/YouTubeEmbed.tsx) is a link to it until
 * clicked: nothing is loaded from YouTube before. Then the privacy-enhanced
 * player (youtube-nocookie.com, the host the CSP allows) takes its place.
 */
/** A video's id (`dQw4w9WgXcQ`): nothing else goes into the player's address (lib/component-props.ts checks content by it). */
export const VIDEO_ID = /^[\w-]{6,20}$/;

export function enhanceYouTube() {
  if (!document.querySelector('a[data-folio-youtube]')) return;
  addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-folio-youtube]') : null;
    const id = link?.dataset.folioYoutube ?? '';
    if (!link || !VIDEO_ID.test(id) || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const player = document.createElement('iframe');
    player.src = `https://www.youtube-nocookie.com/embed/${encodeURIComponent(id)}?autoplay=1`;
    player.title = link.dataset.title ?? 'YouTube video';
    player.allow = 'autoplay; encrypted-media; picture-in-picture; fullscreen';
    player.allowFullscreen = true;
    player.className = 'aspect-video w-full rounded-lg border-0';
    link.replaceWith(player);
    player.focus();
  });
}
