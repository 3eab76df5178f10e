/** "Send to a phone" in the shortlist islands: the SMS and WhatsApp links of ShareLinks.astro, for a message made in the browser. */
import { smsHref, whatsappHref } from '../../../lib/views/share';
import type { ShortlistT as T } from '../../../lib/shortlist/strings';

export default function ShareButtons({ t, text, name, label }: { t: T; text: string; name: string; label?: string }) {
  return (
    <span className="share-links">
      <span>{label ?? t('share.title')}</span>
      <a className="share-link" data-share="sms" href={smsHref(text)} aria-label={t('share.smsNamed', { name })}>{t('share.sms')}</a>
      <a className="share-link" data-share="whatsapp" href={whatsappHref(text)} rel="noopener noreferrer" aria-label={t('share.whatsappNamed', { name })}>{t('share.whatsapp')}</a>
    </span>
  );
}
