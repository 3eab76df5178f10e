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
