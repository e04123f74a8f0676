#!/usr/bin/env python3
"""The segmentation benchmark in pandas, the tool an analyst would reach for instead.

Same definitions as src/lib/crm/segment.ts on the same CSV file (id,recency,frequency,monetary):
  RFM quintile score = ceil(5 * rank / n), rank = pandas rank(method='min') where worse ranks first
  (more days for R, less for F and M); 8 groups by strict comparison with the mean;
  ABC by the revenue share of the customers ranked before each (A below 80 %, B below 95 %);
  pyramid by the count share before each (1 / 5 / 20 %).
Prints one JSON object: the counts, and the median time of the runs (read_csv included).

Usage: python3 test/bench/segment_pandas.py FILE [RUNS]   (Debian: apt-get install python3-pandas)
"""
import json
import sys
import time

import numpy as np
import pandas as pd

EPS = 1e-12
GROUPS = ['important-value', 'important-keep', 'important-develop', 'important-retain',
          'general-value', 'general-keep', 'general-develop', 'general-retain']


def quintile(values: pd.Series, smaller_is_better: bool) -> np.ndarray:
    rank = values.rank(method='min', ascending=not smaller_is_better).to_numpy(dtype=np.int64)
    n = len(values)
    return (5 * rank + n - 1) // n  # ceil(5 * rank / n) in whole numbers


def segment(path: str) -> dict:
    df = pd.read_csv(path, dtype={'id': str}, float_precision='round_trip')
    n = len(df)
    r = quintile(df['recency'], True)
    f = quintile(df['frequency'], False)
    m = quintile(df['monetary'], False)
    codes = pd.Series(r * 100 + f * 10 + m).value_counts()

    better_r = (df['recency'] < df['recency'].mean()).to_numpy()
    better_f = (df['frequency'] > df['frequency'].mean()).to_numpy()
    head = np.where((df['monetary'] > df['monetary'].mean()).to_numpy(), 0, 4)
    tail = np.where(better_r, np.where(better_f, 0, 2), np.where(better_f, 1, 3))
    group = np.bincount(head + tail, minlength=8)

    ordered = df['monetary'].sort_values(ascending=False, kind='stable').to_numpy()
    share = ordered / ordered.sum()
    before = np.concatenate(([0.0], np.cumsum(share)[:-1]))
    abc = np.bincount(np.where(before < 0.8 - EPS, 0, np.where(before < 0.95 - EPS, 1, 2)), minlength=3)
    count_before = np.arange(n) / n
    tier = np.bincount(np.select([count_before < 0.01 - EPS, count_before < 0.05 - EPS, count_before < 0.2 - EPS], [0, 1, 2], 3), minlength=4)

    return {
        'n': n,
        'rfm': {g: int(c) for g, c in zip(GROUPS, group)},
        'codes': {str(k): int(v) for k, v in sorted(codes.items())},
        'scores': {d: [int(x) for x in np.bincount(s, minlength=6)[1:]] for d, s in (('recency', r), ('frequency', f), ('monetary', m))},
        'abc': dict(zip('ABC', (int(x) for x in abc))),
        'pyramid': dict(zip(['top', 'major', 'ordinary', 'small'], (int(x) for x in tier))),
    }


def main() -> None:
    path = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    times = []
    result = None
    for _ in range(runs):
        start = time.perf_counter()
        result = segment(path)
        times.append((time.perf_counter() - start) * 1000)
    result['ms'] = sorted(times)[len(times) // 2]
    result['runs'] = runs
    result['pandas'] = pd.__version__
    print(json.dumps(result))


if __name__ == '__main__':
    main()
