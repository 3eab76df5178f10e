/** One service of the entry: its name, what help it gives and to whom, cost, access, hours and places. */
import type { ServiceForm } from '../../../lib/ingest/entry-builder';
import { CheckGroup, SelectField, TextField, type FieldKit, type Option } from './BuilderFields';

export interface ServiceFieldsProps {
  kit: FieldKit;
  index: number;
  service: ServiceForm;
  /** How the hours will be written, when that differs from what was typed. */
  converted?: string;
  serviceTypes: Option[];
  categories: Option[];
  costs: Option[];
  accessModes: Option[];
  /** The entry's places, by form key, labelled for people. */
  places: Option[];
  onChange(patch: Partial<ServiceForm>): void;
  onRemove?: () => void;
}

export default function ServiceFields({ kit, index, service: s, converted, serviceTypes, categories, costs, accessModes, places, onChange, onRemove }: ServiceFieldsProps) {
  const { t } = kit;
  const f = (name: string) => `services.${index}.${name}`;
  const n = index + 1;
  const toggle = (field: 'service_types' | 'beneficiary_categories' | 'access' | 'locations') => (id: string, on: boolean) =>
    onChange({ [field]: on ? [...s[field], id] : s[field].filter((x) => x !== id) });
  const convertedId = `${f('hours')}-converted`.replace(/\./g, '-');
  return (
    <fieldset className="builder-group" id={`f-services-${index}`}>
      <legend>{t('builder.service.title', { n })}</legend>
      <TextField kit={kit} field={f('name')} label={t('builder.field.service_name')} value={s.name} onChange={(v) => onChange({ name: v })} />
      <CheckGroup kit={kit} field={f('service_types')} legend={t('builder.field.service_types')} options={serviceTypes} values={s.service_types} onToggle={toggle('service_types')} />
      <CheckGroup kit={kit} field={f('beneficiary_categories')} legend={t('builder.field.beneficiary_categories')} options={categories} values={s.beneficiary_categories} onToggle={toggle('beneficiary_categories')} />
      <SelectField kit={kit} field={f('cost')} label={t('builder.field.cost')} optional value={s.cost} onChange={(v) => onChange({ cost: v })}
        options={[{ id: '', label: t('builder.cost.unknown') }, ...costs]} />
      <CheckGroup kit={kit} field={f('access')} legend={t('builder.field.access')} options={accessModes} values={s.access} onToggle={toggle('access')} />
      <TextField kit={kit} field={f('hours')} label={t('builder.field.hours')} optional hint={t('builder.hint.hours')} value={s.hours} onChange={(v) => onChange({ hours: v })}
        afterId={convertedId}
        after={<p className="converted" id={convertedId} aria-live="polite">{converted ? t('builder.hours.converted', { value: converted }) : ''}</p>} />
      {places.length > 0 && (
        <CheckGroup kit={kit} field={f('locations')} legend={t('builder.field.service_locations')} hint={t('builder.hint.service_locations')} options={places} values={s.locations} onToggle={toggle('locations')} columns={false} />
      )}
      {onRemove && <p><button type="button" className="button button--secondary" onClick={onRemove}>{t('builder.service.remove', { n })}</button></p>}
    </fieldset>
  );
}
