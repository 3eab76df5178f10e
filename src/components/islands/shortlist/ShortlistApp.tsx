/**
 * The shortlist page: the chosen services (remove one, clear all), a link to the referral sheet,
 * and the services compared side by side. Rendered only in the browser: the list lives on the device.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { clear, persistence, remove, snapshot, subscribe, wasCorrupted } from '../../../client/shortlist/store';
import { selectionQuery } from '../../../lib/shortlist/selection';
import type { ReferralService } from '../../../lib/shortlist/service-view';
import type { Lang } from '../../../locales';
import { translator } from '../../../lib/i18n/translator';
import type { ShortlistStrings, ShortlistT as T } from '../../../lib/shortlist/strings';
import { resolveSelection, type ResolvedSelection } from '../../../client/shortlist/provider-files';

interface Props {
  lang: Lang;
  strings: ShortlistStrings;
  /** Localised paths: the sheet page and the home page. */
  sheetPath: string;
  homePath: string;
}

export function useShortlist() {
  return useSyncExternalStore(subscribe, snapshot, () => snapshot());
}

/** Resolves the keys to service data, keeping the last result while a new one loads. */
export function useResolved(lang: Lang, keys: readonly string[]): ResolvedSelection | undefined {
  const [resolved, setResolved] = useState<ResolvedSelection>();
  const signature = keys.join(' ');
  useEffect(() => {
    let live = true;
    resolveSelection(lang, keys as ResolvedSelection['unknown']).then((r) => { if (live) setResolved(r); });
    return () => { live = false; };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the signature stands for the keys
  }, [lang, signature]);
  return resolved;
}

function Unknown({ t, value }: { t: T; value: string | string[] | undefined }) {
  if (value === undefined || (Array.isArray(value) && value.length === 0)) return <span className="unknown">{t('service.unknown')}</span>;
  return Array.isArray(value) ? <>{value.join(', ')}</> : <>{value}</>;
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
}

function compareRows(t: T): Row[] {
  return [
    { label: t('compare.provider'), cell: (s) => s.providerName },
    { label: t('service.forWhom'), cell: (s) => <>{s.forWhom.join(', ')}{s.ages && <> ({s.ages})</>}</> },
    { label: t('service.eligibility'), cell: (s) => <Unknown t={t} value={s.eligibility} /> },
    { label: t('service.cost'), cell: (s) => <Unknown t={t} value={s.cost} /> },
    { label: t('service.documents'), cell: (s) => (s.documents.length ? <ul>{s.documents.map((d) => <li key={d}>{d}</li>)}</ul> : <Unknown t={t} value={undefined} />) },
    { label: t('service.access'), cell: (s) => <Unknown t={t} value={s.access} /> },
    { label: t('service.howToRefer'), cell: (s) => <Unknown t={t} value={s.howToRefer} /> },
    { label: t('service.capacity'), cell: (s) => <Unknown t={t} value={s.capacity} /> },
    { label: t('service.hours'), cell: (s) => (s.hours ? <><code>{s.hours}</code>{s.hoursNote && <> — {s.hoursNote}</>}</> : <Unknown t={t} value={undefined} />) },
    { label: t('service.languages'), cell: (s) => <Unknown t={t} value={s.languages} /> },
    { label: t('compare.accessibility'), cell: (s) => <Unknown t={t} value={s.places.map((p) => p.accessibility).filter((a): a is string => !!a)} /> },
    { label: t('compare.where'), cell: (s) => <Unknown t={t} value={s.places.map((p) => (p.confidential ? t('provider.confidential') : p.address ?? p.name)).filter((a): a is string => !!a)} /> },
    { label: t('service.areas'), cell: (s) => <Unknown t={t} value={s.areas} /> },
    { label: t('compare.freshness'), cell: (s) => <Freshness s={s} t={t} /> },
  ];
}

export default function ShortlistApp({ lang, strings, sheetPath, homePath }: Props) {
  const t = translator(strings, lang);
  const keys = useShortlist();
  const resolved = useResolved(lang, keys);
  // Read once on mount: these describe how the list was loaded, they do not change with it.
  const [storageNote] = useState(() => (persistence() === 'memory' ? 'memory' : wasCorrupted() ? 'corrupted' : undefined));

  const services = resolved?.services ?? [];
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
          {resolved && resolved.unavailable.length > 0 && (
            <p className="notice" role="alert">{t('shortlist.loadFailed', { names: resolved.unavailable.join(', ') })}</p>
          )}
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
                {compareRows(t).map((row) => (
                  <tr key={row.label}>
                    <th scope="row">{row.label}</th>
                    {services.map((s) => <td key={s.key}>{row.cell(s)}</td>)}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </div>
  );
}
