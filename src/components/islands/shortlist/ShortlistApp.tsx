/**
 * The shortlist page: the chosen services (remove one, clear all), a link to the referral sheet,
 * and the services compared side by side. Rendered only in the browser: the list lives on the device.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { clear, persistence, remove, snapshot, subscribe, wasCorrupted } from '../../../client/shortlist/store';
import { selectionQuery } from '../../../lib/shortlist/shared-link';
import type { ReferralService } from '../../../lib/shortlist/service-view';
import type { Lang } from '../../../locales';
import { translator } from '../../../lib/i18n/translator';
import type { ShortlistStrings, ShortlistT as T } from '../../../lib/shortlist/strings';
import { ContactRouteText, PhoneList } from './ContactParts';
import ShareButtons from './ShareButtons';
import { serviceShareText, shareFromReferral } from '../../../lib/views/share';
import { shareUrl } from '../../../client/share-base';
import { resolveSelection, type ResolvedSelection } from '../../../client/shortlist/provider-files';
import type { TermLabels } from '../../../lib/shortlist/provider-file';

interface Props {
  lang: Lang;
  strings: ShortlistStrings;
  /** Category and type labels in the page's language, by id: the shortlist files name terms by id. */
  labels: TermLabels;
  /** Localised paths: the sheet page and the home page. */
  sheetPath: string;
  homePath: string;
}

export function useShortlist() {
  return useSyncExternalStore(subscribe, snapshot, () => snapshot());
}

/** Resolves the keys to service data, keeping the last result while a new one loads. */
export function useResolved(lang: Lang, t: T, labels: TermLabels, keys: readonly string[]): ResolvedSelection | undefined {
  const [resolved, setResolved] = useState<ResolvedSelection>();
  const signature = keys.join(' ');
  useEffect(() => {
    let live = true;
    resolveSelection({ lang, t, labels }, keys as ResolvedSelection['unknown']).then((r) => { if (live) setResolved(r); });
    return () => { live = false; };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the signature stands for the keys; t and labels come from the page and do not change
  }, [lang, signature]);
  return resolved;
}

/**
 * How fresh a service's facts are: "Verified by a person on …" only where someone assured them,
 * the dates of the sources behind them, and the old-data mark naming the old facts.
 */
export function Freshness({ s, t }: { s: ReferralService; t: T }) {
  const dates = s.oldestSource && s.newestSource
    ? (s.oldestSource === s.newestSource ? s.newestSource : t('provider.dateRange', { from: s.oldestSource, to: s.newestSource }))
    : undefined;
  return (
    <>
      {s.assured ? t('compare.assured', { date: s.assured }) : t('compare.notAssured')}
      {dates && <> {t('compare.sourcesDated', { dates })}</>}
      {s.stale && <strong className="stale-flag"> {t('compare.stale')}{s.oldFacts.length > 0 && <> {t('service.oldFacts', { facts: s.oldFacts.join(', ') })}</>}</strong>}
    </>
  );
}

interface Row {
  label: string;
  cell: (s: ReferralService) => React.ReactNode;
  /** False when the directory does not know this fact for the service. */
  known: (s: ReferralService) => boolean;
}

const has = (v: string | readonly unknown[] | undefined) => (Array.isArray(v) ? v.length > 0 : v !== undefined && v !== '');

/** Where a place is: its address, or for a confidential place the badge and its contact route with numbers to tap. */
function Place({ p, t }: { p: ReferralService['places'][number]; t: T }) {
  if (p.confidential) return <div><span className="badge">{t('provider.confidential')}</span>{(p.contactRouteParts || p.contactRoute) && <> <ContactRouteText parts={p.contactRouteParts} text={p.contactRoute} textLang={p.contactRouteLang} note={t('provider.translationMissing')} /></>}</div>;
  return <div>{p.address ?? p.name}</div>;
}

/**
 * The rows, most asked-for first (where, phone, hours): on a phone the reader scrolls down the
 * first column before across. A row no service has an answer for is left out and named once
 * under the table, rather than filling it with "unknown".
 */
function compareRows(t: T): Row[] {
  return [
    { label: t('compare.provider'), cell: (s) => s.providerName, known: () => true },
    { label: t('compare.where'), cell: (s) => <>{s.places.map((p, i) => <Place key={i} p={p} t={t} />)}</>, known: (s) => s.places.some((p) => p.confidential || has(p.address) || has(p.name)) },
    { label: t('provider.phone'), cell: (s) => <PhoneList phones={s.phones} t={t} />, known: (s) => s.phones.length > 0 },
    { label: t('service.hours'), cell: (s) => <><code>{s.hours}</code>{s.hoursNote && <> — {s.hoursNote}</>}</>, known: (s) => has(s.hours) },
    { label: t('service.forWhom'), cell: (s) => <>{s.forWhom.join(', ')}{s.ages && <> ({s.ages})</>}</>, known: (s) => s.forWhom.length > 0 },
    { label: t('service.access'), cell: (s) => s.access, known: (s) => has(s.access) },
    { label: t('service.howToRefer'), cell: (s) => s.howToRefer, known: (s) => has(s.howToRefer) },
    { label: t('service.cost'), cell: (s) => s.cost, known: (s) => has(s.cost) },
    { label: t('service.eligibility'), cell: (s) => s.eligibility, known: (s) => has(s.eligibility) },
    { label: t('service.documents'), cell: (s) => <ul>{s.documents.map((d) => <li key={d}>{d}</li>)}</ul>, known: (s) => s.documents.length > 0 },
    { label: t('service.capacity'), cell: (s) => s.capacity, known: (s) => has(s.capacity) },
    { label: t('service.languages'), cell: (s) => s.languages?.join(', '), known: (s) => has(s.languages) },
    { label: t('compare.accessibility'), cell: (s) => s.places.map((p) => p.accessibility).filter((a): a is string => !!a).join(', '), known: (s) => s.places.some((p) => has(p.accessibility)) },
    { label: t('service.areas'), cell: (s) => s.areas?.join(', '), known: (s) => has(s.areas) },
    { label: t('compare.freshness'), cell: (s) => <Freshness s={s} t={t} />, known: () => true },
  ];
}

