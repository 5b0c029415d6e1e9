/**
 * The task pane: 重新计算, then the composite first (summary card), the mid-year traffic lights
 * when monitoring, the audit's 核对提示, the deviations (open before explained) with their
 * editor; 生成报告文字, 生成评价结果 and 撤销上次计算; the empty state with 插入模板, the
 * settings and the output-conflict dialog. It runs the same against Excel and against the
 * preview's fake workbook: everything goes through a PaneBackend.
 *
 * Typed text is never lost: an open editor stays open through a recalculation, and every
 * unsaved explanation is a draft kept per workbook and row (drafts.ts) until it is saved or
 * discarded, so an undo, a reload or closing the pane leaves it waiting. Focus goes into what
 * opens and back to what opened it once it closes.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { DraftContext, type PaneDrafts } from './draft-context';
import { createDraftStore, draftRowId, type DraftStore } from './drafts';
import { makeStyles } from '@fluentui/react-components';
import { tokens } from './theme';
import type { EvaluationResult, Locale } from '../engine/types';
import type { ConflictCell, ConflictPolicy, PaneBackend, RecalcView, RuleSetting } from './backend';
import { buildAuditEntries, type AuditEntry } from './audit-model';
import { copyText } from './clipboard';
import { buildMonitoringModel, type MonitorLine } from './monitor-model';
import { DeviationList } from './DeviationList';
import { LocaleContext, translator } from './i18n';
import { buildPaneModel, withAnnotation, type DeviationItem } from './model';
import { EmptyState } from './EmptyState';
import { OnDemand, onDemand } from './on-demand';
import { SummaryCard } from './SummaryCard';
import { Button, Notice, Spinner } from './ui';

// Not on the first screen: each loads its code when it first shows (on-demand.tsx).
// 识别表格 (with its texts), when it is first used.
const FormRecognition = onDemand(() => import('./FormRecognition').then((m) => m.FormRecognition));
// The settings dialog (with every rule key's labels), when it is first opened.
const SettingsDialog = onDemand(() => import('./SettingsDialog').then((m) => m.SettingsDialog));
// The mid-year traffic lights, for a mid-year workbook only.
const MonitoringView = onDemand(() => import('./MonitoringView').then((m) => m.MonitoringView));
// The audit's 核对提示, when a recalculation has any.
const AuditList = onDemand(() => import('./AuditList').then((m) => m.AuditList));
// The output-conflict dialog, when a recalculation would overwrite what the user typed.
const ConflictDialog = onDemand(() => import('./ConflictDialog').then((m) => m.ConflictDialog));
// The report text, when it could not be copied.
const ReportText = onDemand(() => import('./ReportText').then((m) => m.ReportText));

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '14px',
    padding: '14px',
    minHeight: '100%',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: '8px' },
  actions: { display: 'flex', gap: '8px', alignItems: 'center' },
  more: { display: 'flex', flexWrap: 'wrap', gap: '6px' },
  moreButton: { flexGrow: 1, minWidth: '0' },
  primary: { flexGrow: 1 },
  section: { display: 'flex', flexDirection: 'column', rowGap: '8px' },
  errors: { margin: 0, paddingLeft: '18px', fontSize: tokens.fontSizeBase200 },
  intro: {
    margin: 0,
    padding: '16px',
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    color: tokens.colorNeutralForeground2,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

type Notice = {
  intent: 'success' | 'error' | 'info';
  title?: string;
  text: string;
  /** Cells or problems listed under the text. */
  items?: string[];
};

type Busy =
  | 'recalculate'
  | 'annotate'
  | 'insert'
  | 'recognize'
  | 'bindForm'
  | 'settings'
  | 'report'
  | 'results'
  | 'undo';

function messageOf(error: unknown, locale: Locale): string {
  const tr = translator(locale);
  if (error instanceof Error && error.message) return error.message;
  return tr('pane.error.unexpected', { message: String(error) });
}

