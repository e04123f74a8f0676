import type { MathToken } from '../../lib/exercises/math';
import { Expr, Frac, Sub, Sum, Sup } from '../kit/math';

/** A formula line from lib's plain tokens, as MathML. */
export function MathLine({ tokens }: { tokens: readonly MathToken[] }) {
	return (
		<Expr
			parts={tokens.map((token) => {
				if (typeof token === 'string') return token;
				if ('frac' in token)
					return (
						<Frac
							num={<MathLine tokens={token.frac[0]} />}
							den={<MathLine tokens={token.frac[1]} />}
						/>
					);
				if ('sup' in token)
					return (
						<Sup
							base={<MathLine tokens={token.sup[0]} />}
							sup={<MathLine tokens={token.sup[1]} />}
						/>
					);
				if ('sub' in token)
					return <Sub base={<mi>{token.sub[0]}</mi>} sub={<mi>{token.sub[1]}</mi>} />;
				return (
					<Sum from={<MathLine tokens={token.sum[0]} />} to={<MathLine tokens={token.sum[1]} />} />
				);
			})}
		/>
	);
}
