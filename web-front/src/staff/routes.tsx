import type { RouteObject } from 'react-router';

/** The staff screens (counter, kitchen, courier, manager, admin), under /staff/... */
export const staffRoutes: RouteObject[] = [];

/** Header links to the staff screens, shown to the roles listed. */
export const staffNav: { path: string; labelKey: string; roles: string[] }[] = [];
