/**
 * Every service reachable. A confidential place's contact route must name a way to reach the service
 * (a phone number other than 112, or an e-mail address, in its text), unless the organisation's own
 * numbers or addresses are there to call: a route that only says "contact the association" leaves a
 * person in danger with nothing to dial, so validate refuses it.
 *
 * A listed service with no phone, e-mail or website (its own or its organisation's) and no contact
 * route is only warned about: the fix is a source that gives a contact, and refusing would push
 * editors to delete a sourced service (with its address, where a person can still go) instead.
 */
import type { Provider } from '../../schemas/provider';
import type { LocalizedText } from '../../schemas/common';
import { namesReachableContact } from '../views/contact-text';
import type { ContentProblem } from './friendly-errors';

function variants(text: LocalizedText | undefined): Array<[lang: string, text: string]> {
  if (text === undefined) return [];
  if (typeof text === 'string') return [['ro', text]];
  return Object.entries(text).filter((e): e is [string, string] => typeof e[1] === 'string');
}

/** True when the organisation publishes a phone number or an e-mail address of its own. */
export function providerHasContact(p: Pick<Provider, 'phones' | 'emails'>): boolean {
  return (p.phones?.length ?? 0) + (p.emails?.length ?? 0) > 0;
}

/** The ways to reach a service: own or organisation phones, e-mails, website, or a confidential place's contact route. */
/** What reachability reads of an organisation: its contacts and its places' confidential contact routes (also fits a published provider). */
export interface ReachInput extends Pick<Provider, 'phones' | 'emails' | 'website'> {
  locations?: ReadonlyArray<{ id: string; confidential?: boolean; contact_route?: LocalizedText }>;
}

/** What reachability reads of a service. */
export type ServiceReachInput = Pick<Provider['services'][number], 'phones' | 'emails' | 'locations'>;

export function serviceIsReachable(p: ReachInput, s: ServiceReachInput): boolean {
  if (providerHasContact(p) || p.website || s.phones?.length || s.emails?.length) return true;
  return (s.locations ?? []).some((id) => {
    const l = p.locations?.find((x) => x.id === id);
    return l?.confidential === true && variants(l.contact_route).some(([, text]) => namesReachableContact(text));
  });
}

/** Contact routes that name nothing to call or write to (refused), and active services nobody can reach (warned). */
export function checkReach(p: Provider, file: string): { problems: ContentProblem[]; warnings: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const orgContact = providerHasContact(p);
  p.locations?.forEach((l, i) => {
    if (!l.confidential || orgContact) return;
    for (const [lang, text] of variants(l.contact_route)) {
      if (namesReachableContact(text)) continue;
      const path = typeof l.contact_route === 'string' ? ['locations', i, 'contact_route'] : ['locations', i, 'contact_route', lang];
      problems.push({
        file, path,
        message: "names no way to reach the service: write in it a phone number (112 alone reaches the emergency services, not this service) or an e-mail address, like 'Sunați la 0264 000 000', or give the organisation's phones or emails",
      });
    }
  });
  p.services.forEach((s, i) => {
    if (s.status === 'inactive' || serviceIsReachable(p, s)) return;
    warnings.push({
      file, path: ['services', i],
      message: `'${s.id}' has no phone, e-mail or website (its own or the organisation's) and no contact route: people cannot reach it from this directory; add a contact from a source`,
    });
  });
  return { problems, warnings };
}
