/**
 * The content domains of the AWS certification exams KMS Lab prepares for, as named in AWS's current
 * exam guides, so a bank can tag which domain an item serves and results can be broken down the way
 * AWS's score report is. Weights are the share of scored content per domain in each guide.
 *
 * Sources: the AWS Certified Solutions Architect - Associate (SAA-C03), Developer - Associate
 * (DVA-C02), Cloud Practitioner (CLF-C02) and Security - Specialty (SCS-C03, live since
 * 2 December 2025) exam guides, https://docs.aws.amazon.com/aws-certification/latest/userguide/
 */

/** One content domain of an exam guide. */
export interface ExamDomainInfo {
  /** Domain number in the exam guide (1-based). */
  number: number;
  /** Domain name exactly as the exam guide writes it. */
  name: string;
  /** Share of scored content, in percent. */
  weight: number;
}

/** A question's tag: this item serves `domain` of `exam`. */
export interface DomainTag {
  /** Exam code such as `SCS-C03`. */
  exam: string;
  /** Domain name as the exam guide writes it. */
  domain: string;
}

/** Domains per current exam code. */
export const EXAM_DOMAINS: Readonly<Record<string, readonly ExamDomainInfo[]>> = {
  'SAA-C03': [
    { number: 1, name: 'Design Secure Architectures', weight: 30 },
    { number: 2, name: 'Design Resilient Architectures', weight: 26 },
    { number: 3, name: 'Design High-Performing Architectures', weight: 24 },
    { number: 4, name: 'Design Cost-Optimized Architectures', weight: 20 },
  ],
  'SCS-C03': [
    { number: 1, name: 'Detection', weight: 16 },
    { number: 2, name: 'Incident Response', weight: 14 },
    { number: 3, name: 'Infrastructure Security', weight: 18 },
    { number: 4, name: 'Identity and Access Management', weight: 20 },
    { number: 5, name: 'Data Protection', weight: 18 },
    { number: 6, name: 'Security Foundations and Governance', weight: 14 },
  ],
  'DVA-C02': [
    { number: 1, name: 'Development with AWS Services', weight: 32 },
    { number: 2, name: 'Security', weight: 26 },
    { number: 3, name: 'Deployment', weight: 24 },
    { number: 4, name: 'Troubleshooting and Optimization', weight: 18 },
  ],
  'CLF-C02': [
    { number: 1, name: 'Cloud Concepts', weight: 24 },
    { number: 2, name: 'Security and Compliance', weight: 30 },
    { number: 3, name: 'Cloud Technology and Services', weight: 34 },
    { number: 4, name: 'Billing, Pricing, and Support', weight: 12 },
  ],
};

const EXAM_CODE = /^([A-Z]{2,4}-C\d{2})\b\s*:?\s*(.*)$/;

/** The guide's spelling of `name` for `exam` (case and spacing forgiven), or undefined. */
export function findDomain(exam: string, name: string): ExamDomainInfo | undefined {
  const wanted = name.replace(/\s+/g, ' ').trim().toLowerCase();
  const byNumber = /^\d$/.test(wanted) ? Number(wanted) : undefined;
  return EXAM_DOMAINS[exam]?.find((d) => d.name.toLowerCase() === wanted || d.number === byNumber);
}

/**
 * Reads domain tags written as `SCS-C03 Data Protection, SAA-C03 Design Secure Architectures`. Items
 * split on commas that start a new exam code, so a domain name with commas of its own ("Billing,
 * Pricing, and Support") stays whole. A known exam's domain may also be given by its number
 * (`SCS-C03 5`). Returns the tags and, for each piece that cannot be read, a message.
 */
export function parseDomainTags(value: string | readonly string[]): { tags: DomainTag[]; errors: string[] } {
  const pieces = (typeof value === 'string' ? [value] : value).flatMap((v) => v.split(/,\s*(?=[A-Z]{2,4}-C\d{2}\b)/));
  const tags: DomainTag[] = [];
  const errors: string[] = [];
  for (const raw of pieces) {
    const piece = raw.trim();
    if (!piece) continue;
    const m = EXAM_CODE.exec(piece);
    if (!m || !m[2]!.trim()) {
      errors.push(`"${piece}" is not an exam code followed by a domain name (e.g. "SCS-C03 Data Protection").`);
      continue;
    }
    const exam = m[1]!;
    const named = m[2]!.trim();
    const known = EXAM_DOMAINS[exam];
    if (!known) {
      tags.push({ exam, domain: named });
      continue;
    }
    const info = findDomain(exam, named);
    if (!info) {
      errors.push(`"${named}" is not a domain of ${exam} (its domains: ${known.map((d) => d.name).join('; ')}).`);
      continue;
    }
    if (!tags.some((t) => t.exam === exam && t.domain === info.name)) tags.push({ exam, domain: info.name });
  }
  return { tags, errors };
}
