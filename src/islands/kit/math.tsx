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
export const Mtext = ({ children }: { children: ComponentChildren }) => <mtext>{children}</mtext>;
