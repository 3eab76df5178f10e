/**
 * A provider's file as data, for "correct an existing entry" in the entry builder: the public
 * provider (confidential places reduced to their contact route, by the one gate) with the values
 * the schema filled in by default taken out again, so that a corrected file differs from the
 * original only where the volunteer changed something. Served as /data/providers/<id>.json.
 */
import type { z } from 'zod';
import { providerSchema } from '../../schemas/provider';
import type { PublicProvider } from '../confidentiality/public-provider';
import { providerFormatOf, type ProviderFormat } from './markdown-file';
import { providerFilePath } from './repository';

export interface ProviderSource {
  id: string;
  /** The file to replace, from the repository root: `content/providers/<id>.yaml` or `.md`. */
  file: string;
  format: ProviderFormat;
  /** The provider's fields, as its file holds them (the Markdown body as `description`). */
  provider: Record<string, unknown>;
}

type AnySchema = z.core.$ZodType;
type Def = Record<string, unknown> & { type: string };
const def = (s: AnySchema) => (s as unknown as { _zod: { def: Def } })._zod.def;

/**
 * The value without the fields whose value is the schema's default (`confidential: false`,
 * `status: 'active'`), at any depth. Only plain objects and lists are walked.
 * @example withoutDefaults(locationSchema, { id: 'a', confidential: false }) // { id: 'a' }
 */
export function withoutDefaults(schema: AnySchema, value: unknown): unknown {
  let s = schema;
  for (let i = 0; i < 10; i++) {
    const d = def(s);
    if (d.type === 'optional' || d.type === 'nullable' || d.type === 'default' || d.type === 'prefault') s = d.innerType as AnySchema;
    else if (d.type === 'pipe') s = d.in as AnySchema;
    else break;
  }
  const d = def(s);
  if (d.type === 'array' && Array.isArray(value)) return value.map((v) => withoutDefaults(d.element as AnySchema, v));
  if (d.type !== 'object' || value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const shape = d.shape as Record<string, AnySchema>;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const field = shape[key];
    if (!field) { out[key] = v; continue; }
    const fd = def(field);
    if (fd.type === 'default' && JSON.stringify(fd.defaultValue) === JSON.stringify(v)) continue;
    out[key] = withoutDefaults(field, v);
  }
  return out;
}

/** The provider's file as the builder loads it. */
export function providerSource(provider: PublicProvider, fileName = `${provider.id}.yaml`): ProviderSource {
  return {
    id: provider.id,
    file: providerFilePath(provider.id, fileName),
    format: providerFormatOf(fileName) ?? 'yaml',
    provider: withoutDefaults(providerSchema, JSON.parse(JSON.stringify(provider))) as Record<string, unknown>,
  };
}
