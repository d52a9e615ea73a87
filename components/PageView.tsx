import { courseGroups, type Content, type Page } from '@/lib/content';
import { personJsonLd } from '@/lib/seo/jsonld';
import { movedTo } from '@/lib/seo/public-routes';
import { MovedPage } from './MovedPage';
import { AboutPage } from './AboutPage';
import { ContentPage } from './ContentPage';
import { CvPage } from './cv/CvPage';
import { JsonLd } from './JsonLd';
import { CourseList } from './teaching/CourseList';
import { RepositoryLists } from './repositories/RepositoryCards';

/** Whether the page shows the author's profiles itself (the about layout with `social: true`), so the footer need not. */
export function showsProfiles(page: Page): boolean {
  return page.layout === 'about' && page.social;
}

/** A content page in its layout: the about layout (with the author's Person data), the CV, the teaching page, or a plain page; a page that moved says where. */
export function PageView({ page, content }: { page: Page; content: Content }) {
  if (page.redirect) return <MovedPage title={page.title} to={movedTo(content, page.redirect)} />;
  if (page.layout === 'cv') return <CvPage page={page} content={content} />;
  if (page.layout === 'teaching')
    return (
      <ContentPage page={page} content={content}>
        <div className="mt-10">
          <CourseList years={courseGroups(content)} />
        </div>
      </ContentPage>
    );
  if (page.layout === 'repositories')
    return (
      <ContentPage page={page} content={content}>
        <RepositoryLists repositories={content.repositories} lang={content.site.lang} />
      </ContentPage>
    );
  if (page.layout !== 'about') return <ContentPage page={page} content={content} />;
  return (
    <>
      <JsonLd data={personJsonLd(content, page)} />
      <AboutPage page={page} content={content} />
    </>
  );
}
