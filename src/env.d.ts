declare namespace App {
	interface Locals {
		/** The content file a page renders (e.g. content/chapters/04-customer-value.mdx), for build errors. */
		source?: string;
		/** String prefixes this page already carries for its calculators. */
		calculatorStrings?: Set<string>;
		/** Element id prefixes of the calculators on this page (each must be unique). */
		idPrefixes?: Set<string>;
	}
}

declare namespace Astro {
	interface ClientDirectives {
		/** Hydrates when in view, or when the page dispatches crm:hydrate-all (src/scripts/view-directive.ts). */
		'client:view'?: boolean;
	}
}
