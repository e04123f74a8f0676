import { crawl } from './crawl';

crawl(1);
