import { termRoutes } from '@/components/TermRoutes';

const route = termRoutes('category').later;

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
