import type { ChoiceQuestion } from '@/quiz/model';

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
