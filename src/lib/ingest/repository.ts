/**
 * Links into the repository host's web editor (GitHub's URL scheme), so that anyone can propose a
 * change from the browser. The repository address and branch come from SITE in src/config.ts.
 */

export interface Repository {
  url: string;
  branch: string;
}

/** The folder of provider files, relative to the repository root. */
export const PROVIDERS_FOLDER = 'content/providers';

/**
 * The content file of a provider, relative to the repository root: `<id>.yaml`, unless the
 * provider's file has another name (`<id>.md` for one written in Markdown).
 * @example providerFilePath('x') // 'content/providers/x.yaml'
 * @example providerFilePath('x', 'x.md') // 'content/providers/x.md'
 */
export function providerFilePath(id: string, fileName: string = `${id}.yaml`): string {
  return `${PROVIDERS_FOLDER}/${fileName}`;
}

/**
 * Writes to the maintainers by e-mail, with the entry in the body: the way in for people without
 * a GitHub account.
 * @example mailtoUrl('m@example.org', 'New entry: x', 'id: x\n') // 'mailto:m@example.org?subject=New%20entry%3A%20x&body=id%3A%20x%0A'
 */
export function mailtoUrl(address: string, subject: string, body: string): string {
  return `mailto:${encodeURIComponent(address).replace(/%40/g, '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
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
