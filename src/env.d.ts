/// <reference types="astro/client" />

// Set once per page by src/middleware.ts (see src/lib/pageContext.ts); components only read it.
type ClearviewPageContext = import('./lib/pageContext.ts').PageContext;

declare namespace App {
  interface Locals extends ClearviewPageContext {}
}
