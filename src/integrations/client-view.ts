import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/** Registers `client:view` (src/scripts/view-directive.ts): client:visible that printing can wake. */
export default function clientView(): AstroIntegration {
	return {
		name: 'crm-client-view',
		hooks: {
			'astro:config:setup': ({ addClientDirective }) => {
				addClientDirective({
					name: 'view',
					entrypoint: fileURLToPath(new URL('../scripts/view-directive.ts', import.meta.url)),
				});
			},
		},
	};
}
