import { crawl } from './crawl';

crawl(2);
