// /robots.txt: everything here is public and meant to be found. It names the sitemap only when the
// build knows the site's address (SITE_URL), because robots.txt needs the sitemap's absolute URL.
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/site/sitemap';
import { SITE } from '../config';

export const GET: APIRoute = () => new Response(robotsTxt(SITE.url), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
