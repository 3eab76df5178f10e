/**
 * One place of the entry: a name, then either its address and an optional map point, or, when the
 * address must not be published, the way people get in touch instead. A confidential place never
 * asks for a street.
 */
import type { LocationForm } from '../../../lib/ingest/entry-builder';
import { CheckBox, SelectField, TextField, type FieldKit, type Option } from './BuilderFields';
import PointPicker from './PointPicker';

/** An area: its label in the page's language, its point, and (for the rules of confidential places) its parent and Romanian name. */
export interface AreaOption extends Option { latitude?: number; longitude?: number; parent?: string; ro?: string }

export interface LocationFieldsProps {
  kit: FieldKit;
  index: number;
  location: LocationForm;
  areas: AreaOption[];
  map: { tileUrl: string; tileAttribution: string; center: [number, number] };
  onChange(patch: Partial<LocationForm>): void;
  onRemove?: () => void;
}

const number = (s: string) => {
  const n = Number(s.trim().replace(',', '.'));
  return s.trim() && Number.isFinite(n) ? n : undefined;
};

export default function LocationFields({ kit, index, location: l, areas, map, onChange, onRemove }: LocationFieldsProps) {
  const { t } = kit;
  const f = (name: string) => `locations.${index}.${name}`;
  const n = index + 1;
  const lat = number(l.latitude);
  const lng = number(l.longitude);
  const area = areas.find((a) => a.id === l.area);
  const center: [number, number] = area?.latitude !== undefined && area.longitude !== undefined ? [area.latitude, area.longitude] : map.center;
  return (
    <fieldset className="builder-group" id={`f-locations-${index}`}>
      <legend>{t('builder.location.title', { n })}</legend>
      <TextField kit={kit} field={f('name')} label={t('builder.field.location_name')} optional value={l.name} onChange={(v) => onChange({ name: v })} />
      <CheckBox kit={kit} field={f('confidential')} label={t('builder.field.confidential')} hint={t('builder.hint.confidential')} checked={l.confidential} onChange={(on) => onChange({ confidential: on })} />
      {l.confidential ? (
        <TextField kit={kit} field={f('contact_route')} label={t('builder.field.contact_route')} hint={t('builder.hint.contact_route')} rows={3} value={l.contact_route} onChange={(v) => onChange({ contact_route: v })} />
      ) : <>
        <TextField kit={kit} field={f('street')} label={t('builder.field.street')} autoComplete="street-address" value={l.street} onChange={(v) => onChange({ street: v })} />
        <TextField kit={kit} field={f('postal_code')} label={t('builder.field.postal_code')} optional inputMode="numeric" autoComplete="postal-code" value={l.postal_code} onChange={(v) => onChange({ postal_code: v })} />
      </>}
      <TextField kit={kit} field={f('locality')} label={t('builder.field.locality')} optional={l.confidential} autoComplete="address-level2" value={l.locality} onChange={(v) => onChange({ locality: v })} />
      {!l.confidential && <TextField kit={kit} field={f('county')} label={t('builder.field.county')} autoComplete="address-level1" value={l.county} onChange={(v) => onChange({ county: v })} />}
      <SelectField kit={kit} field={f('area')} label={t('builder.field.area')} optional value={l.area} onChange={(v) => onChange({ area: v })}
        options={[{ id: '', label: t('builder.area.none') }, ...areas]} />
      {!l.confidential && (
        <fieldset className="field point" aria-describedby={`f-locations-${index}-point-hint`}>
          <legend>{t('builder.field.point')}<span className="muted"> ({t('builder.optional')})</span></legend>
          <p className="hint" id={`f-locations-${index}-point-hint`}>{t('builder.hint.point')}</p>
          <div className="point-fields">
            <TextField kit={kit} field={f('latitude')} label={t('builder.field.latitude')} inputMode="decimal" value={l.latitude} onChange={(v) => onChange({ latitude: v })} />
            <TextField kit={kit} field={f('longitude')} label={t('builder.field.longitude')} inputMode="decimal" value={l.longitude} onChange={(v) => onChange({ longitude: v })} />
          </div>
          <SelectField kit={kit} field={f('precision')} label={t('builder.field.precision')} value={l.precision} onChange={(v) => onChange({ precision: v as LocationForm['precision'] })}
            options={[{ id: '', label: t('builder.precision.none') }, ...(['exact', 'street', 'approximate'] as const).map((id) => ({ id, label: t(`builder.precision.${id}`) }))]} />
          <PointPicker t={t} n={n} point={lat !== undefined && lng !== undefined ? [lat, lng] : undefined} center={center} tileUrl={map.tileUrl} tileAttribution={map.tileAttribution}
            onMove={(la, lo) => { onChange({ latitude: String(la), longitude: String(lo) }); kit.touch(f('latitude')); }} />
        </fieldset>
      )}
      {onRemove && <p><button type="button" className="button button--secondary" onClick={onRemove}>{t('builder.location.remove', { n })}</button></p>}
    </fieldset>
  );
}
