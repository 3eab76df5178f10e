/**
 * The entry builder's form controls: a label, an optional hint, the field's errors (in the page's
 * language) and the control, wired together for screen readers as GOV.UK Frontend does
 * (aria-describedby to the hint and the error, aria-invalid on the control).
 */
import type { ReactNode } from 'react';
import type { KeysWithPrefix, TranslateFor } from '../../../lib/i18n/translator';

/** The strings the builder shows, picked for it by the contribute page (`pickStrings`). */
export const BUILDER_STRING_KEYS = ['builder.'] as const;
export type BuilderT = TranslateFor<typeof BUILDER_STRING_KEYS>;
export type BuilderKey = KeysWithPrefix<'builder.'>;

export interface Option { id: string; label: string }

/** What every control needs from the form: its errors once shown, a way to mark it touched, the translator. */
export interface FieldKit {
  t: BuilderT;
  shown(field: string): string[] | undefined;
  touch(field: string): void;
}

/** `services.0.hours` → `f-services-0-hours`, the control's id (and the error summary's link target). */
export const fieldId = (field: string) => `f-${field.replace(/\./g, '-')}`;
const errorId = (field: string) => `${fieldId(field)}-error`;
const hintId = (field: string) => `${fieldId(field)}-hint`;

export function describedBy(kit: FieldKit, field: string, hint: boolean, extra?: string): string | undefined {
  return [hint ? hintId(field) : '', kit.shown(field) ? errorId(field) : '', extra ?? ''].filter(Boolean).join(' ') || undefined;
}

export function ErrorText({ kit, field }: { kit: FieldKit; field: string }) {
  const errors = kit.shown(field);
  if (!errors) return null;
  return (
    <p className="field-error" id={errorId(field)}>
      {errors.map((m, i) => <span key={i}><span className="visually-hidden">{kit.t('builder.error')}: </span>{m}</span>)}
    </p>
  );
}

const fieldClass = (kit: FieldKit, field: string) => `field${kit.shown(field) ? ' field--error' : ''}`;

export function Optional({ kit }: { kit: FieldKit }) {
  return <span className="muted"> ({kit.t('builder.optional')})</span>;
}

interface TextProps {
  kit: FieldKit;
  field: string;
  label: string;
  value: string;
  onChange(value: string): void;
  hint?: string;
  optional?: boolean;
  type?: string;
  rows?: number;
  autoComplete?: string;
  inputMode?: 'email' | 'tel' | 'url' | 'numeric' | 'decimal';
  /** Shown under the control and read with it (the converted hours). */
  after?: ReactNode;
  afterId?: string;
}

export function TextField(p: TextProps) {
  const { kit, field } = p;
  const common = {
    id: fieldId(field), name: field, value: p.value, autoComplete: p.autoComplete,
    'aria-invalid': kit.shown(field) ? true : undefined,
    'aria-describedby': describedBy(kit, field, Boolean(p.hint), p.after ? p.afterId : undefined),
    onBlur: () => kit.touch(field),
  };
  return (
    <div className={fieldClass(kit, field)}>
      <label htmlFor={fieldId(field)}>{p.label}{p.optional && <Optional kit={kit} />}</label>
      {p.hint && <p className="hint" id={hintId(field)}>{p.hint}</p>}
      <ErrorText kit={kit} field={field} />
      {p.rows
        ? <textarea {...common} rows={p.rows} onChange={(e) => p.onChange(e.target.value)} />
        : <input {...common} type={p.type ?? 'text'} inputMode={p.inputMode} onChange={(e) => p.onChange(e.target.value)} />}
      {p.after}
    </div>
  );
}

export function SelectField(p: { kit: FieldKit; field: string; label: string; value: string; options: Option[]; onChange(value: string): void; hint?: string; optional?: boolean }) {
  const { kit, field } = p;
  return (
    <div className={fieldClass(kit, field)}>
      <label htmlFor={fieldId(field)}>{p.label}{p.optional && <Optional kit={kit} />}</label>
      {p.hint && <p className="hint" id={hintId(field)}>{p.hint}</p>}
      <ErrorText kit={kit} field={field} />
      <select id={fieldId(field)} name={field} value={p.value} aria-invalid={kit.shown(field) ? true : undefined} aria-describedby={describedBy(kit, field, Boolean(p.hint))}
        onChange={(e) => p.onChange(e.target.value)} onBlur={() => kit.touch(field)}>
        {p.options.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
      </select>
    </div>
  );
}

export function CheckGroup(p: { kit: FieldKit; field: string; legend: string; options: Option[]; values: string[]; onToggle(id: string, on: boolean): void; hint?: string; columns?: boolean }) {
  const { kit, field } = p;
  return (
    <fieldset className={fieldClass(kit, field)} id={fieldId(field)} aria-describedby={describedBy(kit, field, Boolean(p.hint))}>
      <legend>{p.legend}</legend>
      {p.hint && <p className="hint" id={hintId(field)}>{p.hint}</p>}
      <ErrorText kit={kit} field={field} />
      <div className={p.columns === false ? undefined : 'checks'}>
        {p.options.map((o) => (
          <label key={o.id} className="check">
            <input type="checkbox" name={field} value={o.id} checked={p.values.includes(o.id)} onChange={(e) => { p.onToggle(o.id, e.target.checked); kit.touch(field); }} /> {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function CheckBox(p: { kit: FieldKit; field: string; label: string; checked: boolean; onChange(on: boolean): void; hint?: string }) {
  const { kit, field } = p;
  return (
    <div className={fieldClass(kit, field)}>
      <ErrorText kit={kit} field={field} />
      <label className="check check--strong">
        <input type="checkbox" id={fieldId(field)} name={field} checked={p.checked} aria-describedby={describedBy(kit, field, Boolean(p.hint))}
          onChange={(e) => { p.onChange(e.target.checked); kit.touch(field); }} /> {p.label}
      </label>
      {p.hint && <p className="hint" id={hintId(field)}>{p.hint}</p>}
    </div>
  );
}
