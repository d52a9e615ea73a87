import { ResponsiveImage } from './ResponsiveImage';
import type { Page } from '@/lib/content';
import { initials } from '@/lib/text';
import { RichHtml } from './RichHtml';

type Profile = NonNullable<Page['profile']>;

/**
 * The about page's portrait and the `more_info` block under it, in the
 * page's side column. Without an image, a monogram of the name stands in:
 * it does not pretend to be a photograph.
 */
export function ProfilePhoto({ profile, name }: { profile: Profile; name: string }) {
  const shape = profile.circular ? 'aspect-square rounded-full object-cover' : 'rounded-lg';
  return (
    // Phones: a small portrait beside the details; wide screens: the side column, portrait above.
    <figure className="mb-6 flex items-center gap-5 lg:mb-0 lg:block">
      <div className="w-28 shrink-0 sm:w-36 lg:w-full">
        {profile.image ? (
          <ResponsiveImage image={profile.image} role="profile" alt={`Portrait of ${name}`} priority className={`h-auto w-full shadow-md ${shape}`} />
        ) : (
          <div aria-hidden="true" className={`monogram grid aspect-square w-full place-items-center ${profile.circular ? 'rounded-full' : 'rounded-lg'}`}>
            <span>{initials(name)}</span>
          </div>
        )}
      </div>
      {profile.moreInfo && <RichHtml html={profile.moreInfo} className="more-info text-sm leading-relaxed text-muted lg:mt-3 lg:text-center" />}
    </figure>
  );
}
