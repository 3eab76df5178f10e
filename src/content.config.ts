// Collections only: loaders and schemas. Validation lives in src/build/content-files.ts so that
// `npm run validate` and the build report the same problems.
import { defineCollection } from 'astro:content';
import { providerSchema } from './schemas/provider';
import { taxonomyTermSchema } from './schemas/taxonomy';
import { vocabularyEntrySchema } from './schemas/vocabulary';
import { contentLoader } from './build/content-loader';

export const collections = {
  providers: defineCollection({ loader: contentLoader('providers'), schema: providerSchema }),
  beneficiaryCategories: defineCollection({ loader: contentLoader('beneficiaryCategories'), schema: taxonomyTermSchema }),
  serviceTypes: defineCollection({ loader: contentLoader('serviceTypes'), schema: taxonomyTermSchema }),
  areas: defineCollection({ loader: contentLoader('areas'), schema: taxonomyTermSchema }),
  vocabulary: defineCollection({ loader: contentLoader('vocabulary'), schema: vocabularyEntrySchema }),
};
