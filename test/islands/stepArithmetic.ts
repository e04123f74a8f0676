/**
 * An independent reading of a calculator's worked steps: each step's plain text (the `aria-label`
 * of its MathML line) is split into clauses (at ，；;) and each clause at `=`; every side that is
 * plain arithmetic is evaluated here, with its own parser. Sums Σ(t=a…b) take the product that
 * follows as their body, with `t` bound; `^` is a power; `¥`, thousands commas and `%` are read.
 */
const SIGMA = /Σ\(t=(\d+)…(\d+)\)/g;
const ARITHMETIC = /^[\d\s.,¥%+\-−×÷/^()t⟦⟧]+$/;

type Token =
	| { kind: 'num'; value: number }
	| { kind: 'op'; op: string }
	| { kind: 'sum'; from: number; to: number };

function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	const re = /\s*(?:⟦(\d+),(\d+)⟧|(¥?\d[\d,]*(?:\.\d+)?%?)|([+\-−×÷/^()t]))/y;
	let at = 0;
	while (at < text.length) {
		if (/^\s*$/.test(text.slice(at))) break;
		re.lastIndex = at;
		const m = re.exec(text);
		if (!m) throw new Error(`cannot read "${text.slice(at)}" in "${text}"`);
		at = re.lastIndex;
		if (m[1] !== undefined) tokens.push({ kind: 'sum', from: Number(m[1]), to: Number(m[2]) });
		else if (m[3] !== undefined) {
			const raw = m[3].replace(/[¥,]/g, '');
			tokens.push({
				kind: 'num',
				value: raw.endsWith('%') ? Number(raw.slice(0, -1)) / 100 : Number(raw),
			});
		} else tokens.push({ kind: 'op', op: m[4] === '-' ? '−' : m[4]! });
	}
	return tokens;
}

/** Evaluates one side; throws where it is not arithmetic this parser reads. */
export function evaluate(text: string): number {
	const tokens = tokenize(text.replace(SIGMA, '⟦$1,$2⟧'));
	let i = 0;
	const env: { t?: number } = {};
	const peek = () => tokens[i];
	const isOp = (op: string) => {
		const tk = peek();
		return tk?.kind === 'op' && tk.op === op;
	};
	const expr = (): number => {
		let v = term();
		while (isOp('+') || isOp('−')) {
			const op = (tokens[i++] as { op: string }).op;
			const r = term();
			v = op === '+' ? v + r : v - r;
		}
		return v;
	};
	const term = (): number => {
		let v = unary();
		while (isOp('×') || isOp('÷') || isOp('/')) {
			const op = (tokens[i++] as { op: string }).op;
			const r = unary();
			v = op === '×' ? v * r : v / r;
		}
		return v;
	};
	const unary = (): number => {
		if (isOp('−')) {
			i++;
			return -unary();
		}
		const tk = peek();
		if (tk?.kind === 'sum') {
			i++;
			const start = i;
			let total = 0;
			let end = start;
			for (let t = tk.from; t <= tk.to; t++) {
				i = start;
				env.t = t;
				total += term();
				end = i;
			}
			delete env.t;
			i = end;
			return total;
		}
		const base = atom();
		if (isOp('^')) {
			i++;
			return base ** unary();
		}
		return base;
	};
	const atom = (): number => {
		const tk = tokens[i++];
		if (!tk) throw new Error(`"${text}" ends early`);
		if (tk.kind === 'num') return tk.value;
		if (tk.kind === 'op' && tk.op === 't') {
			if (env.t === undefined) throw new Error(`t outside a sum in "${text}"`);
			return env.t;
		}
		if (tk.kind === 'op' && tk.op === '(') {
			const v = expr();
			if (!isOp(')')) throw new Error(`unclosed ( in "${text}"`);
			i++;
			return v;
		}
		throw new Error(`unexpected ${JSON.stringify(tk)} in "${text}"`);
	};
	const value = expr();
	if (i !== tokens.length) throw new Error(`"${text}" has more after position ${i}`);
	return value;
}

/**
 * How far a side may be from the exact value: half a unit in the last place where the side is one
 * number as written (a rounded result), a hair for arithmetic (its inputs are the shown ones).
 */
export function slack(side: string): number {
	const literal = /^¥?-?[\d,]*(?:\.(\d+))?%?$/.exec(side.replace('−', '-').trim());
	if (!literal) return 1e-9;
	const places = literal[1]?.length ?? 0;
	return 0.5 * 10 ** -places * (side.includes('%') ? 0.01 : 1) + 1e-9;
}

export interface Side {
	value: number;
	slack: number;
}

/** The clauses of a step line, each as its arithmetic sides (clauses with none left out). */
export function clauseSides(line: string): Side[][] {
	return line
		.replace(SIGMA, '⟦$1,$2⟧')
		.split(/[，；;]/)
		.map((clause) =>
			clause
				.split('=')
				.map((side) => side.trim())
				.filter((side) => side !== '' && ARITHMETIC.test(side) && /\d/.test(side))
				.map((side) => ({
					value: evaluate(side.replace(/⟦(\d+),(\d+)⟧/g, 'Σ(t=$1…$2)')),
					slack: slack(side),
				})),
		)
		.filter((sides) => sides.length > 0);
}

/** The clauses of a step line, each as the values of its arithmetic sides (clauses with none left out). */
export const clauseValues = (line: string): number[][] =>
	clauseSides(line).map((clause) => clause.map((side) => side.value));
