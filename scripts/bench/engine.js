'use strict';
// engine.score.100k.ms: 100,000 generated indicators of mixed kinds evaluated (target ≤ 500 ms).
const path = require('path');
const { evaluate } = require(path.join(__dirname, '..', '..', 'lib', 'engine'));
const { asCells } = require(path.join(__dirname, '..', '..', 'lib', 'cli', 'json-input'));

function generate(count) {
  const kinds = [
    (i) => ({ target: '≥88%', actual: `${80 + (i % 20)}.${i % 100}%`, midYear: '50%' }),
    (i) => ({ target: '≥40万件', actual: `${30 + (i % 50)}.3万件` }),
    (i) => ({ target: '≤212.65万元', actual: `${150 + (i % 100)}.99万元` }),
    () => ({ target: '=100%', actual: '100%' }),
    (i) => ({ operator: '≥', target: 95, unit: '%', actual: 90 + (i % 10) }),
    () => ({ operator: '定性', target: '有效', actual: '达成年度指标' }),
    () => ({ target: '≥5%', actual: '无发生额' }),
    (i) => ({
      target: '2023年12月31日前',
      actual: `2023-12-${String(1 + (i % 28)).padStart(2, '0')}`,
    }),
  ];
  const indicators = [];
  for (let i = 0; i < count; i += 1) {
    indicators.push({
      name: `指标${i + 1}`,
      weight: 0.0009,
      reason: i % 3 ? '' : '说明',
      ...kinds[i % kinds.length](i),
    });
  }
  // As the JSON reader gives it to the engine (cells), before any timing.
  return asCells({
    unit: '万元',
    budget: { initial: 212.65, final: 187.84, spent: 183.99, weight: 10 },
    indicators,
  });
}

module.exports = async function bench() {
  const input = generate(100_000);
  evaluate(generate(2_000)); // warm-up
  const runs = [];
  for (let r = 0; r < 3; r += 1) {
    const start = process.hrtime.bigint();
    const result = evaluate(input);
    runs.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (result.indicators.length !== 100_000) throw new Error('engine bench: wrong row count');
  }
  runs.sort((a, b) => a - b);
  return [{ name: 'engine.score.100k.ms', value: Math.round(runs[1]), unit: 'ms' }];
};
