/** A place where services are delivered. Confidential places carry no address at all. */
import { z } from 'zod';
import { localizedText, MAX_LENGTH, slugId, sourceRef, text } from './common';

export const PRECISIONS = ['exact', 'street', 'approximate'] as const;

export const addressSchema = z
  .strictObject({
    street: text(MAX_LENGTH.street).meta({ description: 'Street and number, as written locally.', examples: ['Piața Unirii nr. 1'] }),
    postal_code: z.string().regex(/^\d{6}$/, { error: "must be a Romanian postal code of 6 digits, like '400133'" }).optional()
      .meta({ description: 'Postal code (6 digits).', examples: ['400133'] }),
    locality: text(MAX_LENGTH.short).meta({ description: 'City, town or village.', examples: ['Cluj-Napoca'] }),
    county: text(MAX_LENGTH.short).meta({ description: 'County (județ).', examples: ['Cluj'] }),
  })
  .meta({ description: 'Postal address.' });

export const locationSchema = z
  .strictObject({
    id: slugId('location, unique within this file', 'sediu-central'),
    name: localizedText('Name of the place, when it has one.', 'Sediul central').optional(),
    confidential: z.boolean().default(false).meta({
      description:
        'true for places whose address must stay secret (for example domestic-violence shelters). A confidential location has no address and no coordinates here, because this repository is public: give a contact_route instead.',
      examples: [false],
    }),
    contact_route: localizedText('For confidential places: how a person in need reaches the service without knowing the address.', 'Sunați la numărul de urgență; vă preluăm de la un punct sigur.', MAX_LENGTH.note).optional(),
    address: addressSchema.optional(),
    locality: text(MAX_LENGTH.short).optional().meta({
      description: 'For confidential places only: the name of the locality as content/taxonomy/areas.yaml writes it, and nothing finer (no street, no number, no neighbourhood), so that the service can be found by area.',
      examples: ['Cluj-Napoca'],
    }),
    area: text(MAX_LENGTH.id).optional().meta({ description: "Id of the neighbourhood or area from content/taxonomy/areas.yaml. For a confidential place: the locality at most, never a neighbourhood.", examples: ['centru'] }),
    public_address: z
      .strictObject({
        reason: localizedText('Why this address may be public although a confidential service uses it.', 'Biroul de consiliere își publică adresa pe site-ul asociației; adăpostul are altă adresă, secretă.', MAX_LENGTH.note),
        source: sourceRef.meta({ description: 'The id of the source where the organisation itself publishes this address.', examples: ['site-asociatie'] }),
      })
      .optional()
      .meta({
        description:
          "Only on a public location that a confidential service also uses: a shelter or emergency service for victims of domestic violence or trafficking, an emergency reception centre for children, or a service that also has a confidential place. Says why publishing this address endangers no one (for example a counselling office that publishes its own address, away from the shelter), with the source where the organisation publishes it. Without it, such a location is refused.",
        examples: [{ reason: 'Biroul de consiliere își publică adresa pe site-ul asociației; adăpostul are altă adresă, secretă.', source: 'site-asociatie' }],
      }),
    latitude: z.number({ error: 'must be a number like 46.7699 (no quotes)' }).min(-90).max(90).optional()
      .meta({ description: 'Latitude in decimal degrees (WGS84).', examples: [46.7699] }),
    longitude: z.number({ error: 'must be a number like 23.5895 (no quotes)' }).min(-180).max(180).optional()
      .meta({ description: 'Longitude in decimal degrees (WGS84).', examples: [23.5895] }),
    precision: z.enum(PRECISIONS, { error: "must be 'exact' (the building), 'street' (the street) or 'approximate' (the area)" }).optional()
      .meta({ description: "How precise the coordinates are: 'exact' = the building, 'street' = somewhere on the street, 'approximate' = the neighbourhood or town.", examples: ['street'] }),
    accessibility: z
      .strictObject({
        wheelchair: z.enum(['yes', 'limited', 'no'], { error: "must be 'yes', 'limited' or 'no'" }).optional()
          .meta({ description: 'Can a wheelchair user enter and use the place?', examples: ['yes'] }),
        note: localizedText('Other accessibility details (lift, accessible toilet, sign language...).', 'Rampă la intrarea din spate', MAX_LENGTH.note).optional(),
        source: sourceRef,
      })
      .optional()
      .meta({ description: 'Physical accessibility, with its source. Leave out when unknown.' }),
    source: sourceRef.optional().meta({ description: 'The source that states the address and coordinates.', examples: ['registry-2016'] }),
  })
  .superRefine((loc, ctx) => {
    if (loc.confidential) {
      if (loc.public_address !== undefined)
        ctx.addIssue({ code: 'custom', path: ['public_address'], message: 'must be removed: this location is confidential, so its address is not public; public_address belongs on a public location (or remove confidential: true if the organisation publishes this address)' });
      for (const field of ['address', 'latitude', 'longitude', 'precision'] as const) {
        if (loc[field] !== undefined)
          ctx.addIssue({ code: 'custom', path: [field], message: 'must be removed: this location is confidential and this repository is public, so its address and coordinates must never be written here' });
      }
      if (!loc.contact_route) ctx.addIssue({ code: 'custom', path: ['contact_route'], message: 'is missing: a confidential location tells people how to reach it without its address' });
      return;
    }
    if (!loc.address) ctx.addIssue({ code: 'custom', path: ['address'], message: 'is missing: give the street address, or mark the location confidential: true' });
    if (loc.locality !== undefined) ctx.addIssue({ code: 'custom', path: ['locality'], message: 'goes inside address (address.locality) for a location that is not confidential' });
    const hasLat = loc.latitude !== undefined;
    const hasLng = loc.longitude !== undefined;
    if (hasLat !== hasLng) ctx.addIssue({ code: 'custom', path: [hasLat ? 'longitude' : 'latitude'], message: 'is missing: give both latitude and longitude, or neither' });
    if (hasLat && !loc.precision) ctx.addIssue({ code: 'custom', path: ['precision'], message: "is missing: say how precise the coordinates are: 'exact', 'street' or 'approximate'" });
    if (!loc.source) ctx.addIssue({ code: 'custom', path: ['source'], message: "is missing: name the source that gives this address, like 'registry-2016'" });
  })
  .meta({ description: 'A place where the provider delivers services.' });
export type Location = z.infer<typeof locationSchema>;
