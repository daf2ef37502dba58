import { evaluateCorpus } from '../../app/evaluate-corpus.ts';
import { contradictionSummaryLines, evaluateContradictionsIfLabelled } from '../../app/evaluate-contradictions.ts';
import { parseCliConfig } from '../../config.ts';
import type { CorpusEvaluation, EvalError, EvalSlice } from '../../app/evaluate-corpus.ts';
import { extractClaims, loadLexicon } from '../../extract/index.ts';
import { loadGazetteer } from '../../gazetteer/gazetteer.ts';
import { optionValue, parseArgs } from '../args.ts';
import type { CliCommand } from '../command.ts';
import { UsageError } from '../command.ts';

/** `eval CORPUS_DIR`: claim precision/recall/F1 and scope accuracy on a labelled corpus. */
export const command: CliCommand = {
  name: 'eval',
  summary: 'score the claim extractor on a labelled corpus (CLAIMS.md scoring)',
  usage: [
    'Usage: eval CORPUS_DIR [--errors] [--lang xx] [--json]',
    '',
    'CORPUS_DIR  folder with articles/*.txt and labels.jsonl',
    '--errors    list every false positive and false negative (with quote and rule ids) first',
    '--lang xx   only articles whose front matter says lang: xx',
    '--json      print the whole evaluation as one JSON object',
  ].join('\n'),
  run(ctx) {
    const parsed = parseArgs(ctx.args, { valued: ['lang'], switches: ['errors', 'json'] });
    const corpusDir = parsed.positional[0];
    if (!corpusDir || parsed.positional.length > 1) throw new UsageError('give one corpus folder');
    const deps = { lexicon: loadLexicon(), gazetteer: loadGazetteer() };
    const lang = optionValue(parsed, 'lang');
    const result = evaluateCorpus({ corpusDir, extract: (a) => extractClaims(a, deps), ...(lang ? { lang } : {}) });
    const contradictions = evaluateContradictionsIfLabelled({
      corpusDir,
      extract: (a) => extractClaims(a, deps),
      windowDays: parseCliConfig(ctx.env).store.contradictionWindowDays,
    });
    if (parsed.options.has('json')) {
      ctx.out(JSON.stringify(contradictions ? { ...result, contradictions } : result));
      return Promise.resolve(0);
    }
    if (parsed.options.has('errors')) for (const line of errorLines(result.errors)) ctx.out(line);
    // Contradiction scoring (src/app/evaluate-contradictions.ts) adds its summary lines here,
    // before the claim summary, so that the last lines stay the claim scores.
    if (contradictions) for (const line of contradictionSummaryLines(contradictions, parsed.options.has('errors'))) ctx.out(line);
    for (const line of summaryLines(result)) ctx.out(line);
    return Promise.resolve(0);
  },
};

function errorLines(errors: readonly EvalError[]): string[] {
  return errors.map((e) => {
    const c = e.claim;
    const rules = 'ruleIds' in c && c.ruleIds ? ` [${c.ruleIds.join(',')}]` : '';
    const scope = c.scope ? `/${c.scope}` : '';
    const detail = e.detail ? ` (${e.detail})` : '';
    return `${e.kind.padEnd(5)} ${e.article}  ${c.place}/${c.controller}${scope}/${c.claimant}${detail}${rules}\n      ${c.quote ?? ''}`;
  });
}

const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);

function sliceLine(s: EvalSlice): string {
  const { tp, fp, fn } = s.counts;
  return `${s.name.padEnd(12)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  scope ${pct(s.scopeAccuracy)}  (tp ${tp} fp ${fp} fn ${fn})`;
}

/** The compact summary that ends the output (a hook shows its last lines). */
export function summaryLines(r: CorpusEvaluation): string[] {
  return [
    `claims: ${r.articles} articles (historical findings left out, optional labels neither counted nor penalised)`,
    ...r.byLanguage.map((s) => `  lang ${sliceLine(s)}`),
    ...r.byClaimant.map((s) => `  by   ${sliceLine(s)}`),
    `  ALL  ${sliceLine(r.overall)}`,
  ];
}
