declare namespace App {
  /** What `src/middleware.ts` hands every page's components. */
  interface Locals {
    /** The footer's links to the site's own pages (About, the writing guide, the policies), in their order. */
    footerLinks: { href: string; label: string }[];
  }
}
