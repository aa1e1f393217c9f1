/**
 * The app's areas, in navigation order. `ready` is false until the area's issue has landed: the
 * navigation then shows an honest "coming" label instead of pretending the area works.
 */
export interface Area {
  path: '/lab' | '/scenarios' | '/labs' | '/learn' | '/quiz' | '/progress' | '/sources';
  label: string;
  summary: string;
  ready: boolean;
}

export const AREAS: readonly Area[] = [
  {
    path: '/lab',
    label: 'Lab',
    summary: 'A simulated AWS KMS in your browser: create keys, encrypt, rotate, and see the real bytes and the real commands.',
    ready: true,
  },
  {
    path: '/scenarios',
    label: 'Scenarios',
    summary: 'Animated diagrams of envelope encryption, rotation, regions and permissions, driven by real calls.',
    ready: true,
  },
  {
    path: '/labs',
    label: 'Labs',
    summary:
      'Graded hands-on challenges in the simulated console: least privilege, cross-account access, grants, rotation, deletion, investigations.',
    ready: true,
  },
  {
    path: '/learn',
    label: 'Learn',
    summary: 'A study guide per topic with every changed rule dated, and your own notes checked for out-of-date claims.',
    ready: true,
  },
  {
    path: '/quiz',
    label: 'Quiz',
    summary: 'Practice, timed exam simulation and spaced repetition on KMS questions for the AWS certifications.',
    ready: true,
  },
  {
    path: '/progress',
    label: 'Progress',
    summary: 'Your mastery per topic, exam history and reviews due, kept in this browser only.',
    ready: true,
  },
  {
    path: '/sources',
    label: 'Sources',
    summary: 'Where every fact comes from: the AWS documentation behind the simulator and the questions.',
    ready: true,
  },
];
