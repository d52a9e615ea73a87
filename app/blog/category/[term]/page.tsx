import { termRoutes } from '@/app/blog/term-routes';

const route = termRoutes('category').first;

export const dynamicParams = false;
// The decoded slug: Next names the prerendered file by it and matches the browser's encoded URL to it.
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
