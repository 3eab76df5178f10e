/** /data/coverage.csv: the coverage tables of /coverage/, one line per cell, built with the site. */
import type { APIRoute } from 'astro';
import { coverageCsvText } from '../../collections/coverage';

export const GET: APIRoute = async () => new Response(await coverageCsvText(), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
