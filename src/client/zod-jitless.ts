/**
 * Zod without eval, for code that validates in the browser (the entry builder). By default zod
 * compiles object parsers with `new Function`, and probes for it even when it may not: under this
 * site's Content-Security-Policy (no 'unsafe-eval') the probe alone is reported as a violation.
 * Jitless mode never tries. It must run before any schema is built, so import this module first.
 */
import { z } from 'zod';

z.config({ jitless: true });
