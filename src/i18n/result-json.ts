/**
 * The evaluation result as the JSON output carries it (workbook-contract.md §4): every flag,
 * problem, audit item and monitoring line with its `message` made in the locale, parameters as
 * plain values, and the monitoring categories with their labels.
 */
import { t } from './catalog';
import type { Locale } from './locale';
import { messageOf, monitorNameOf, paramsIn } from './said';
import type {
  AuditItem,
  EvaluationResult,
  Flag,
  MessageParams,
  MonitorCategory,
  MonitorItem,
  MonitoringResult,
  Problem,
} from '../engine/types';

export interface JsonFlag {
  code: Flag['code'];
  severity: Flag['severity'];
  message: string;
  params: MessageParams;
}

export interface JsonProblem {
  where: string;
  code: string;
  message: string;
  params?: MessageParams;
}

export function flagJson(flag: Flag, locale: Locale): JsonFlag {
  const { code, severity, params } = flag;
  return { code, severity, message: messageOf(flag, locale), params: paramsIn(params, locale) };
}

export function problemJson(problem: Problem, locale: Locale): JsonProblem {
  const { where, code, params } = problem;
  const message = messageOf(problem, locale);
  return params === undefined
    ? { where, code, message }
    : { where, code, message, params: paramsIn(params, locale) };
}

export interface JsonAuditItem {
  code: string;
  where: string;
  message: string;
  params: MessageParams;
  severity: AuditItem['severity'];
}

export function auditJson(item: AuditItem, locale: Locale): JsonAuditItem {
  const { code, where, params, severity } = item;
  return {
    code,
    where,
    message: messageOf(item, locale),
    params: paramsIn(params, locale),
    severity,
  };
}

function monitorItemJson(item: MonitorItem, locale: Locale) {
  const { index, where, cumulative, category, completion, progress, light, likelihood } = item;
  return {
    index,
    name: monitorNameOf(item, locale),
    where,
    cumulative,
    category,
    completion,
    progress,
    light,
    likelihood,
    message: messageOf(item, locale),
    params: paramsIn(item.params, locale),
  };
}

function monitoringJson(monitoring: MonitoringResult, locale: Locale) {
  const { execution, indicators, categories } = monitoring;
  return {
    ...monitoring,
    execution: execution && monitorItemJson(execution, locale),
    indicators: indicators.map((item) => monitorItemJson(item, locale)),
    categories: categories.map((code: MonitorCategory) => ({
      code,
      label: t(`monitor.category.${code}`, {}, locale),
    })),
  };
}

/** The result with its texts, ready for JSON.stringify. */
export function resultJson(result: EvaluationResult, locale: Locale) {
  const flags = (list: Flag[]) => list.map((f) => flagJson(f, locale));
  const problems = (list: Problem[]) => list.map((p) => problemJson(p, locale));
  const { monitoring, ...rest } = result;
  return {
    ...rest,
    execution: { ...result.execution, flags: flags(result.execution.flags) },
    indicators: result.indicators.map((row) => ({ ...row, flags: flags(row.flags) })),
    provisionalReasons: problems(result.provisionalReasons),
    flags: flags(result.flags),
    warnings: flags(result.warnings),
    errors: problems(result.errors),
    audit: result.audit.map((item) => auditJson(item, locale)),
    ...(monitoring ? { monitoring: monitoringJson(monitoring, locale) } : {}),
  };
}
