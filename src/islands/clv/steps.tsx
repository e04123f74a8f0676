import type { ClvInput, ClvModel, ClvResult } from '../../lib/crm/clv';
import { formatFactor, formatNumber, formatYuan } from '../../lib/format/number';
import { t } from '../../i18n/client';
import type { Step } from '../kit/FormulaSteps';
import { Frac, Mi, Mn, Mo, Mtext, Paren, Row, Sub, Sum, Sup } from '../kit/math';

const n2 = (x: number) => formatNumber(x, 2);
const rate = (x: number) => formatNumber(x, 6);

const Clv = () => <Mi>CLV</Mi>;
const sym = (base: string, sub: string) => <Sub base={<Mi>{base}</Mi>} sub={<Mi>{sub}</Mi>} />;
const exponent = (input: ClvInput) =>
	input.timing === 'mid' ? (
		<Row>
			<Mi>t</Mi>
			<Mo>−</Mo>
			<Mn>0.5</Mn>
		</Row>
	) : (
		<Mi>t</Mi>
	);
const sigma = (n: number | string) => (
	<Sum
		from={
			<Row>
				<Mi>t</Mi>
				<Mo>=</Mo>
				<Mn>1</Mn>
			</Row>
		}
		to={typeof n === 'number' ? <Mn>{n}</Mn> : <Mi>{n}</Mi>}
	/>
);
const initial = (input: ClvInput, symbolic: boolean) =>
	symbolic ? (
		<>
			{sym('P', 'o')}
			<Mo>−</Mo>
			{sym('C', 'o')}
		</>
	) : (
		<>
			<Mn>{n2(input.firstPurchase)}</Mn>
			<Mo>−</Mo>
			<Mn>{n2(input.acquisitionCost)}</Mn>
		</>
	);
const margin = (input: ClvInput, symbolic: boolean) => (
	<Paren>
		{symbolic ? sym('I', 'n') : <Mn>{n2(input.yearlyRevenue)}</Mn>}
		<Mo>−</Mo>
		{symbolic ? sym('C', 's') : <Mn>{n2(input.yearlyCost)}</Mn>}
	</Paren>
);

/** The yearly factor inside the sum: 1/(1+r)^t, or p^t/(1+r)^t. */
function factor(model: ClvModel, input: ClvInput, symbolic: boolean) {
	const one = symbolic ? <Mi>r</Mi> : <Mn>{rate(input.discountRate)}</Mn>;
	const den = (
		<Sup
			base={
				<Paren>
					<Mn>1</Mn>
					<Mo>+</Mo>
					{one}
				</Paren>
			}
			sup={exponent(input)}
		/>
	);
	const num =
		model === 'retention' ? (
			<Sup base={symbolic ? <Mi>p</Mi> : <Mn>{rate(input.retentionRate)}</Mn>} sup={<Mi>t</Mi>} />
		) : (
			<Mn>1</Mn>
		);
	return <Frac num={num} den={den} />;
}

function lines(model: ClvModel, input: ClvInput, result: ClvResult, symbolic: boolean) {
	const sumOfFactors = result.rows.slice(1).reduce((s, r) => s + r.factor, 0);
	switch (model) {
		case 'undiscounted':
			return symbolic
				? [initial(input, true), <Mo>+</Mo>, sigma('n'), margin(input, true)]
				: [
						initial(input, false),
						<Mo>+</Mo>,
						<Mn>{input.years}</Mn>,
						<Mo>×</Mo>,
						margin(input, false),
					];
		case 'discounted':
		case 'retention':
			return symbolic
				? [
						initial(input, true),
						<Mo>+</Mo>,
						sigma('n'),
						margin(input, true),
						<Mo>×</Mo>,
						factor(model, input, true),
					]
				: [
						initial(input, false),
						<Mo>+</Mo>,
						margin(input, false),
						<Mo>×</Mo>,
						sigma(input.years),
						factor(model, input, false),
						<Mo>=</Mo>,
						<Mn>{n2(input.firstPurchase - input.acquisitionCost)}</Mn>,
						<Mo>+</Mo>,
						<Mn>{n2(input.yearlyRevenue - input.yearlyCost)}</Mn>,
						<Mo>×</Mo>,
						<Mn>{formatFactor(sumOfFactors)}</Mn>,
					];
		case 'infinite': {
			const p = symbolic ? <Mi>p</Mi> : <Mn>{rate(input.retentionRate)}</Mn>;
			const r = symbolic ? <Mi>r</Mi> : <Mn>{rate(input.discountRate)}</Mn>;
			const mid =
				input.timing === 'mid'
					? [
							<Mo>×</Mo>,
							<msqrt>
								<Mn>1</Mn>
								<Mo>+</Mo>
								{r}
							</msqrt>,
						]
					: [];
			return [
				initial(input, symbolic),
				<Mo>+</Mo>,
				margin(input, symbolic),
				<Mo>×</Mo>,
				<Frac
					num={p}
					den={
						<Row>
							<Mn>1</Mn>
							<Mo>+</Mo>
							{r}
							<Mo>−</Mo>
							{p}
						</Row>
					}
				/>,
				...mid,
			];
		}
	}
}

