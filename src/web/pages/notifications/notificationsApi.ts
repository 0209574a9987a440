import { http, type Query } from '../../api';
import { translateMaybe } from '../../i18n';

// /api/notifications: my notices, the unread count for the header, marking read.
export interface Notice {
  id: string;
  kind: string;
  params: Record<string, string | number>;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export const notificationsApi = {
  list: (q: Query) => http.list<Notice>('/notifications', q),
  unreadCount: () => http.get<{ count: number }>('/notifications/unread-count'),
  markRead: (id: string) => http.post(`/notifications/${encodeURIComponent(id)}/read`, {}),
  markAllRead: () => http.post<{ count: number }>('/notifications/read-all', {}),
};

/** A notice in the reader's language: the text of its kind filled with its params (the kind itself when unknown). */
export const noticeText = (n: Notice) => translateMaybe(`notifications.kinds.${n.kind}`, n.params) ?? n.kind;
