/** "Add to shortlist" on a result row; the same device-only list as the provider pages' buttons. */
import { useSyncExternalStore } from 'react';
import { snapshot, subscribe, toggle, type ServiceKey } from '../../../client/shortlist/store';
import type { SearchT } from '../../../lib/search/labels';

export default function ShortlistToggle({ serviceKey, name, t }: { serviceKey: ServiceKey; name: string; t: SearchT }) {
  const keys = useSyncExternalStore(subscribe, snapshot, () => []);
  const chosen = keys.includes(serviceKey);
  return (
    <button type="button" className={chosen ? 'shortlist-toggle in-shortlist' : 'shortlist-toggle'} aria-pressed={chosen} aria-label={`${t(chosen ? 'shortlist.remove' : 'shortlist.add')}: ${name}`} onClick={() => toggle(serviceKey)}>
      {t(chosen ? 'shortlist.remove' : 'shortlist.add')}
    </button>
  );
}
