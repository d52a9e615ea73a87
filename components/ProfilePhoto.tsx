import { ResponsiveImage } from './ResponsiveImage';
import type { Page } from '@/lib/content';
import { initials } from '@/lib/text';
import { RichHtml } from './RichHtml';

type Profile = NonNullable<Page['profile']>;

/**
 * The about page's portrait with the `more_info` block as its caption, in
 * the page's side column; on a phone at the column's width up to 20rem
 * (as al-folio shows it, large enough to recognise a face), centred, its
 * caption under it. `--folio-portrait` (site.yml's `theme.portrait`) caps it. Without an image, a monogram of the name stands in:
 * it does not pretend to be a photograph.
 */
export function ProfilePhoto({ profile, name }: { profile: Profile; name: string }) {
  const shape = profile.circular ? 'aspect-square rounded-full object-cover' : 'rounded-lg';
  return (
    <figure className="profile mx-auto mb-6 w-full max-w-(--folio-portrait) lg:mb-0">
      {profile.image ? (
        <ResponsiveImage image={profile.image} role="profile" alt={`Portrait of ${name}`} priority className={`h-auto w-full shadow-md ${shape}`} />
      ) : (
        <div aria-hidden="true" className={`monogram grid aspect-square w-full place-items-center ${profile.circular ? 'rounded-full' : 'rounded-lg'}`}>
          <span>{initials(name)}</span>
        </div>
      )}
      {profile.moreInfo && (
        <figcaption>
          <RichHtml html={profile.moreInfo} className="more-info mt-3 text-center text-sm leading-relaxed text-muted" />
        </figcaption>
      )}
    </figure>
  );
}
