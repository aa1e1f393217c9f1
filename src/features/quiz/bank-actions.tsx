import { ButtonLink } from '@/components/ui';

/**
 * "Practice" and "Exam" for one bank: practice setup and exam setup scoped to that bank's questions
 * (by bank id, so a built-in bank does not take in imported questions of the same topic). Each link's
 * name carries the bank's title (as "Remove" does), since a list of banks repeats the same two words.
 */
export function BankActions({ bankId, title }: { bankId: string; title: string }) {
  return (
    <div className="flex flex-wrap gap-2">
      <ButtonLink to="/quiz/practice" search={{ bank: bankId }} size="sm" variant="primary" aria-label={`Practice ${title}`}>
        Practice
      </ButtonLink>
      <ButtonLink to="/quiz/exam" search={{ bank: bankId }} size="sm" aria-label={`Exam from ${title}`}>
        Exam
      </ButtonLink>
    </div>
  );
}

/** The import message's follow-up: straight to practice setup with the new bank chosen. */
export function PracticeBankLink({ bankId }: { bankId: string }) {
  return (
    <ButtonLink to="/quiz/practice" search={{ bank: bankId }} size="sm" variant="primary" className="mt-2">
      Practice this bank
    </ButtonLink>
  );
}
