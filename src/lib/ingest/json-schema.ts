/** JSON Schemas generated from the zod schemas, for editors and for the entry builder. */
import { z } from 'zod';
import { providerSchema } from '../../schemas/provider';
import { taxonomyFileSchema } from '../../schemas/taxonomy';
import { vocabularyFileSchema } from '../../schemas/vocabulary';
import { SITE } from '../../config';

export function jsonSchemas(): Record<'provider' | 'taxonomy' | 'vocabulary', Record<string, unknown>> {
  const make = (schema: z.ZodType, name: string) => ({
    ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }),
    $id: `${SITE.url}/schema/${name}.schema.json`,
  });
  return { provider: make(providerSchema, 'provider'), taxonomy: make(taxonomyFileSchema, 'taxonomy'), vocabulary: make(vocabularyFileSchema, 'vocabulary') };
}
