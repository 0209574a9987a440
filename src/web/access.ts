import { hasPermission, type Permission } from '../common/permissions';
import { useSession } from './session';

// The web only hides what a user could not do anyway; the server enforces every rule.
export function useCan() {
  const { me } = useSession();
  return (permission: Permission) => !!me && hasPermission(me.roles, permission);
}
