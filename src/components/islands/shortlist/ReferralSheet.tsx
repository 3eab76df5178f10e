/**
 * The referral sheet: the chosen services with where, contacts, hours, how to get in, what to bring
 * (documents merged across services), freshness, a share link and its QR code; printable on A4.
 *
 * The selection comes from the link (`?s=`), so a shared link rebuilds the same sheet anywhere.
 * Nothing from the link is ever shown as text: parts it cannot read, services the directory does not
 * hold and services over the limit are counted, never echoed, so a crafted link cannot make the
 * printed sheet say something the site did not (a fake phone number, a fake instruction).
 * The caseworker's note lives only in this component's memory: it is never written to storage,
 * the URL, a cookie or the network, and it is gone when the page is left.
 */
import { useEffect, useMemo, useState } from 'react';
import { decodeSelection, MAX_SHARED_SERVICES, selectionQuery, SELECTION_PARAM } from '../../../lib/shortlist/shared-link';
import { mergeDocuments } from '../../../lib/shortlist/documents';
import type { ServiceKey } from '../../../lib/shortlist/selection';
import type { ReferralService } from '../../../lib/shortlist/service-view';
import type { Lang } from '../../../locales';
import { translator } from '../../../lib/i18n/translator';
import type { ShortlistStrings, ShortlistT as T } from '../../../lib/shortlist/strings';
import { add, snapshot } from '../../../client/shortlist/store';
import { Freshness, LoadFailures, useResolved, useShortlist } from './ShortlistApp';
import type { TermLabels } from '../../../lib/shortlist/provider-file';
import { ContactRouteText, PhoneList } from './ContactParts';
import ShareButtons from './ShareButtons';
import { sheetShareText, shareFromReferral } from '../../../lib/views/share';
import { shareUrl as publicUrl } from '../../../client/share-base';
import { contactSegments } from '../../../lib/views/contact-text';

interface Props {
  lang: Lang;
  /** BCP 47 locale for dates. */
  locale: string;
  strings: ShortlistStrings;
  /** Category and type labels in the page's language, by id. */
  labels: TermLabels;
  shortlistPath: string;
  /** The same sheet in each language (paths without the query), for the language links. */
  languages: Array<{ lang: Lang; label: string; path: string }>;
}

/** The selection in the link; without one, the device's shortlist, written into the link. */
function initialSelection(): { keys: ServiceKey[]; unreadable: number; overLimit: number } {
  const params = new URLSearchParams(window.location.search);
  if (params.has(SELECTION_PARAM)) return decodeSelection(params.get(SELECTION_PARAM));
  const keys = [...snapshot()].slice(0, MAX_SHARED_SERVICES);
  if (keys.length > 0) window.history.replaceState(null, '', `${window.location.pathname}${selectionQuery(keys)}`);
  return { keys, unreadable: 0, overLimit: 0 };
}

function Facts({ s, t }: { s: ReferralService; t: T }) {
  const unknown = <span className="unknown">{t('service.unknown')}</span>;
  return (
    <dl>
      <dt>{t('sheet.where')}</dt>
      <dd>
        {s.places.length === 0 && <p>{t('sheet.addressUnknown')}</p>}
        {s.places.map((p, i) => (
          <div key={i} className="place">
            {p.name && <strong>{p.name}</strong>}
            {p.confidential ? (
              <p><span className="badge">{t('provider.confidential')}</span>{' '}<ContactRouteText parts={p.contactRouteParts} text={p.contactRoute} textLang={p.contactRouteLang} note={t('provider.translationMissing')} /></p>
            ) : (
              <>
                {p.address && <address>{p.address}</address>}
                {p.directions && <p className="no-print"><a href={p.directions} rel="noopener noreferrer">{t('provider.directions')}</a></p>}
                {p.accessibility && <p>{p.accessibility}</p>}
              </>
            )}
          </div>
        ))}
      </dd>
      <dt>{t('provider.phone')}</dt>
      <dd>{s.phones.length ? <PhoneList phones={s.phones} t={t} /> : unknown}</dd>
      {s.emails.length > 0 && <><dt>{t('provider.email')}</dt><dd>{s.emails.map((e) => <div key={e.address}><a href={e.href}>{e.address}</a></div>)}</dd></>}
      <dt>{t('service.hours')}</dt>
      <dd>{s.hours ? <><code>{s.hours}</code>{s.hoursNote && <> — {s.hoursNote}</>}</> : t('service.hoursUnknown')}</dd>
      <dt>{t('service.access')}</dt>
      <dd>{s.access ?? unknown}{s.howToRefer && <p>{t('service.howToRefer')}: {s.howToRefer}</p>}</dd>
      <dt>{t('service.forWhom')}</dt>
      <dd>{s.forWhom.join(', ')}{s.ages && <> ({s.ages})</>}{s.eligibility && <p>{s.eligibility}</p>}</dd>
      <dt>{t('service.cost')}</dt>
      <dd>{s.cost ?? unknown}</dd>
      <dt>{t('sheet.checked')}</dt>
      <dd><Freshness s={s} t={t} /></dd>
    </dl>
  );
}

