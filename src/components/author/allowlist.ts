/**
 * The only components a contributor's MDX may use, by the name written in the file.
 * The checker and the MDX compiler both read this list; add a component here and to
 * this folder together.
 */
export const AUTHOR_COMPONENTS: readonly string[] = [];
