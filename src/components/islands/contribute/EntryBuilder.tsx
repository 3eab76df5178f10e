/**
 * The entry builder form. Validates as you type with the build's own schema and checks
 * (src/lib/ingest/entry-builder.ts) and shows each friendly error next to its field; when the entry is
 * valid it gives the YAML file to copy, download or open as a new file on the repository host.
 * Errors show for a field once it has been touched, and for all fields after "Make the file".
 * Without JavaScript the server-rendered form says so and points at the template instead.
 */
// First: zod must be jitless before the schemas behind the entry builder are built (no eval under the CSP).
import '../../../client/zod-jitless';
import { useEffect, useMemo, useRef, useState } from 'react';
import { buildEntry, emptyForm, slugify, type EntryForm, type FieldName } from '../../../lib/ingest/entry-builder';
import { newFileUrl } from '../../../lib/ingest/repository';
import { translator, type StringsFor } from '../../../lib/i18n/translator';
import type { Lang } from '../../../locales';

/** The strings the builder shows, picked for it by the contribute page (`pickStrings`). */
export const BUILDER_STRING_KEYS = ['builder.'] as const;
type BuilderStrings = StringsFor<typeof BUILDER_STRING_KEYS>;

export interface Option { id: string; label: string }

export interface EntryBuilderProps {
  lang: Lang;
  strings: BuilderStrings;
  kinds: Option[];
  categories: Option[];
  serviceTypes: Option[];
  costs: Option[];
  accessModes: Option[];
  areas: string[];
  repository: { url: string; branch: string };
}

