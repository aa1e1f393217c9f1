/**
 * Key policies as evaluation reads them: each policy text parsed once (a bounded cache), and the facts
 * of a key that evaluation and its condition keys use.
 */
import type { KeyRecord } from '../model';
import type { EvaluationKey } from './evaluate-policy';
import { parsePolicyDocument, type PolicyDocument } from './policy-document';

const EMPTY_POLICY: PolicyDocument = { version: '2012-10-17', statements: [] };
/** Parsed documents kept; past this the cache starts again (policies are few, keys share them). */
const MAX_POLICIES = 500;

/** Parsed key policies by text: the same text gives the same document object until the cache refills. */
export class KeyPolicyCache {
  private readonly documents = new Map<string, PolicyDocument>();

  /** The parsed document of a key policy text. */
  parsed(text: string): PolicyDocument {
    let doc = this.documents.get(text);
    if (!doc) {
      const r = parsePolicyDocument(text, 'key');
      // A stored policy was validated when set; if it somehow is not parseable it allows nothing.
      doc = r.ok ? r.document : EMPTY_POLICY;
      if (this.documents.size > MAX_POLICIES) this.documents.clear();
      this.documents.set(text, doc);
    }
    return doc;
  }

  clear(): void {
    this.documents.clear();
  }
}

/** A key as policy evaluation sees it. */
export function evaluationKey(key: KeyRecord, policy: PolicyDocument): EvaluationKey {
  return {
    arn: key.arn,
    accountId: key.accountId,
    keySpec: key.keySpec,
    keyUsage: key.keyUsage,
    origin: key.origin,
    keyManager: key.keyManager,
    multiRegion: key.multiRegion,
    multiRegionRole: key.multiRegionRole,
    tags: key.tags,
    policy,
    principalIds: key.policyPrincipalIds,
  };
}
