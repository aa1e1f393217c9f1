/**
 * Study guides and note checking, as pure TypeScript: the reviewed list of stale claims and the
 * matcher that finds them in a note, the KMS concepts a note may mention, the guide model and the
 * timeline of dated changes. The guide parser (parse-guide.ts) runs at build time only.
 */
export { STALE_CLAIMS, HISTORY_MARKERS, staleClaim, type StaleClaim, type StaleClaimKind } from './stale-claims';
export { findStaleClaims, splitSentences, statesClaim, type ClaimMatch, type Sentence, type FindOptions } from './match-claims';
export { CONCEPTS, findConcepts, type Concept, type FoundConcept } from './concepts';
export type * from './guide-model';
export { formatChangeDate, slugify } from './format';
export { shortStem } from './timeline';
export { GUIDE_TOPICS, topicOrder, type GuideTopic } from './topics';
export {
  MAX_NOTE_CHARS,
  NOTE_EXTENSIONS,
  NoteInputError,
  checkNoteText,
  checkNoteFileName,
  splitNoteFrontMatter,
  noteTitle,
} from './note-source';