/** Plain text of the same lines, read out by screen readers. */
function text(model: ClvModel, input: ClvInput): [string, string] {
	const m = `(${n2(input.yearlyRevenue)} − ${n2(input.yearlyCost)})`;
	const i = `${n2(input.firstPurchase)} − ${n2(input.acquisitionCost)}`;
	const e = input.timing === 'mid' ? '(t − 0.5)' : 't';
	switch (model) {
		case 'undiscounted':
			return ['CLV = Po − Co + Σ(t=1…n) (In − Cs)', `CLV = ${i} + ${input.years} × ${m}`];
		case 'discounted':
			return [
				`CLV = Po − Co + Σ(t=1…n) (In − Cs) / (1 + r)^${e}`,
				`CLV = ${i} + ${m} × Σ(t=1…${input.years}) 1 / (1 + ${rate(input.discountRate)})^${e}`,
			];
		case 'retention':
			return [
				`CLV = Po − Co + Σ(t=1…n) (In − Cs) × p^t / (1 + r)^${e}`,
				`CLV = ${i} + ${m} × Σ(t=1…${input.years}) ${rate(input.retentionRate)}^t / (1 + ${rate(input.discountRate)})^${e}`,
			];
		case 'infinite':
			return [
				'CLV = Po − Co + (In − Cs) × p / (1 + r − p)',
				`CLV = ${i} + ${m} × ${rate(input.retentionRate)} / (1 + ${rate(input.discountRate)} − ${rate(input.retentionRate)})`,
			];
	}
}

/** Formula, substitution and result for one of the four CLV models. */
export function clvSteps(model: ClvModel, input: ClvInput, result: ClvResult): Step[] {
	const [formulaText, substitutedText] = text(model, input);
	return [
		{
			label: t('kit.stepFormula'),
			math: (
				<Row>
					<Clv />
					<Mo>=</Mo>
					{lines(model, input, result, true)}
				</Row>
			),
			text: formulaText,
		},
		{
			label: t('kit.stepSubstitute'),
			math: (
				<Row>
					<Clv />
					<Mo>=</Mo>
					{lines(model, input, result, false)}
				</Row>
			),
			text: substitutedText,
		},
		{
			label: t('kit.stepResult'),
			math: (
				<Row>
					<Clv />
					<Mo>=</Mo>
					<Mn>{formatYuan(result.total)}</Mn>
				</Row>
			),
			text: `CLV = ${formatYuan(result.total)}`,
		},
	];
}

/** Steps for the simple spend model: spend per visit × visits per year × years. */
export function spendSteps(spend: number, visits: number, years: number, total: number): Step[] {
	const f = `CLV = ${t('clv.field.spend')} × ${t('clv.field.visits')} × ${t('clv.field.years')}`;
	const s = `CLV = ${n2(spend)} × ${n2(visits)} × ${years}`;
	return [
		{
			label: t('kit.stepFormula'),
			math: (
				<Row>
					<Clv />
					<Mo>=</Mo>
					<Mtext>{t('clv.field.spend')}</Mtext>
					<Mo>×</Mo>
					<Mtext>{t('clv.field.visits')}</Mtext>
					<Mo>×</Mo>
					<Mtext>{t('clv.field.years')}</Mtext>
				</Row>
			),
			text: f,
		},
		{
			label: t('kit.stepSubstitute'),
			math: (
				<Row>
					<Clv />
					<Mo>=</Mo>
					<Mn>{n2(spend)}</Mn>
					<Mo>×</Mo>
					<Mn>{n2(visits)}</Mn>
					<Mo>×</Mo>
					<Mn>{years}</Mn>
				</Row>
			),
			text: s,
		},
		{
			label: t('kit.stepResult'),
			math: (
				<Row>
					<Clv />
					<Mo>=</Mo>
					<Mn>{formatYuan(total)}</Mn>
				</Row>
			),
			text: `CLV = ${formatYuan(total)}`,
		},
	];
}
