import type { ComponentType, ReactNode } from 'react';
import type { Permission } from '../../common/permissions';
import type { MsgKey } from '../i18n';

/**
 * One page of the app: where it lives, who may open it, where the menu shows it and what its
 * browser tab reads. The router, the side menu, the access guard and the tab title all come
 * from a list of these (routing/table.ts).
 */
export interface RouteEntry {
  /** The full path, as react-router writes it ('/training/plans/:id'). */
  path: string;
  /** The page (lazy); absent when the path only redirects. */
  page?: ComponentType;
  /** An address this path sends the browser on to (/training → /training/my). */
  redirect?: string;
  /** Who may open the page; none: anyone signed in. */
  permission?: Permission;
  /** The page's name in its browser tab (`<title> · Seatwise`); the menu label unless told. */
  title?: MsgKey;
  /** Outside the app's layout: the sign-in page, or the forced password change. */
  shell?: 'public' | 'password';
  menu?: MenuPlacement;
  /**
   * The menu item (its key) a page without one of its own belongs to, when its path does not
   * start with that item's (/appraisal/sheets/1 sits under 'appraisal-cycles').
   */
  within?: string;
}

export interface MenuPlacement {
  /** The menu item's key (data-testid `menu-<key>` in the journeys). */
  key: string;
  /** A sub-menu (GROUPS in routing/table.ts); none: a top-level item. */
  group?: string;
  /** A heading inside a long group; the items of one section stand together. */
  section?: MsgKey;
  icon: ReactNode;
  /** Position among its siblings, smallest first. */
  order: number;
  /** Defaults to the route's title. */
  label?: MsgKey;
  /** Where the item links when the route's path has a parameter (/training/records/me). */
  to?: string;
  /** Who sees the item, when stricter than who may open the page. */
  permission?: Permission;
}

export interface MenuGroup {
  key: string;
  label: MsgKey;
  icon: ReactNode;
  order: number;
}