function todayIso(): string {
  // The visitor's local date: the day they checked the facts.
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export default function EntryBuilder(props: EntryBuilderProps) {
  const t = useMemo(() => translator(props.strings, props.lang), [props.strings, props.lang]);
  const [today] = useState(todayIso);
  const [form, setForm] = useState<EntryForm>(() => emptyForm(today));
  const [idEdited, setIdEdited] = useState(false);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [copied, setCopied] = useState(false);
  // False in the server-rendered HTML: without JavaScript the notice stays and the button stays off.
  const [hydrated, setHydrated] = useState(false);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- the first client render must match the server HTML; the flag flips once, after hydration
  useEffect(() => setHydrated(true), []);
  const summaryRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);

  const taxonomies = useMemo(() => ({ beneficiaryCategories: props.categories.map((c) => c.id), serviceTypes: props.serviceTypes.map((c) => c.id), areas: props.areas }), [props.categories, props.serviceTypes, props.areas]);
  const result = useMemo(() => buildEntry(form, taxonomies, today), [form, taxonomies, today]);
  const shown = (field: FieldName) => (submitted || touched.has(field) ? result.errors[field] : undefined);
  const visibleErrors = (Object.keys(result.errors) as Array<FieldName | 'general'>).filter((f) => f === 'general' ? submitted : submitted || touched.has(f));
  const ready = submitted && result.valid;

  // eslint-disable-next-line react-hooks/set-state-in-effect -- clears the 'copied' notice when the file changes; one extra render after an edit is harmless
  useEffect(() => { setCopied(false); }, [result.yaml]);

  const set = <K extends FieldName>(field: K, value: EntryForm[K]) => {
    setForm((f) => {
      const next = { ...f, [field]: value };
      if (field === 'name' && !idEdited) next.id = slugify(String(value));
      return next;
    });
    setTouched((t) => (t.has(field) ? t : new Set(t).add(field)));
    if (field === 'id') setIdEdited(true);
  };
  const toggle = (field: 'service_types' | 'beneficiary_categories' | 'access', id: string, on: boolean) =>
    set(field, on ? [...form[field], id] : form[field].filter((x) => x !== id));

  const onSubmit = (e: { preventDefault(): void }) => {
    e.preventDefault();
    setSubmitted(true);
    requestAnimationFrame(() => (result.valid ? resultRef.current : summaryRef.current)?.focus());
  };

  const errorId = (f: string) => `${f}-error`;
  const hintId = (f: string) => `${f}-hint`;
  const describedBy = (f: FieldName, hint?: boolean) => [hint ? hintId(f) : '', shown(f) ? errorId(f) : ''].filter(Boolean).join(' ') || undefined;
  // Render functions, called like `{errorText('kind')}`, not components: a component declared here would be a new type on every render.
  const errorText = (field: FieldName) => {
    const errs = shown(field);
    return errs ? <p className="field-error" id={errorId(field)}>{errs.map((m, i) => <span key={i}><span className="visually-hidden">{t('builder.error')}: </span>{m}</span>)}</p> : null;
  };
  const Text = ({ field, type = 'text', hint, optional, autoComplete, inputMode }: { field: FieldName; type?: string; hint?: string; optional?: boolean; autoComplete?: string; inputMode?: 'email' | 'tel' | 'url' | 'numeric' }) => (
    <div className={`field${shown(field) ? ' field--error' : ''}`}>
      <label htmlFor={`f-${field}`}>{t(`builder.field.${field}`)}{optional && <span className="muted"> ({t('builder.optional')})</span>}</label>
      {hint && <p className="hint" id={hintId(field)}>{hint}</p>}
      {errorText(field)}
      <input id={`f-${field}`} name={field} type={type} value={String(form[field])} autoComplete={autoComplete} inputMode={inputMode}
        aria-invalid={shown(field) ? true : undefined} aria-describedby={describedBy(field, Boolean(hint))}
        onChange={(e) => set(field, e.target.value as never)} onBlur={() => setTouched((t) => new Set(t).add(field))} />
    </div>
  );
  const Checks = ({ field, options }: { field: 'service_types' | 'beneficiary_categories' | 'access'; options: Option[] }) => (
    <fieldset className={`field${shown(field) ? ' field--error' : ''}`} aria-describedby={shown(field) ? errorId(field) : undefined}>
      <legend>{t(`builder.field.${field}`)}</legend>
      {errorText(field)}
      <div className="checks">
        {options.map((o) => (
          <label key={o.id} className="check"><input type="checkbox" name={field} value={o.id} checked={form[field].includes(o.id)} onChange={(e) => toggle(field, o.id, e.target.checked)} /> {o.label}</label>
        ))}
      </div>
    </fieldset>
  );

  const fileName = result.fileName;
  const download = () => {
    const url = URL.createObjectURL(new Blob([result.yaml], { type: 'text/yaml;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName.split('/').pop()!;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const copy = async () => {
    try { await navigator.clipboard.writeText(result.yaml); setCopied(true); } catch { setCopied(false); }
  };

  return (
    <form noValidate onSubmit={onSubmit} className="entry-builder" data-ready={ready ? 'true' : 'false'}>
      {!hydrated && <p className="stale">{t('builder.noscript')}</p>}
      {submitted && visibleErrors.length > 0 && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summaryRef} aria-labelledby="error-summary-title">
          <h2 id="error-summary-title">{t('builder.errorSummary')}</h2>
          <ul>
            {visibleErrors.map((f) => (result.errors[f] ?? []).map((m, i) => (
              <li key={`${f}-${i}`}>{f === 'general' ? m : <a href={`#f-${f}`}>{t(`builder.field.${f}`)}: {m}</a>}</li>
            )))}
          </ul>
        </div>
      )}

      <h2>{t('builder.section.org')}</h2>
      {Text({ field: 'name', autoComplete: 'organization' })}
      {Text({ field: 'id', hint: t('builder.hint.id') })}
      <div className={`field${shown('kind') ? ' field--error' : ''}`}>
        <label htmlFor="f-kind">{t('builder.field.kind')}</label>
        {errorText('kind')}
        <select id="f-kind" name="kind" value={form.kind} onChange={(e) => set('kind', e.target.value)}>
          {props.kinds.map((k) => <option key={k.id} value={k.id}>{k.label}</option>)}
        </select>
      </div>
      <div className={`field${shown('description') ? ' field--error' : ''}`}>
        <label htmlFor="f-description">{t('builder.field.description')}<span className="muted"> ({t('builder.optional')})</span></label>
        <p className="hint" id={hintId('description')}>{t('builder.hint.description')}</p>
        {errorText('description')}
        <textarea id="f-description" name="description" rows={3} value={form.description} aria-describedby={describedBy('description', true)}
          onChange={(e) => set('description', e.target.value)} onBlur={() => setTouched((t) => new Set(t).add('description'))} />
      </div>
      {Text({ field: 'website', type: 'url', optional: true, inputMode: 'url', hint: 'https://…' })}
      {Text({ field: 'email', type: 'email', optional: true, inputMode: 'email', autoComplete: 'email' })}
      {Text({ field: 'phone', type: 'tel', optional: true, inputMode: 'tel', hint: '0264 000 000' })}

      <h2>{t('builder.section.source')}</h2>
      <p className="hint">{t('builder.hint.source')}</p>
      <fieldset className="field">
        <legend>{t('builder.field.source_kind')}</legend>
        {(['web', 'self'] as const).map((k) => (
          <label key={k} className="check"><input type="radio" name="source_kind" value={k} checked={form.source_kind === k} onChange={() => set('source_kind', k)} /> {t(`builder.sourceKind.${k}`)}</label>
        ))}
      </fieldset>
      {Text({ field: 'source_title', hint: t('builder.hint.source_title') })}
      {form.source_kind === 'web' && Text({ field: 'source_url', type: 'url', inputMode: 'url' })}
      {Text({ field: 'assured_date', type: 'date', hint: t('builder.hint.assured_date') })}

      <h2>{t('builder.section.location')}</h2>
      <p className="hint">{t('builder.hint.location')}</p>
      {Text({ field: 'location_name', optional: true })}
      {Text({ field: 'street', optional: true, autoComplete: 'street-address' })}
      {Text({ field: 'postal_code', optional: true, inputMode: 'numeric', autoComplete: 'postal-code' })}
      {Text({ field: 'locality', autoComplete: 'address-level2' })}
      {Text({ field: 'county', autoComplete: 'address-level1' })}

      <h2>{t('builder.section.service')}</h2>
      {Text({ field: 'service_name' })}
      {Checks({ field: 'service_types', options: props.serviceTypes })}
      {Checks({ field: 'beneficiary_categories', options: props.categories })}
      <div className={`field${shown('cost') ? ' field--error' : ''}`}>
        <label htmlFor="f-cost">{t('builder.field.cost')}</label>
        {errorText('cost')}
        <select id="f-cost" name="cost" value={form.cost} onChange={(e) => set('cost', e.target.value)}>
          <option value="">{t('builder.cost.unknown')}</option>
          {props.costs.map((c) => <option key={c.id} value={c.id}>{c.label}</option>)}
        </select>
      </div>
      {Checks({ field: 'access', options: props.accessModes })}
      {Text({ field: 'hours', optional: true, hint: t('builder.hint.hours') })}

      <p><button type="submit" className="button" disabled={!hydrated}>{t('builder.make')}</button></p>

      {ready && (
        <section className="result" aria-labelledby="result-title">
          <h2 id="result-title" tabIndex={-1} ref={resultRef}>{t('builder.result')}</h2>
          <p>{t('builder.resultHelp', { file: fileName })}</p>
          <p className="actions">
            <button type="button" className="button" onClick={copy}>{t('builder.copy')}</button>{' '}
            <button type="button" className="button" onClick={download}>{t('builder.download')}</button>{' '}
            <a className="button" href={newFileUrl(props.repository, fileName, result.yaml)} target="_blank" rel="noopener noreferrer">{t('builder.openGithub')}</a>
          </p>
          <p role="status" aria-live="polite">{copied ? t('builder.copied') : ''}</p>
          <label htmlFor="entry-yaml">{fileName}</label>
          <textarea id="entry-yaml" readOnly rows={Math.min(40, result.yaml.split('\n').length + 1)} value={result.yaml} spellCheck={false} />
        </section>
      )}
    </form>
  );
}
