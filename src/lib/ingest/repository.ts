/**
 * Links into the repository host's web editor (GitHub's URL scheme), so that anyone can propose a
 * change from the browser. The repository address and branch come from SITE in src/config.ts.
 */

export interface Repository {
  url: string;
  branch: string;
}

/** The content file of a provider, relative to the repository root. */
export function providerFilePath(id: string): string {
  return `content/providers/${id}.yaml`;
}

/**
 * Writes to the maintainers by e-mail with subject and body filled in: the way in for people without
 * a GitHub account (RFC 6068: percent-encoded, line breaks as CRLF).
 * @example mailtoUrl('a@b.ro', 'Problemă', 'x\ny') // 'mailto:a@b.ro?subject=Problem%C4%83&body=x%0D%0Ay'
 */
export function mailtoUrl(address: string, subject: string, body: string): string {
  const enc = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
  return `mailto:${encodeURIComponent(address).replace(/%40/g, '@')}?subject=${enc(subject)}&body=${enc(body)}`;
}

/**
 * Opens a file in the host's web editor; saving it offers to open a pull request.
 * @example editFileUrl({ url: 'https://github.com/o/r', branch: 'main' }, 'content/providers/x.yaml')
 *   // 'https://github.com/o/r/edit/main/content/providers/x.yaml'
 */
export function editFileUrl(repo: Repository, path: string): string {
  return `${repo.url.replace(/\/$/, '')}/edit/${encodeURIComponent(repo.branch)}/${path.split('/').map(encodeURIComponent).join('/')}`;
}

/**
 * Opens the host's "new file" page with the name and the text filled in.
 * @example newFileUrl(repo, 'content/providers/x.yaml', 'id: x\n') // '.../new/main?filename=content%2Fproviders%2Fx.yaml&value=id%3A%20x%0A'
 */
export function newFileUrl(repo: Repository, path: string, value: string): string {
  return `${repo.url.replace(/\/$/, '')}/new/${encodeURIComponent(repo.branch)}?filename=${encodeURIComponent(path)}&value=${encodeURIComponent(value)}`;
}

/**
 * The repository's issue forms (.github/ISSUE_TEMPLATE/<file>), in Romanian and English, and the
 * ids of the fields a link may fill in. tests/unit/report.test.ts checks each id against the form.
 */
export const ISSUE_FORMS = {
  /** "Report a problem with an entry": anyone. */
  entryProblem: { file: 'entry-problem.yml', fields: ['entry', 'page'] },
  /** "Add my organisation". */
  addOrganisation: { file: 'add-organisation.yml', fields: ['name'] },
  /** "Correct my organisation's entry": someone who speaks for the organisation. */
  correctMyEntry: { file: 'correct-my-entry.yml', fields: ['entry', 'page'] },
} as const;

export type IssueForm = keyof typeof ISSUE_FORMS;
type FieldOf<F extends IssueForm> = (typeof ISSUE_FORMS)[F]['fields'][number];

/**
 * Opens one of the repository's issue forms with some fields already filled in (GitHub fills a
 * form field whose id is a query parameter), and the title when given.
 * @example issueFormUrl(repo, 'entryProblem', { entry: 'dasm' }) // 'https://github.com/o/r/issues/new?template=entry-problem.yml&entry=dasm'
 */
export function issueFormUrl<F extends IssueForm>(repo: Repository, form: F, fields: Partial<Record<FieldOf<F>, string>>, title?: string): string {
  const params = new URLSearchParams({ template: ISSUE_FORMS[form].file });
  if (title) params.set('title', title);
  for (const [id, value] of Object.entries(fields)) if (typeof value === 'string' && value) params.set(id, value);
  return `${repo.url.replace(/\/$/, '')}/issues/new?${params.toString().replace(/\+/g, '%20')}`;
}

/**
 * The section of CONTRIBUTING.md on getting an entry changed without GitHub, as GitHub names its
 * heading: the Romanian one for Romanian readers, the English one for everyone else (the guide is in
 * Romanian and English). tests/unit/report.test.ts checks both headings exist.
 */
export function withoutGithubAnchor(lang: string): string {
  return lang === 'ro' ? 'fără-cont-github' : 'without-a-github-account';
}

/** CONTRIBUTING.md on the repository's site, at a section when given. */
export function contributingUrl(repo: Repository, anchor?: string): string {
  return `${repo.url.replace(/\/$/, '')}/blob/${encodeURIComponent(repo.branch)}/CONTRIBUTING.md${anchor ? `#${anchor}` : ''}`;
}
