/** The custom client directive of the search island (./after-first-results.ts), for Astro's JSX types. */
declare global {
  namespace Astro {
    interface ClientDirectives {
      'client:after-first-results'?: boolean;
    }
  }
}
export {};
