import { href, routes } from '@/lib/routing/urls';
import { PageShell } from '@/components/PageShell';
import type { Metadata } from 'next';
import { getContent } from '@/lib/content';

// The tab says what happened, as the page does.
export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

export default function NotFound() {
  const content = getContent();
  return (
    <PageShell content={content}>
      <div className="mx-auto py-16 text-center">
        <p className="font-serif text-6xl font-semibold text-accent">404</p>
        <h1 className="mt-4 font-serif text-3xl font-semibold text-ink">Page not found</h1>
        <p className="mt-3 text-muted">The page you are looking for does not exist, or it has moved.</p>
        <p className="mt-8">
          <a href={href(routes.home)} className="rounded-md bg-accent px-4 py-2.5 font-medium text-page hover:opacity-90">
            Back to the home page
          </a>
        </p>
      </div>
    </PageShell>
  );
}
