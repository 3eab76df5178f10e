/**
 * How a service is reached, as the compare table and the referral sheet show it: phone numbers to tap
 * (with what each is for) and a confidential place's contact route with its numbers as links. Both
 * render the presenters' views (src/lib/views/contact.ts, contact-text.ts) and never format a fact.
 */
import type { PhoneView } from '../../../lib/views/contact';
import type { TextSegment } from '../../../lib/views/contact-text';
import type { ShortlistT as T } from '../../../lib/shortlist/strings';

/**
 * A contact route, its phone numbers and e-mail addresses as links (segments are text, never HTML).
 * With `textLang` (the Romanian shown for want of a translation) it is marked so, with `note` after it.
 */
export function ContactRouteText({ parts, text, textLang, note }: { parts?: readonly TextSegment[]; text?: string; textLang?: string; note?: string }) {
  const segments = (parts ?? [{ text: text ?? '' }]).map((part, i) => (part.href ? <a key={i} className={part.kind === 'email' ? undefined : 'call'} href={part.href}>{part.text}</a> : <span key={i}>{part.text}</span>));
  if (!textLang) return <>{segments}</>;
  return <><span lang={textLang}>{segments}</span>{note && <> <span className="muted translation-note">{note}</span></>}</>;
}

/** Each number as a tap-to-call link with what it is for ("free call", "Head office"). */
export function PhoneList({ phones, t }: { phones: readonly PhoneView[]; t: T }) {
  return (
    <>
      {phones.map((ph) => {
        const notes = [ph.label, ph.free ? t('provider.freeCall') : undefined].filter(Boolean).join(', ');
        return <div key={ph.number}><a className="call" href={ph.href}>{ph.number}</a>{notes && <> ({notes})</>}</div>;
      })}
    </>
  );
}
