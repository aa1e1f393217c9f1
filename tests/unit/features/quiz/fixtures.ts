import type { ChoiceQuestion, MatchingQuestion, OrderingQuestion } from '@/quiz/model';

/** Small hand-written questions for component tests. */
export function singleQuestion(overrides: Partial<ChoiceQuestion> = {}): ChoiceQuestion {
  return {
    type: 'choice',
    id: 'test-single-001',
    stem: 'Which service creates and controls **encryption keys**?',
    options: [
      { text: 'Amazon Macie', correct: false, rationale: 'Macie finds sensitive data; it does not hold keys.' },
      { text: 'AWS KMS', correct: true, rationale: 'KMS creates and controls keys.' },
      { text: 'AWS Certificate Manager', correct: false },
      { text: 'Amazon GuardDuty', correct: false },
    ],
    explanation: 'AWS KMS is the managed key service.',
    references: ['https://docs.aws.amazon.com/kms/latest/developerguide/overview.html'],
    topic: 'what-is-kms',
    exams: ['SAA-C03'],
    tags: ['kms'],
    multiple: false,
    choose: 1,
    line: 1,
    ...overrides,
  };
}

export function multipleQuestion(overrides: Partial<ChoiceQuestion> = {}): ChoiceQuestion {
  return {
    type: 'choice',
    id: 'test-multi-001',
    stem: 'Which two operations return a plaintext data key? (Choose TWO)',
    options: [
      { text: '`GenerateDataKey`', correct: true },
      { text: '`GenerateDataKeyWithoutPlaintext`', correct: false, rationale: 'Only the encrypted copy comes back.' },
      { text: '`Decrypt` of an encrypted data key', correct: true },
      { text: '`ReEncrypt`', correct: false },
      { text: '`CreateKey`', correct: false },
    ],
    explanation: 'Both give the plaintext key to the caller.',
    topic: 'envelope-encryption',
    exams: ['DVA-C02'],
    scenario: 'envelope-basics',
    multiple: true,
    choose: 2,
    line: 20,
    ...overrides,
  };
}

/** An ordering item (steps written in the right order). */
export function orderingQuestion(): OrderingQuestion {
  return {
    type: 'ordering',
    id: 'test-ordering-001',
    stem: 'In which order does a service decrypt an envelope-encrypted file?',
    steps: [
      { text: 'Read the encrypted data key from the header', rationale: 'It travels with the data.' },
      { text: 'Call `Decrypt` on the encrypted data key', rationale: 'KMS returns the plaintext data key.' },
      { text: 'Decrypt the body locally' },
      { text: 'Erase the plaintext data key', rationale: 'Only once it is no longer needed.' },
    ],
    explanation: 'Each step needs the one before it.',
    topic: 'envelope-encryption',
    line: 1,
  };
}

/** A matching item: two prompts share a response, and one response is a distractor. */
export function matchingQuestion(): MatchingQuestion {
  return {
    type: 'matching',
    id: 'test-matching-001',
    stem: 'Match each key state with the action that enables the key again.',
    prompts: [
      { text: '`Disabled`', response: 0, rationale: 'One call.' },
      { text: '`PendingDeletion`', response: 1, rationale: 'Cancelling leaves it disabled.' },
      { text: '`PendingImport`', response: 2 },
    ],
    responses: [
      { text: 'Call `EnableKey`' },
      { text: 'Call `CancelKeyDeletion`, then `EnableKey`' },
      { text: 'Import the same key material again' },
      { text: 'Call `EnableKeyRotation`', rationale: 'Rotation never changes a key state.' },
    ],
    explanation: 'Each state has its own way back.',
    topic: 'key-states',
    line: 1,
  };
}
