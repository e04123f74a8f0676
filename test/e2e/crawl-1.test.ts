import { crawl } from './crawl';

crawl(0);