export default function ReferralSheet({ lang, locale, strings, labels, shortlistPath, languages }: Props) {
  const t = translator(strings, lang);
  const [{ keys, unreadable, overLimit }] = useState(initialSelection);
  const resolved = useResolved(lang, t, labels, keys);
  // The note: React state only. Never copied anywhere else.
  const [note, setNote] = useState('');
  const [qr, setQr] = useState<{ svg?: string; failed?: true }>({});
  const [copied, setCopied] = useState(false);

  // The link to share names only services the directory holds (or that could not be loaded just
  // now): a key it does not know would be printed in the link's text on the sheet.
  const shareKeys = resolved ? keys.filter((k) => !resolved.unknown.includes(k)) : keys;
  const query = selectionQuery(shareKeys);
  const shareUrl = `${window.location.origin}${window.location.pathname}${query}`;
  const today = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date()), [locale]);
  const services = resolved?.services ?? [];
  const documents = mergeDocuments(services.map((s) => ({ id: s.key, documents: s.documents })));
  const names = new Map(services.map((s) => [s.key, s.name]));
  // A shared sheet opened on another device: its services can join this device's shortlist.
  const own = useShortlist();
  const notInOwn = services.filter((s) => !own.includes(s.key));

  useEffect(() => {
    if (shareKeys.length === 0) return;
    let live = true;
    // Loaded on demand and drawn here: the QR code never needs the network.
    import('qrcode')
      .then((QRCode) => QRCode.toString(shareUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }))
      .then((svg) => { if (live) setQr({ svg }); })
      .catch(() => { if (live) setQr({ failed: true }); });
    return () => { live = false; };
  }, [shareUrl, shareKeys.length]);

  useEffect(() => {
    // Coming back through the back/forward cache would show the old note: the hint promises it is gone.
    const onShow = (e: PageTransitionEvent) => { if (e.persisted) setNote(''); };
    window.addEventListener('pageshow', onShow);
    return () => window.removeEventListener('pageshow', onShow);
  }, []);

  useEffect(() => {
    // The header's language links would drop the selection: carry it over.
    for (const a of document.querySelectorAll<HTMLAnchorElement>('.lang-switch a')) {
      const url = new URL(a.href, window.location.href);
      url.search = query;
      a.href = url.pathname + url.search;
    }
  }, [query]);

  return (
    <div className="referral-sheet" data-ready={resolved !== undefined || keys.length === 0 ? 'true' : undefined}>
      <div className="sheet-tools no-print">
        <p>{t('sheet.intro')}</p>
        <label htmlFor="sheet-note">{t('sheet.note')}</label>
        <p id="sheet-note-hint" className="muted">{t('sheet.noteHint')}</p>
        {/* autoComplete off: the browser must not restore the note from its form history either. */}
        <textarea id="sheet-note" rows={4} autoComplete="off" spellCheck={false} aria-describedby="sheet-note-hint" value={note} onChange={(e) => setNote(e.target.value)} />
        <p className="actions">
          <button type="button" onClick={() => window.print()} disabled={keys.length === 0}>{t('sheet.print')}</button>{' '}
          {notInOwn.length > 0 && <><button type="button" className="secondary" onClick={() => notInOwn.forEach((s) => add(s.key))}>{t('sheet.addAll')}</button>{' '}</>}
          <a href={shortlistPath}>{t('sheet.backToShortlist')}</a>
        </p>
        <p>
          {t('sheet.otherLanguages')}{' '}
          {languages.filter((l) => l.lang !== lang).map((l, i) => <span key={l.lang}>{i > 0 && ' · '}<a href={`${l.path}${query}`} hrefLang={l.lang} lang={l.lang}>{l.label}</a></span>)}
        </p>
      </div>

      <p className="sheet-date"><span className="print-only-inline">{t('site.name')} · </span>{t('sheet.preparedOn', { date: today })}</p>

      {note.trim() !== '' && (
        <section className="sheet-note print-only" aria-labelledby="sheet-note-title">
          <h2 id="sheet-note-title">{t('sheet.noteHeading')}</h2>
          <p>{note}</p>
        </section>
      )}

      {unreadable > 0 && <p className="notice" role="note" data-unreadable>{t('sheet.unrecognised', { count: unreadable })}</p>}
      {overLimit > 0 && <p className="notice" role="note" data-over-limit>{t('sheet.tooMany', { count: overLimit, max: MAX_SHARED_SERVICES })}</p>}
      {keys.length === 0 && <p>{t('sheet.empty')} <a href={shortlistPath}>{t('sheet.backToShortlist')}</a></p>}
      {resolved === undefined && keys.length > 0 && <p aria-live="polite">{t('shortlist.loading')}</p>}

      {services.map((s) => (
        <article key={s.key} className="sheet-service" data-key={s.key} aria-labelledby={`sheet-${s.key.replace('/', '--')}`}>
          <h2 id={`sheet-${s.key.replace('/', '--')}`}>{s.name}</h2>
          <p className="provider-name">{s.providerName}</p>
          {s.inactive && <p className="stale">{t('service.inactive')}</p>}
          {s.stale && <p className="stale">{t('compare.stale')}{s.oldFacts.length > 0 && <> {t('service.oldFacts', { facts: s.oldFacts.join(', ') })}</>}</p>}
          <Facts s={s} t={t} />
        </article>
      ))}

      {resolved && resolved.unknown.length > 0 && (
        <section className="sheet-unknown notice" aria-labelledby="sheet-unknown-title" data-unknown>
          <h2 id="sheet-unknown-title">{t('shortlist.unknownTitle')}</h2>
          <p>{t('sheet.notFound', { count: resolved.unknown.length })}</p>
        </section>
      )}
      {resolved && <LoadFailures failures={resolved.failures} t={t} />}

      {services.length > 0 && (
        <section className="sheet-bring" aria-labelledby="sheet-bring-title">
          <h2 id="sheet-bring-title">{t('sheet.whatToBring')}</h2>
          {documents.length === 0 ? <p>{t('sheet.noDocuments')}</p> : (
            <ul>
              {documents.map((d) => (
                <li key={d.text}>
                  {d.text}
                  {services.length > 1 && <span className="muted"> — {t('sheet.neededBy', { names: d.neededBy.map((k) => names.get(k as ServiceKey) ?? k).join(', ') })}</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {shareKeys.length > 0 && (
        <section className="sheet-share" aria-labelledby="sheet-share-title">
          <h2 id="sheet-share-title">{t('sheet.share')}</h2>
          <p className="no-print">{t('sheet.shareIntro')}</p>
          <div className="share-row">
            {qr.svg && <div className="qr" role="img" aria-label={t('sheet.qr')} dangerouslySetInnerHTML={{ __html: qr.svg }} />}
            <div>
              <p className="share-url"><a href={shareUrl}>{shareUrl}</a></p>
              {qr.failed && <p>{t('sheet.qrTooLong')}</p>}
              <p className="no-print">
                <ShareButtons t={t} label={t('share.sheet')} name={t('sheet.title')} text={sheetShareText(services.map(shareFromReferral), t, publicUrl(`${window.location.pathname}${query}`))} />
              </p>
              <p className="no-print muted">{t('share.note')}</p>
              <p className="no-print">
                <button
                  type="button"
                  className="secondary"
                  onClick={() => navigator.clipboard?.writeText(shareUrl).then(() => setCopied(true), () => setCopied(false))}
                >
                  {t('sheet.copy')}
                </button>{' '}
                <span role="status">{copied ? t('sheet.copied') : ''}</span>
              </p>
            </div>
          </div>
        </section>
      )}
      <p className="emergency"><ContactRouteText parts={contactSegments(t('home.emergency'))} /></p>
    </div>
  );
}
