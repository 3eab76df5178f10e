/**
 * Documents to bring, merged across the services of a referral sheet. Apart from ./selection.ts,
 * which every page with an "Add to shortlist" button loads, since only the sheet needs it.
 */

/**
 * The comparison form of a document name: no diacritics (ș and ş alike), lower case, single spaces,
 * no trailing punctuation. "Carte de identitate." and "carte de  identitate" are the same document.
 */
export function documentKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('ro')
    .replace(/\s+/g, ' ')
    .replace(/[\s.,;:!]+$/u, '')
    .trim();
}

export interface MergedDocument {
  /** The wording of the first service that asks for it. */
  text: string;
  /** Keys (or names) of the services that ask for it, in the order given. */
  neededBy: string[];
}

/**
 * Merges the "documents to bring" of several services into one list without duplicates,
 * keeping the first wording and recording which services need each document.
 */
export function mergeDocuments(services: ReadonlyArray<{ id: string; documents: readonly string[] }>): MergedDocument[] {
  const merged = new Map<string, MergedDocument>();
  for (const s of services) {
    for (const doc of s.documents) {
      const key = documentKey(doc);
      if (key === '') continue;
      const found = merged.get(key);
      if (!found) merged.set(key, { text: doc.trim(), neededBy: [s.id] });
      else if (!found.neededBy.includes(s.id)) found.neededBy.push(s.id);
    }
  }
  return [...merged.values()];
}
