import type { Generated } from '../../lib/exercises/types';
import { mathText } from '../../lib/exercises/math';
import { url } from '../../lib/url';
import { calculatorHref } from '../../lib/calculators/link';
import { t } from '../../i18n/client';
import { FormulaSteps } from '../kit/FormulaSteps';
import { MathLine } from './MathLine';

/** The worked solution of a generated exercise, with a link that opens the calculator on its numbers. */
export function Solution({ generated }: { generated: Generated }) {
	const calc = generated.calculator;
	return (
		<div class="exercise__solution">
			<FormulaSteps
				steps={generated.steps.map((step) => ({
					label: t(`ex.step.${step.kind}`),
					math: <MathLine tokens={step.tokens} />,
					text: mathText(step.tokens),
				}))}
			/>
			{calc && (
				<p>
					<a href={url(calculatorHref(calc))}>{t('ex.openCalculator')} →</a>
				</p>
			)}
		</div>
	);
}
