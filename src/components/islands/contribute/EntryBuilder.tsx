/**
 * The entry builder: a volunteer creates or corrects an organisation's entry without seeing a field
 * name or a line of YAML. It validates as they type with the build's own schema and checks
 * (src/lib/ingest/entry-builder.ts), in the page's language (the messages come from the same
 * catalogue as `npm run validate`), and shows each error next to its field. When the entry is valid
 * it gives the file to copy, download, open on GitHub, or send by e-mail.
 * Errors show for a field once it has been touched, and for all fields after "Make the file".
 * Without JavaScript the server-rendered form says so and points at the template instead.
 */
// First: zod must be jitless before the schemas behind the entry builder are built (no eval under the CSP).
import '../../../client/zod-jitless';
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  buildEntry, emptyForm, emptyLocation, emptyService, formFromSource, slugify, type EntryForm, type LocationForm, type ServiceForm, type TopField,
} from '../../../lib/ingest/entry-builder';
import { editFileUrl, mailtoUrl, newFileUrl } from '../../../lib/ingest/repository';
import type { ProviderSource } from '../../../lib/ingest/provider-source';
import type { MessageCatalogue } from '../../../lib/ingest/messages';
import { providerIdFromUrl, providerSourcePath } from '../../../lib/routes';
import { translator, type StringsFor } from '../../../lib/i18n/translator';
import type { Lang } from '../../../locales';
import { BUILDER_STRING_KEYS, fieldId, SelectField, TextField, type BuilderKey, type BuilderT, type FieldKit, type Option } from './BuilderFields';
import LocationFields, { type AreaOption } from './LocationFields';
import ServiceFields from './ServiceFields';

export { BUILDER_STRING_KEYS } from './BuilderFields';
type BuilderStrings = StringsFor<typeof BUILDER_STRING_KEYS>;

export interface EntryBuilderProps {
  lang: Lang;
  strings: BuilderStrings;
  /** The validation messages in the page's language. */
  messages: MessageCatalogue;
  kinds: Option[];
  categories: Option[];
  serviceTypes: Option[];
  costs: Option[];
  accessModes: Option[];
  areas: AreaOption[];
  repository: { url: string; branch: string };
  map: { tileUrl: string; tileAttribution: string; center: [number, number] };
  /** The maintainers' address, for people without a GitHub account; no e-mail option without it. */
  contactEmail?: string;
  /** CONTRIBUTING's section on other ways in, offered when there is no e-mail address to send the file to. */
  otherWaysUrl: string;
}

