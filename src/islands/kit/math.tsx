import type { ComponentChildren } from 'preact';

/**
 * MathML building blocks. Browsers typeset MathML natively, so a formula with the reader's own
 * numbers renders without shipping KaTeX to the browser.
 */
export const Mi = ({ children }: { children: ComponentChildren }) => <mi>{children}</mi>;
export const Mn = ({ children }: { children: ComponentChildren }) => <mn>{children}</mn>;
export const Mo = ({ children }: { children: ComponentChildren }) => <mo>{children}</mo>;
export const Row = ({ children }: { children: ComponentChildren }) => <mrow>{children}</mrow>;
export const Frac = ({ num, den }: { num: ComponentChildren; den: ComponentChildren }) => (
	<mfrac>
		<mrow>{num}</mrow>
		<mrow>{den}</mrow>
	</mfrac>
);
export const Sup = ({ base, sup }: { base: ComponentChildren; sup: ComponentChildren }) => (
	<msup>
		<mrow>{base}</mrow>
		<mrow>{sup}</mrow>
	</msup>
);
export const Sub = ({ base, sub }: { base: ComponentChildren; sub: ComponentChildren }) => (
	<msub>
		<mrow>{base}</mrow>
		<mrow>{sub}</mrow>
	</msub>
);
/** Σ with limits below and above. */
export const Sum = ({ from, to }: { from: ComponentChildren; to: ComponentChildren }) => (
	<munderover>
		<mo>∑</mo>
		<mrow>{from}</mrow>
		<mrow>{to}</mrow>
	</munderover>
);
export const Paren = ({ children }: { children: ComponentChildren }) => (
	<mrow>
		<mo>(</mo>
		{children}
		<mo>)</mo>
	</mrow>
);
/** A letter with a bar over it, as a mean is written (s̄, X̄). */
export const Bar = ({ children }: { children: string }) => (
	<mover accent>
		<mi>{children}</mi>
		<mo>¯</mo>
	</mover>
);
export const Mtext = ({ children }: { children: ComponentChildren }) => <mtext>{children}</mtext>;

/**
 * A line of math from plain tokens: numbers become <mn>, single Latin letters <mi>, operators <mo>,
 * anything else <mtext>; elements pass through.
 * @example <Expr parts={['C', '=', <Frac num={<Mi>P</Mi>} den={<Mi>E</Mi>} />, '=', '1.125']} />
 */
export function Expr({ parts }: { parts: ComponentChildren[] }) {
	return (
		<mrow>
			{parts.map((part) => {
				if (typeof part !== 'string') return part;
				if (/^-?[\d.,]+%?$/.test(part)) return <mn>{part}</mn>;
				if (/^[=+−×÷()Σ:·]$/.test(part)) return <mo>{part}</mo>;
				if (/^[A-Za-z]$/.test(part)) return <mi>{part}</mi>;
				return <mtext>{part}</mtext>;
			})}
		</mrow>
	);
}
