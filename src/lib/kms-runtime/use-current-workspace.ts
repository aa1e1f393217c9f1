import { useSyncExternalStore } from 'react';
import { currentWorkspaceId, subscribeWorkspace, type WorkspaceId } from './current-workspace';

/** The current workspace id, re-rendering when the learner enters or leaves a lab. */
export function useCurrentWorkspace(): WorkspaceId {
  return useSyncExternalStore(subscribeWorkspace, currentWorkspaceId, currentWorkspaceId);
}
