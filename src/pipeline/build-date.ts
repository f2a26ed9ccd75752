/** The day the site is built: "overdue" and "due" are as of this date. */
export const BUILD_DATE = new Date();
