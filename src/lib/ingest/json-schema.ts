/** JSON Schemas generated from the zod schemas, for editors and for the entry builder. */
import { z } from 'zod';
import { providerSchema } from '../../schemas/provider';
import { taxonomyFileSchema } from '../../schemas/taxonomy';
import { vocabularyFileSchema } from '../../schemas/vocabulary';

/**
 * The schemas carry no `$id`: they are committed files (public/schema/), so they cannot depend on
 * where one build publishes the site, and editors find them by the relative path in each content
 * file's `# yaml-language-server: $schema=...` line, which is all an `$id` would have told them.
 */
export function jsonSchemas(): Record<'provider' | 'taxonomy' | 'vocabulary', Record<string, unknown>> {
  const make = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
  return { provider: make(providerSchema), taxonomy: make(taxonomyFileSchema), vocabulary: make(vocabularyFileSchema) };
}
