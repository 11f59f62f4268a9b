/** The routes of this area, attached to the logged-in app layout (see router.tsx). */
export const giftsRoutes = [] as const;
