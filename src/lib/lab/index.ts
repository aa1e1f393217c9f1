/**
 * What the lab's pages (the console, the envelope page) share beyond the simulator itself: the lab
 * context (Region and principal), the one data hook that reads from the simulator and re-reads when
 * the lab changes or the clock moves, the principals, and the clock hooks. Imports the AWS SDK (through
 * kms-runtime), so only lazy-loaded lab pages use it.
 */
export { LAB_REGIONS, isAccessKeyId, isLabRegion, useLabContext, type LabContext } from './lab-context';
export { notifyLabChanged } from './lab-revision';
export { awsErrorInfo, useLabData, type AwsErrorInfo, type LabData } from './use-lab-data';
export { principalLabel, usePrincipals, type LabPrincipal } from './principals';
export { useClockOffset, useSimNow } from './use-clock';
export { useAppKms } from './use-app-kms';
