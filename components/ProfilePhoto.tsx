import { ResponsiveImage } from './ResponsiveImage';
import type { Page } from '@/lib/content';
import { RichHtml } from './RichHtml';

type Profile = NonNullable<Page['profile']>;

/** The about page's photo and the `more_info` block under it, beside the text. */
export function ProfilePhoto({ profile, name }: { profile: Profile; name: string }) {
  if (!profile.image && !profile.moreInfo) return null;
  const side = profile.align === 'left' ? 'sm:float-left sm:mr-8' : 'sm:float-right sm:ml-8';
  return (
    <figure className={`mx-auto mb-6 w-56 max-w-full sm:mb-4 sm:w-60 ${side}`}>
      {profile.image && (
        <ResponsiveImage
          image={profile.image}
          role="profile"
          alt={`Portrait of ${name}`}
          priority
          className={`h-auto w-full shadow-md ${profile.circular ? 'aspect-square rounded-full object-cover' : 'rounded-lg'}`}
        />
      )}
      {profile.moreInfo && <RichHtml html={profile.moreInfo} className="more-info mt-3 text-center text-sm leading-relaxed text-muted" />}
    </figure>
  );
}
