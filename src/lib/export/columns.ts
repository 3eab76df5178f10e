/** Columns of `/data/services.csv`, in order. Documented on the downloads page. */
export const SITE_EXPORT_COLUMNS = [
  'provider_id', 'provider_name', 'provider_kind', 'service_id', 'service_name', 'service_name_en', 'status',
  'service_types', 'beneficiary_categories', 'age_min', 'age_max', 'cost', 'access', 'capacity', 'opening_hours',
  'phones', 'emails', 'website', 'areas_served',
  'location_id', 'location_name', 'confidential', 'street', 'postal_code', 'locality', 'county', 'area',
  'latitude', 'longitude', 'precision', 'assured_date', 'newest_source_date', 'url',
] as const;