/** One message per cause of failure, with how many services it hit: the network, the server, or unreadable data. */
export function LoadFailures({ failures, t }: { failures: ResolvedSelection['failures']; t: T }) {
  const causes = (['network', 'server', 'data'] as const).filter((c) => failures[c] > 0);
  return <>{causes.map((c) => <p key={c} className="notice" role="alert" data-failure={c}>{t(`shortlist.failed.${c}`, { count: failures[c] })}</p>)}</>;
}

export default function ShortlistApp({ lang, strings, labels, sheetPath, homePath }: Props) {
  const t = translator(strings, lang);
  const keys = useShortlist();
  const resolved = useResolved(lang, t, labels, keys);
  // Read once on mount: these describe how the list was loaded, they do not change with it.
  const [storageNote] = useState(() => (persistence() === 'memory' ? 'memory' : wasCorrupted() ? 'corrupted' : undefined));

  const services = resolved?.services ?? [];
  const allRows = compareRows(t);
  const rows = { shown: allRows.filter((r) => services.some(r.known)), unknown: allRows.filter((r) => !services.some(r.known)).map((r) => r.label.toLocaleLowerCase(lang)) };
  const loading = resolved === undefined && keys.length > 0;

  return (
    <div className="shortlist-app" data-ready={resolved !== undefined || keys.length === 0 ? 'true' : undefined}>
      {storageNote === 'memory' && <p className="notice" role="note">{t('shortlist.memoryOnly')}</p>}
      {storageNote === 'corrupted' && <p className="notice" role="note">{t('shortlist.corrupted')}</p>}

      <h2 id="shortlist-list">{t('shortlist.chosen', { count: keys.length })}</h2>
      {keys.length === 0 ? (
        <p>{t('shortlist.empty')} <a href={homePath}>{t('shortlist.browse')}</a></p>
      ) : (
        <>
          {loading && <p aria-live="polite">{t('shortlist.loading')}</p>}
          <ul className="shortlist-items">
            {services.map((s) => (
              <li key={s.key} data-key={s.key}>
                <a href={s.url}>{s.name}</a> <span className="muted">— {s.providerName}</span>
                {s.inactive && <> <strong>{t('service.inactive')}</strong></>}{' '}
                <button type="button" className="secondary" onClick={() => remove(s.key)} aria-label={t('shortlist.removeNamed', { name: s.name })}>{t('shortlist.removeOne')}</button>
                {!s.inactive && <ShareButtons t={t} text={serviceShareText(shareFromReferral(s), t, shareUrl(s.url))} name={s.name} />}
              </li>
            ))}
          </ul>
          {resolved && resolved.unknown.length > 0 && (
            <div className="notice" data-unknown>
              <h3>{t('shortlist.unknownTitle')}</h3>
              <p>{t('shortlist.unknownIntro')}</p>
              <ul>{resolved.unknown.map((k) => <li key={k}><code>{k}</code> <button type="button" className="secondary" onClick={() => remove(k)}>{t('shortlist.removeOne')}</button></li>)}</ul>
            </div>
          )}
          {resolved && <LoadFailures failures={resolved.failures} t={t} />}
          <p className="actions">
            <a className="button" href={`${sheetPath}${selectionQuery(keys)}`}>{t('shortlist.makeSheet')}</a>{' '}
            <button type="button" className="secondary" onClick={() => clear()}>{t('shortlist.clear')}</button>
          </p>
        </>
      )}

      {services.length > 0 && (
        <section aria-labelledby="compare-title" className="compare">
          <h2 id="compare-title">{t('compare.title')}</h2>
          <div className="compare-scroll" role="region" aria-labelledby="compare-title" tabIndex={0}>
            <table>
              <caption>{t('compare.caption')}</caption>
              <thead>
                <tr>
                  <td />
                  {services.map((s) => <th key={s.key} scope="col"><a href={s.url}>{s.name}</a></th>)}
                </tr>
              </thead>
              <tbody>
                {rows.shown.map((row) => (
                  <tr key={row.label}>
                    <th scope="row">{row.label}</th>
                    {services.map((s) => <td key={s.key}>{row.known(s) ? row.cell(s) : <span className="unknown">{t('service.unknown')}</span>}</td>)}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {rows.unknown.length > 0 && <p className="muted" data-unknown-rows>{t('compare.allUnknown', { facts: rows.unknown.join(', ') })}</p>}
        </section>
      )}
    </div>
  );
}