export interface PaneProps {
  backend: PaneBackend;
  locale: Locale;
  /** Called after every write (the preview re-renders its grid). */
  onWrite?: () => void;
  /** Which workbook this is (its URL in Excel; the sample in the preview): drafts are kept per workbook. */
  workbookId: string;
  /** Where drafts are kept (default: the browser's local storage). */
  draftStore?: DraftStore;
}

export function Pane({ backend, locale, onWrite, workbookId, draftStore }: PaneProps) {
  const s = useStyles();
  const tr = translator(locale);
  const [result, setResult] = useState<EvaluationResult | null>(null);
  const [budgetReason, setBudgetReason] = useState('');
  const [budgetReasonCell, setBudgetReasonCell] = useState(true);
  const [missing, setMissing] = useState<string[] | null>(null);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [reportText, setReportText] = useState<string | null>(null);
  const [conflicts, setConflicts] = useState<ConflictCell[] | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [settings, setSettings] = useState<RuleSetting[] | null>(null);
  // 识别表格: how many times it was asked for (each time recognises anew); 0 = not yet.
  const [recognitions, setRecognitions] = useState(0);
  const busyRef = useRef(false);
  const store = useMemo(() => draftStore ?? createDraftStore(workbookId), [draftStore, workbookId]);
  // Drafts left from before (a reload, a closed pane) are said at once.
  const [notice, setNotice] = useState<Notice | null>(() => {
    const count = store.rowIds().length;
    return count > 0 ? { intent: 'info', text: tr('pane.drafts.waiting', { count }) } : null;
  });
  // The rows with a draft (their ids): re-rendered when a draft appears or goes.
  const [draftIds, setDraftIds] = useState<string[]>(() => store.rowIds());
  const refreshDrafts = useCallback(() => {
    const ids = store.rowIds();
    setDraftIds((previous) => (previous.join('\n') === ids.join('\n') ? previous : ids));
  }, [store]);
  const drafts = useMemo<PaneDrafts>(
    () => ({
      get: (item) => (draftIds.includes(draftRowId(item)) ? store.get(item) : null),
      put: (item, draft) => {
        store.put(item, draft, { reason: item.reason, measures: item.measures });
        refreshDrafts();
      },
      discard: (item) => {
        store.remove(item);
        refreshDrafts();
      },
    }),
    [store, draftIds, refreshDrafts],
  );
  /** What gets the focus back once the pane is idle (data-focus-key: a line, a button). */
  const focusKey = useRef<string | null>(null);
  const setFocusKey = (key: string) => {
    focusKey.current = key;
  };
  useEffect(() => {
    if (focusKey.current === null || busy !== null) return;
    const target = document.querySelector<HTMLElement>(
      `[data-focus-key="${CSS.escape(focusKey.current)}"]`,
    );
    if (target) {
      target.focus();
      focusKey.current = null;
    }
  });

  const model = useMemo(
    () => (result ? buildPaneModel(result, locale, { budgetReason }) : null),
    [result, locale, budgetReason],
  );
  const monitorModel = useMemo(
    () => (result ? buildMonitoringModel(result, locale, { budgetReason }) : null),
    [result, locale, budgetReason],
  );
  const audit = useMemo(() => (result ? buildAuditEntries(result, locale) : []), [result, locale]);
  const categories = monitorModel?.categories.map((c) => c.label);

  const fail = useCallback(
    (error: unknown) =>
      setNotice({ intent: 'error', title: tr('pane.error.title'), text: messageOf(error, locale) }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [locale],
  );

  const show = useCallback((view: RecalcView) => {
    if (view.kind === 'scored') {
      setResult(view.result);
      setBudgetReason(view.budgetReason);
      setBudgetReasonCell(view.budgetReasonCell);
      setMissing(null);
    } else if (view.kind === 'missingNames') {
      setResult(null);
      setMissing(view.missing);
    } else {
      setConflicts(view.conflicts);
    }
  }, []);

  /** Runs one operation at a time from the pane (the host's queue guards the workbook). */
  const guarded = async (kind: Busy, work: () => Promise<void>) => {
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(kind);
    try {
      await work();
    } catch (error) {
      fail(error);
    } finally {
      busyRef.current = false;
      setBusy(null);
    }
  };

  const recalculate = (policy: ConflictPolicy) =>
    guarded('recalculate', async () => {
      setNotice(null);
      const view = await backend.recalculate(policy);
      show(view);
      // An open editor stays open (with its text) when its line is still there.
      if (view.kind === 'scored') onWrite?.();
    });

  useEffect(() => {
    if (!backend.onExternalRecalc) return undefined;
    return backend.onExternalRecalc((view) => {
      show(view);
      if (view.kind === 'scored') {
        setNotice({ intent: 'info', text: tr('pane.ribbonRecalculated') });
        onWrite?.();
      }
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [backend, show]);

  /** Closes an editor (Esc, 取消): its text stays as the row's draft; focus back on the line. */
  const closeEditor = () => {
    if (selected) setFocusKey(selected);
    setSelected(null);
  };

  /** A part that could not open (its code did not load): it closes and the notice says why. */
  const closeFailed = (close: () => void) => (error: unknown) => {
    close();
    fail(error);
  };
  // Written out rather than closeFailed(closeEditor): closeEditor is not to be called in render.
  const editorFailed = (error: unknown) => {
    closeEditor();
    fail(error);
  };

  const select = (item: DeviationItem) => {
    if (selected === item.key) return;
    setSelected(item.key);
    backend.select(item.target).catch(fail);
  };

  /** Goes to a cell; says so when the workbook has no such cell (a JSON path, a lost sheet). */
  const goTo = (where: string) =>
    backend
      .selectCell(where)
      .then((found) => {
        if (!found) setNotice({ intent: 'info', text: tr('pane.locate.notFound', { where }) });
      })
      .catch(fail);

  const locate = (entry: AuditEntry) => {
    void goTo(entry.where);
  };

  const selectLine = (line: MonitorLine) => {
    const key = `monitor-${line.key}`;
    if (selected === key) return;
    setSelected(key);
    void goTo(line.where);
  };

  const draftReport = () =>
    guarded('report', async () => {
      setNotice(null);
      setReportText(null);
      const view = await backend.draftReport();
      onWrite?.();
      const copied = await copyText(view.text);
      if (!copied) setReportText(view.text);
      const said = [
        view.kept ? tr('pane.report.keptEdited', { kept: view.kept, sheet: view.sheet }) : '',
        tr(copied ? 'pane.report.copied' : 'pane.report.notCopied', { sheet: view.sheet }),
        view.midYear
          ? tr('pane.report.midYear')
          : view.provisional
            ? tr('pane.report.provisional')
            : '',
      ];
      setNotice({
        intent: copied ? 'success' : 'info',
        // Sentences: Chinese runs them on, English puts a space between them.
        text: said.filter((part) => part !== '').join(locale === 'zh-CN' ? '' : ' '),
      });
    });

  const writeResults = () =>
    guarded('results', async () => {
      setNotice(null);
      const view = await backend.writeResultsSheet();
      if (view.written) {
        onWrite?.();
        const written = tr('pane.results.written', { sheet: view.sheet });
        setNotice({
          intent: 'success',
          text: view.kept && view.message ? `${view.message} ${written}` : written,
        });
      } else {
        setNotice({
          intent: 'error',
          text: tr('pane.results.notWritten', { sheet: view.sheet }),
          items: view.problems.map((p) => p.message),
        });
      }
    });

  const undo = () =>
    guarded('undo', async () => {
      setNotice(null);
      const view = await backend.undoLastRecalculation();
      const kept = store.rowIds().length;
      if (view.undone) {
        // The outputs are those of the recalculation before: the pane's figures no longer are.
        // What was being typed stays as drafts, back in its editor after the next recalculation.
        setResult(null);
        setSelected(null);
        setFocusKey('recalculate');
        onWrite?.();
      }
      setNotice({
        intent: view.undone ? 'success' : view.problems.length > 0 ? 'error' : 'info',
        title: tr('pane.undo.title'),
        text:
          view.undone && kept > 0
            ? `${view.message}${locale === 'zh-CN' ? '' : ' '}${tr('pane.drafts.kept', { count: kept })}`
            : view.message,
        items: view.problems.map((p) => p.message),
      });
    });

  const annotate = (item: DeviationItem, reason: string, measures: string) =>
    guarded('annotate', async () => {
      const target = item.target;
      await backend.annotate(target, reason, measures);
      drafts.discard(item);
      setFocusKey(item.key);
      setResult((r) => (r ? withAnnotation(r, target, reason, measures) : r));
      if (target === 'budget') setBudgetReason(reason);
      setSelected(null);
      const name =
        target === 'budget'
          ? tr('pane.deviations.budgetName')
          : (result?.indicators.find((i) => i.index === target)?.name ?? '');
      setNotice({ intent: 'success', text: tr('pane.editor.saved', { name }) });
      onWrite?.();
    });

  /** The form's names are defined: from now on it recalculates as the template does. */
  const formBound = () => {
    setRecognitions(0);
    setMissing(null);
    setResult(null);
    setFocusKey('recalculate');
    onWrite?.();
  };

  const insertTemplate = () =>
    guarded('insert', async () => {
      await backend.insertTemplate();
      setMissing(null);
      setResult(null);
      setNotice({ intent: 'success', text: tr('pane.empty.inserted') });
      onWrite?.();
    });

  const openSettings = () =>
    guarded('settings', async () => {
      const loaded = await backend.readSettings();
      setSettings(loaded.rows);
      setSettingsOpen(true);
    });

  const saveSettings = (rows: RuleSetting[]) =>
    guarded('settings', async () => {
      await backend.saveSettings(rows);
      setSettings(rows);
      setSettingsOpen(false);
      setFocusKey('settings');
      setNotice({ intent: 'success', text: tr('pane.settings.savedRecalculate') });
      onWrite?.();
    });

  const recalculating = busy === 'recalculate';
  return (
    <LocaleContext.Provider value={locale}>
      <DraftContext.Provider value={drafts}>
        <main className={s.pane} aria-busy={busy !== null}>
          <div className={s.header}>
            <h1 className={s.title}>{tr('pane.title')}</h1>
            <Button
              appearance="subtle"
              size="small"
              disabled={busy !== null}
              data-focus-key="settings"
              onClick={() => void openSettings()}
            >
              {tr('pane.settings.open')}
            </Button>
          </div>
          <div className={s.actions}>
            <Button
              className={s.primary}
              appearance="primary"
              size="large"
              disabled={busy !== null}
              aria-label={tr('pane.recalculate')}
              data-focus-key="recalculate"
              icon={recalculating ? <Spinner /> : undefined}
              onClick={() => void recalculate('refuse')}
            >
              {recalculating ? tr('pane.recalculating') : tr('pane.recalculate')}
            </Button>
          </div>
          <div className={s.more} role="group" aria-label={tr('pane.actions.label')}>
            {(
              [
                ['report', 'pane.report.draft', 'pane.report.drafting'],
                ['results', 'pane.results.write', 'pane.results.writing'],
                ['undo', 'pane.undo.run', 'pane.undo.running'],
              ] as const
            ).map(([kind, label, running]) => (
              <Button
                key={kind}
                className={s.moreButton}
                size="small"
                appearance="outline"
                disabled={busy !== null}
                icon={busy === kind ? <Spinner /> : undefined}
                onClick={() =>
                  void (kind === 'report'
                    ? draftReport()
                    : kind === 'results'
                      ? writeResults()
                      : undo())
                }
              >
                {busy === kind ? tr(running) : tr(label)}
              </Button>
            ))}
          </div>
          {notice && (
            <Notice intent={notice.intent} title={notice.title}>
              {notice.text}
              {notice.items && notice.items.length > 0 && (
                <ul className={s.errors}>
                  {notice.items.map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                </ul>
              )}
            </Notice>
          )}
          {reportText !== null && (
            <OnDemand
              fallback={<Spinner label={tr('pane.report.text')} />}
              onError={closeFailed(() => setReportText(null))}
            >
              <ReportText text={reportText} onClose={() => setReportText(null)} />
            </OnDemand>
          )}
          {missing && (
            <EmptyState
              missing={missing}
              busy={busy === 'insert'}
              check={async () => (await backend.checkTemplate()).existingSheets}
              onInsert={() => void insertTemplate()}
              recognizing={busy === 'recognize'}
              onRecognize={() => {
                setNotice(null);
                setRecognitions((n) => n + 1);
              }}
            >
              {recognitions > 0 && (
                <OnDemand
                  fallback={<Spinner label={tr('pane.form.recognizing')} />}
                  onError={closeFailed(() => setRecognitions(0))}
                >
                  <FormRecognition
                    key={recognitions}
                    backend={backend}
                    run={guarded}
                    busy={busy !== null}
                    goTo={goTo}
                    say={setNotice}
                    onBound={formBound}
                  />
                </OnDemand>
              )}
            </EmptyState>
          )}
          {!missing && !model && <p className={s.intro}>{tr('pane.notYetCalculated')}</p>}
          {model && (
            <>
              <SummaryCard model={model} />
              {monitorModel && (
                <OnDemand
                  fallback={<Spinner label={tr('pane.monitor.title')} />}
                  onError={fail}
                  resetKey={result}
                >
                  <MonitoringView
                    model={monitorModel}
                    selected={selected}
                    saving={busy === 'annotate'}
                    onSelect={selectLine}
                    onCancel={closeEditor}
                    onSave={(item, reason, measures) => void annotate(item, reason, measures)}
                    onEditorError={editorFailed}
                    budgetReasonCell={budgetReasonCell}
                  />
                </OnDemand>
              )}
              {audit.length > 0 && (
                <section
                  className={s.section}
                  aria-label={tr('pane.audit.title', { count: audit.length })}
                >
                  <h2 className={s.h2}>{tr('pane.audit.title', { count: audit.length })}</h2>
                  <OnDemand
                    fallback={<Spinner label={tr('pane.audit.title', { count: audit.length })} />}
                    onError={fail}
                    resetKey={result}
                  >
                    <AuditList entries={audit} onLocate={locate} />
                  </OnDemand>
                </section>
              )}
              {model.errors.length > 0 && (
                <Notice intent="error" title={tr('pane.deviations.errorsTitle')}>
                  <ul className={s.errors}>
                    {model.errors.map((e) => (
                      <li key={`${e.where}:${e.message}`}>{e.message}</li>
                    ))}
                  </ul>
                </Notice>
              )}
              <section className={s.section} aria-label={tr('pane.deviations.title')}>
                <h2 className={s.h2}>{tr('pane.deviations.title')}</h2>
                <DeviationList
                  items={model.deviations}
                  selected={selected}
                  saving={busy === 'annotate'}
                  onSelect={select}
                  onCancel={closeEditor}
                  onSave={(item, reason, measures) => void annotate(item, reason, measures)}
                  onEditorError={editorFailed}
                  categories={categories}
                  budgetReasonCell={budgetReasonCell}
                />
              </section>
            </>
          )}
          {conflicts && (
            <OnDemand
              fallback={<Spinner label={tr('pane.conflict.title')} />}
              onError={closeFailed(() => setConflicts(null))}
            >
              <ConflictDialog
                conflicts={conflicts}
                onChoose={(policy) => {
                  setConflicts(null);
                  setFocusKey('recalculate');
                  if (policy) void recalculate(policy);
                }}
              />
            </OnDemand>
          )}
          {settingsOpen && (
            <OnDemand
              fallback={<Spinner label={tr('pane.settings.title')} />}
              onError={closeFailed(() => setSettingsOpen(false))}
            >
              <SettingsDialog
                open={settingsOpen}
                rows={settings}
                saving={busy === 'settings'}
                onSave={(rows) => void saveSettings(rows)}
                onClose={() => {
                  setSettingsOpen(false);
                  setFocusKey('settings');
                }}
              />
            </OnDemand>
          )}
        </main>
      </DraftContext.Provider>
    </LocaleContext.Provider>
  );
}
