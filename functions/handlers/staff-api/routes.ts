/** The staff API's routes (DESIGN.md): the handler serves exactly these; local mode routes them. */
export const STAFF_ROUTE_KEYS = [
  'GET /staff/queues',
  'GET /staff/queues/{queue}/items',
  'GET /staff/messages/{id}',
  'POST /staff/messages/{id}/approve',
  'POST /staff/messages/{id}/reject',
  'POST /staff/messages/{id}/reassign',
  'POST /staff/messages/{id}/acknowledge',
] as const;
export type StaffRouteKey = (typeof STAFF_ROUTE_KEYS)[number];
