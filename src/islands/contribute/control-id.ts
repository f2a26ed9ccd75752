/** The DOM id of a field's control, from its path (`actions.0.what`): what an error summary links to. */
export const controlId = (path: string) => `field-${path.replace(/\./g, '-')}`;