function todayIso(): string {
  // The visitor's local date: the day they checked the facts.
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const LOCATION_LABEL: Record<string, BuilderKey> = {
  name: 'builder.field.location_name', confidential: 'builder.field.confidential', contact_route: 'builder.field.contact_route', street: 'builder.field.street',
  postal_code: 'builder.field.postal_code', locality: 'builder.field.locality', county: 'builder.field.county', area: 'builder.field.area',
  latitude: 'builder.field.latitude', longitude: 'builder.field.longitude', precision: 'builder.field.precision',
};
const SERVICE_LABEL: Record<string, BuilderKey> = {
  name: 'builder.field.service_name', service_types: 'builder.field.service_types', beneficiary_categories: 'builder.field.beneficiary_categories',
  cost: 'builder.field.cost', access: 'builder.field.access', hours: 'builder.field.hours', locations: 'builder.field.service_locations',
};

/** How the error summary names a field: "Service 2 › Opening hours", never `services[1].hours`. */
function fieldLabel(t: BuilderT, field: string): string {
  const [group, index, name] = field.split('.');
  if (group === 'general') return t('builder.general');
  if (group === 'locations' || group === 'services') {
    const n = Number(index) + 1;
    const title = group === 'locations' ? t('builder.location.title', { n }) : t('builder.service.title', { n });
    const key = name === undefined ? undefined : (group === 'locations' ? LOCATION_LABEL : SERVICE_LABEL)[name];
    return key ? `${title} › ${t(key)}` : title;
  }
  return t(`builder.field.${group as TopField}` as BuilderKey);
}

type LoadState = { state: 'idle' } | { state: 'loading' } | { state: 'loaded'; name: string } | { state: 'error'; key: 'builder.correct.badAddress' | 'builder.correct.notFound' };

export default function EntryBuilder(props: EntryBuilderProps) {
  const { lang } = props;
  const t = useMemo(() => translator(props.strings, lang), [props.strings, lang]);
  const [today] = useState(todayIso);
  const [form, setForm] = useState<EntryForm>(() => emptyForm(today));
  const [base, setBase] = useState<ProviderSource | undefined>();
  const [idEdited, setIdEdited] = useState(false);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [copied, setCopied] = useState(false);
  const [address, setAddress] = useState('');
  const [load, setLoad] = useState<LoadState>({ state: 'idle' });
  // False in the server-rendered HTML: without JavaScript the notice stays and the button stays off.
  const [hydrated, setHydrated] = useState(false);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- the first client render must match the server HTML; the flag flips once, after hydration
  useEffect(() => setHydrated(true), []);
  const summaryRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);

  const taxonomies = useMemo(() => ({ beneficiaryCategories: props.categories.map((c) => c.id), serviceTypes: props.serviceTypes.map((c) => c.id), areas: props.areas.map((a) => ({ id: a.id, parent: a.parent, ro: a.ro })) }), [props.categories, props.serviceTypes, props.areas]);
  const result = useMemo(() => buildEntry(form, taxonomies, today, { lang, messages: props.messages, base }), [form, taxonomies, today, lang, props.messages, base]);
  const kit: FieldKit = {
    t,
    shown: (field) => (submitted || touched.has(field) ? result.errors[field] : undefined),
    touch: (field) => setTouched((s) => (s.has(field) ? s : new Set(s).add(field))),
  };
  const visibleErrors = Object.keys(result.errors).filter((f) => submitted || touched.has(f));
  const ready = submitted && result.valid;

  // eslint-disable-next-line react-hooks/set-state-in-effect -- clears the 'copied' notice when the file changes; one extra render after an edit is harmless
  useEffect(() => { setCopied(false); }, [result.text]);

  const set = <K extends keyof EntryForm>(field: K, value: EntryForm[K]) => {
    setForm((f) => {
      const next = { ...f, [field]: value };
      if (field === 'name' && !idEdited && !base) next.id = slugify(String(value));
      return next;
    });
    kit.touch(field);
    if (field === 'id') setIdEdited(true);
  };
  const setLocation = (i: number, patch: Partial<LocationForm>) => setForm((f) => ({ ...f, locations: f.locations.map((l, j) => (j === i ? { ...l, ...patch } : l)) }));
  const setService = (i: number, patch: Partial<ServiceForm>) => setForm((f) => ({ ...f, services: f.services.map((s, j) => (j === i ? { ...s, ...patch } : s)) }));
  const removeLocation = (i: number) => setForm((f) => {
    const gone = f.locations[i]!.key;
    return { ...f, locations: f.locations.filter((_, j) => j !== i), services: f.services.map((s) => ({ ...s, locations: s.locations.filter((k) => k !== gone) })) };
  });
  const places: Option[] = form.locations.map((l, i) => ({ id: l.key, label: [t('builder.location.title', { n: i + 1 }), l.name.trim() || (l.confidential ? '' : l.street.trim())].filter(Boolean).join(': ') }));

  const onSubmit = (e: { preventDefault(): void }) => {
    e.preventDefault();
    setSubmitted(true);
    requestAnimationFrame(() => (result.valid ? resultRef.current : summaryRef.current)?.focus());
  };

  const loadEntry = async (e: { preventDefault(): void }) => {
    e.preventDefault();
    const id = providerIdFromUrl(address);
    if (!id) { setLoad({ state: 'error', key: 'builder.correct.badAddress' }); return; }
    setLoad({ state: 'loading' });
    try {
      const res = await fetch(providerSourcePath(id));
      if (!res.ok) throw new Error(String(res.status));
      const source = (await res.json()) as ProviderSource;
      setBase(source);
      setForm(formFromSource(source, lang, today));
      setTouched(new Set());
      setSubmitted(false);
      setLoad({ state: 'loaded', name: String(source.provider.name ?? source.id) });
    } catch {
      setLoad({ state: 'error', key: 'builder.correct.notFound' });
    }
  };
  const startNew = () => {
    setBase(undefined);
    setForm(emptyForm(today));
    setIdEdited(false);
    setTouched(new Set());
    setSubmitted(false);
    setLoad({ state: 'idle' });
  };

  const fileName = result.fileName;
  const download = () => {
    const url = URL.createObjectURL(new Blob([result.text], { type: `${result.format === 'markdown' ? 'text/markdown' : 'text/yaml'};charset=utf-8` }));
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName.split('/').pop()!;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const copy = async () => {
    try { await navigator.clipboard.writeText(result.text); setCopied(true); } catch { setCopied(false); }
  };
  const mailSubject = base ? t('builder.mailSubjectFix', { name: form.name }) : t('builder.mailSubjectNew', { name: form.name });

  return (
    <div className="entry-builder" data-ready={ready ? 'true' : 'false'}>
      {!hydrated && <p className="stale">{t('builder.noscript')}</p>}

      <form className="builder-correct" onSubmit={loadEntry} noValidate>
        <h3>{t('builder.section.correct')}</h3>
        <TextField kit={{ ...kit, shown: () => undefined }} field="correct-address" label={t('builder.correct.address')} hint={t('builder.correct.help')} type="url" inputMode="url"
          value={address} onChange={setAddress} />
        <p className="actions">
          <button type="submit" className="button button--secondary" disabled={!hydrated || load.state === 'loading'}>{t('builder.correct.load')}</button>
          {base && <> <button type="button" className="button button--secondary" onClick={startNew}>{t('builder.correct.new')}</button></>}
        </p>
        <p role="status" aria-live="polite" className={load.state === 'error' ? 'field-error' : undefined}>
          {load.state === 'loading' ? t('builder.correct.loading') : load.state === 'loaded' ? t('builder.correct.loaded', { name: load.name }) : load.state === 'error' ? t(load.key) : ''}
        </p>
      </form>

      <form noValidate onSubmit={onSubmit} className="builder-form">
        {submitted && visibleErrors.length > 0 && (
          <div className="error-summary" role="alert" tabIndex={-1} ref={summaryRef} aria-labelledby="error-summary-title">
            <h2 id="error-summary-title">{t('builder.errorSummary')}</h2>
            <ul>
              {visibleErrors.map((f) => (result.errors[f] ?? []).map((m, i) => (
                <li key={`${f}-${i}`}>{f === 'general' ? `${fieldLabel(t, f)}: ${m}` : <a href={`#${fieldId(f)}`}>{fieldLabel(t, f)}: {m}</a>}</li>
              )))}
            </ul>
          </div>
        )}

        <h2>{t('builder.section.org')}</h2>
        <TextField kit={kit} field="name" label={t('builder.field.name')} autoComplete="organization" value={form.name} onChange={(v) => set('name', v)} />
        {!base && <TextField kit={kit} field="id" label={t('builder.field.id')} hint={t('builder.hint.id')} value={form.id} onChange={(v) => set('id', v)} />}
        <SelectField kit={kit} field="kind" label={t('builder.field.kind')} value={form.kind} options={props.kinds} onChange={(v) => set('kind', v)} />
        {!base && (
          <fieldset className="field">
            <legend>{t('builder.field.format')}</legend>
            {(['yaml', 'markdown'] as const).map((k) => (
              <label key={k} className="check"><input type="radio" name="format" value={k} checked={form.format === k} onChange={() => set('format', k)} /> {t(`builder.format.${k}`)}</label>
            ))}
          </fieldset>
        )}
        <TextField kit={kit} field="description" label={t('builder.field.description')} optional rows={result.format === 'markdown' ? 8 : 3}
          hint={t(result.format === 'markdown' ? 'builder.hint.descriptionParagraphs' : 'builder.hint.description')} value={form.description} onChange={(v) => set('description', v)} />
        <TextField kit={kit} field="website" label={t('builder.field.website')} optional type="url" inputMode="url" hint="https://…" value={form.website} onChange={(v) => set('website', v)} />
        <TextField kit={kit} field="emails" label={t('builder.field.emails')} optional rows={2} hint={t('builder.hint.emails')} value={form.emails} onChange={(v) => set('emails', v)} />
        <TextField kit={kit} field="phones" label={t('builder.field.phones')} optional rows={2} hint={t('builder.hint.phones')} value={form.phones} onChange={(v) => set('phones', v)} />

        <h2>{t('builder.section.source')}</h2>
        <p className="hint">{t('builder.hint.source')}</p>
        <fieldset className="field" id={fieldId('source_kind')}>
          <legend>{t('builder.field.source_kind')}</legend>
          {(['web', 'self'] as const).map((k) => (
            <label key={k} className="check"><input type="radio" name="source_kind" value={k} checked={form.source_kind === k} onChange={() => set('source_kind', k)} /> {t(`builder.sourceKind.${k}`)}</label>
          ))}
        </fieldset>
        <TextField kit={kit} field="source_title" label={t('builder.field.source_title')} hint={t('builder.hint.source_title')} value={form.source_title} onChange={(v) => set('source_title', v)} />
        {form.source_kind === 'web' && <TextField kit={kit} field="source_url" label={t('builder.field.source_url')} type="url" inputMode="url" value={form.source_url} onChange={(v) => set('source_url', v)} />}
        <TextField kit={kit} field="assured_date" label={t('builder.field.assured_date')} type="date" hint={t('builder.hint.assured_date')} value={form.assured_date} onChange={(v) => set('assured_date', v)} />

        <h2>{t('builder.section.locations')}</h2>
        <p className="hint">{t('builder.hint.locations')}</p>
        {form.locations.map((l, i) => (
          <LocationFields key={l.key} kit={kit} index={i} location={l} areas={props.areas} map={props.map}
            onChange={(patch) => { setLocation(i, patch); Object.keys(patch).forEach((k) => kit.touch(`locations.${i}.${k}`)); }}
            onRemove={() => removeLocation(i)} />
        ))}
        <p><button type="button" className="button button--secondary" onClick={() => setForm((f) => ({ ...f, locations: [...f.locations, emptyLocation()] }))}>{t('builder.location.add')}</button></p>

        <h2>{t('builder.section.services')}</h2>
        {form.services.map((s, i) => (
          <ServiceFields key={s.key} kit={kit} index={i} service={s} converted={result.convertedHours[i]}
            serviceTypes={props.serviceTypes} categories={props.categories} costs={props.costs} accessModes={props.accessModes} places={places}
            onChange={(patch) => { setService(i, patch); Object.keys(patch).forEach((k) => kit.touch(`services.${i}.${k}`)); }}
            onRemove={form.services.length > 1 ? () => setForm((f) => ({ ...f, services: f.services.filter((_, j) => j !== i) })) : undefined} />
        ))}
        <p><button type="button" className="button button--secondary" onClick={() => setForm((f) => ({ ...f, services: [...f.services, emptyService(f.locations.length === 1 ? [f.locations[0]!.key] : [])] }))}>{t('builder.service.add')}</button></p>

        <p><button type="submit" className="button" disabled={!hydrated}>{t('builder.make')}</button></p>

        {ready && (
          <section className="result" aria-labelledby="result-title">
            <h2 id="result-title" tabIndex={-1} ref={resultRef}>{t('builder.result')}</h2>
            <p>{base ? t('builder.resultReplace', { file: fileName }) : t('builder.resultHelp', { file: fileName })}</p>
            <p className="actions">
              <button type="button" className="button" onClick={copy}>{t('builder.copy')}</button>{' '}
              <button type="button" className="button" onClick={download}>{t('builder.download')}</button>{' '}
              {base
                ? <a className="button" href={editFileUrl(props.repository, fileName)} target="_blank" rel="noopener noreferrer">{t('builder.openGithubEdit')}</a>
                : <a className="button" href={newFileUrl(props.repository, fileName, result.text)} target="_blank" rel="noopener noreferrer">{t('builder.openGithub')}</a>}
            </p>
            <p role="status" aria-live="polite">{copied ? t('builder.copied') : ''}</p>
            {props.contactEmail
              ? <p>{t('builder.mailHelp', { address: props.contactEmail })}{' '}
                <a href={mailtoUrl(props.contactEmail, mailSubject, result.text)}>{t('builder.mail')}</a></p>
              : <p>{t('builder.noGithub')}{' '}<a href={props.otherWaysUrl}>{t('builder.otherWays')}</a>.</p>}
            <details>
              <summary>{t('builder.showText')}</summary>
              <label htmlFor="entry-yaml" className="visually-hidden">{fileName}</label>
              <textarea id="entry-yaml" readOnly rows={Math.min(40, result.text.split('\n').length + 1)} value={result.text} spellCheck={false} />
            </details>
          </section>
        )}
      </form>
    </div>
  );
}
