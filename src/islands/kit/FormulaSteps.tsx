import type { ComponentChildren } from 'preact';
import { t } from '../../i18n/client';

export interface Step {
	label: string;
	/** MathML content (see math.tsx). */
	math: ComponentChildren;
	/** Plain-text reading of the same line, for screen readers and copying. */
	text: string;
}

/** The formula, the same formula with the reader's numbers, then the result. */
export function FormulaSteps({ steps, headingLevel = 3 }: { steps: Step[]; headingLevel?: 2 | 3 }) {
	const Heading = headingLevel === 2 ? 'h2' : 'h3';
	return (
		<section class="steps">
			<Heading class="steps__title">{t('kit.steps')}</Heading>
			<ol class="steps__list">
				{steps.map((step) => (
					<li class="steps__item">
						<span class="steps__label">{step.label}</span>
						{/* A long line scrolls sideways inside its own box; focusable so keyboards can scroll it. */}
						<div class="steps__math" tabIndex={0}>
							<math display="block" aria-label={step.text}>
								{step.math}
							</math>
						</div>
					</li>
				))}
			</ol>
		</section>
	);
}
