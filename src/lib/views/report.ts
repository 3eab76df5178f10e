/**
 * How a reader reports a problem with an entry: the GitHub issue form (filled in with the entry and
 * its page), and, when the maintainers have set an address (SITE.contactEmail), an e-mail with the
 * same details, for people without a GitHub account. Texts come in already translated.
 */
import { contributingUrl, issueFormUrl, mailtoUrl, type Repository } from '../ingest/repository';

export interface ReportLinks {
  /** "Report a problem with an entry", filled in. */
  problemForm: string;
  /** "Correct my organisation's entry", filled in, for the organisation itself. */
  correctionForm: string;
  /** The e-mail route, when the site has a maintainers' address. */
  mail?: string;
  /** Where CONTRIBUTING.md says how else to reach the maintainers (shown when there is no e-mail route). */
  otherWays: string;
}

export interface ReportInput {
  repo: Repository;
  contactEmail: string | undefined;
  entry: { id: string; name: string };
  /** The page's public address (absolute when the site has one). */
  pageUrl: string;
  /** Translated texts: the issue title and the e-mail's subject and body, details already filled in. */
  text: { title: string; mailSubject: string; mailBody: string };
  /** The section of CONTRIBUTING.md in the reader's language about working without GitHub. */
  contributingAnchor: string;
}

export function reportLinks(o: ReportInput): ReportLinks {
  const fields = { entry: o.entry.id, page: o.pageUrl };
  return {
    problemForm: issueFormUrl(o.repo, 'entryProblem', fields, o.text.title),
    correctionForm: issueFormUrl(o.repo, 'correctMyEntry', fields, o.text.title),
    mail: o.contactEmail ? mailtoUrl(o.contactEmail, o.text.mailSubject, o.text.mailBody) : undefined,
    otherWays: contributingUrl(o.repo, o.contributingAnchor),
  };
}
