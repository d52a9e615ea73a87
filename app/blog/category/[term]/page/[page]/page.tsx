import { termRoutes } from '@/app/blog/term-routes';

const route = termRoutes('category').later;

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
