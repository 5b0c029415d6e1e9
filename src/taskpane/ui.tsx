/**
 * Small accessible building blocks drawn with Fluent UI v9's theme (FluentProvider + tokens)
 * and its styling engine (Griffel makeStyles), after Fluent's own button, badge, field and
 * dialog designs. The pane page must stay ≤ 150 KB gzip with React 19 AND the scoring engine
 * on board, which leaves no room for Fluent's component implementations: buttons, dialogs
 * (the native <dialog>: focus trap, Esc and backdrop built in) and form controls are native
 * elements with Fluent's look.
 */
import { useEffect, useId, useRef, type ButtonHTMLAttributes, type ReactNode } from 'react';
import { makeStyles, mergeClasses } from '@fluentui/react-components';
import { tokens } from './theme';

/** A badge's colours: its background, its text and its border. */
function tint(backgroundColor: string, color: string, borderColor: string) {
  return { backgroundColor, color, border: `1px solid ${borderColor}` };
}

const useStyles = makeStyles({
  button: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    columnGap: '6px',
    minWidth: '96px',
    minHeight: '32px',
    padding: '5px 12px',
    boxSizing: 'border-box',
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase300,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    cursor: 'pointer',
    transitionProperty: 'background, border, color',
    transitionDuration: tokens.durationFaster,
    ':hover': {
      backgroundColor: tokens.colorNeutralBackground1Hover,
      border: `1px solid ${tokens.colorNeutralStroke1Hover}`,
    },
    ':active': { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ':focus-visible': {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '1px',
    },
    ':disabled': {
      cursor: 'not-allowed',
      backgroundColor: tokens.colorNeutralBackgroundDisabled,
      border: `1px solid ${tokens.colorNeutralStrokeDisabled}`,
      color: tokens.colorNeutralForegroundDisabled,
    },
  },
  primary: {
    backgroundColor: tokens.colorBrandBackground,
    border: '1px solid transparent',
    color: tokens.colorNeutralForegroundOnBrand,
    ':hover': {
      backgroundColor: tokens.colorBrandBackgroundHover,
      border: '1px solid transparent',
      color: tokens.colorNeutralForegroundOnBrand,
    },
    ':active': { backgroundColor: tokens.colorBrandBackgroundPressed },
  },
  subtle: {
    backgroundColor: tokens.colorSubtleBackground,
    border: '1px solid transparent',
    color: tokens.colorNeutralForeground2,
    ':hover': {
      backgroundColor: tokens.colorSubtleBackgroundHover,
      border: '1px solid transparent',
      color: tokens.colorNeutralForeground2Hover,
    },
  },
  outline: {
    backgroundColor: tokens.colorTransparentBackground,
    ':hover': { backgroundColor: tokens.colorTransparentBackgroundHover },
  },
  small: {
    minWidth: '64px',
    minHeight: '24px',
    padding: '2px 8px',
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
    borderRadius: tokens.borderRadiusSmall,
  },
  large: {
    minHeight: '40px',
    padding: '8px 16px',
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    borderRadius: tokens.borderRadiusLarge,
  },
  spinner: {
    display: 'inline-block',
    width: '14px',
    height: '14px',
    borderRadius: '50%',
    border: '2px solid currentColor',
    borderTopColor: 'transparent',
    boxSizing: 'border-box',
    animationName: { from: { transform: 'rotate(0deg)' }, to: { transform: 'rotate(360deg)' } },
    animationDuration: '0.8s',
    animationIterationCount: 'infinite',
    animationTimingFunction: 'linear',
    '@media (prefers-reduced-motion: reduce)': { animationDuration: '2.4s' },
  },
  badge: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    padding: '0 8px',
    minHeight: '20px',
    borderRadius: tokens.borderRadiusCircular,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
    border: '1px solid transparent',
  },
  success: tint(
    tokens.colorPaletteGreenBackground1,
    tokens.colorPaletteGreenForeground1,
    tokens.colorPaletteGreenBorder1,
  ),
  warning: tint(
    tokens.colorPaletteYellowBackground1,
    tokens.colorPaletteDarkOrangeForeground1,
    tokens.colorPaletteYellowBorder1,
  ),
  danger: tint(
    tokens.colorPaletteRedBackground1,
    tokens.colorPaletteRedForeground1,
    tokens.colorPaletteRedBorder1,
  ),
  brand: tint(tokens.colorBrandBackground2, tokens.colorBrandForeground2, tokens.colorBrandStroke2),
  neutral: tint(
    tokens.colorNeutralBackground3,
    tokens.colorNeutralForeground2,
    tokens.colorNeutralStroke2,
  ),
  notice: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '2px',
    padding: '8px 12px',
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase300,
    border: '1px solid transparent',
  },
  noticeSuccess: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    border: `1px solid ${tokens.colorPaletteGreenBorder1}`,
  },
  noticeError: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    border: `1px solid ${tokens.colorPaletteRedBorder1}`,
  },
  noticeInfo: {
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  noticeTitle: { fontWeight: tokens.fontWeightSemibold },
  // A message of several lines (problems joined by line breaks) keeps its lines.
  noticeBody: { whiteSpace: 'pre-line' },
  field: { display: 'flex', flexDirection: 'column', rowGap: '4px' },
  label: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  required: { color: tokens.colorPaletteRedForeground1, paddingLeft: '2px' },
  hint: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  secondary: {
    marginLeft: '6px',
    fontWeight: tokens.fontWeightRegular,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
  invalid: { fontSize: tokens.fontSizeBase200, color: tokens.colorPaletteRedForeground1 },
  control: {
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    padding: '5px 8px',
    boxSizing: 'border-box',
    width: '100%',
    ':focus': {
      outline: 'none',
      borderBottomColor: tokens.colorCompoundBrandStroke,
      boxShadow: `inset 0 -1px 0 ${tokens.colorCompoundBrandStroke}`,
    },
    ':disabled': { backgroundColor: tokens.colorNeutralBackgroundDisabled },
  },
  textarea: { minHeight: '64px', resize: 'vertical', lineHeight: tokens.lineHeightBase300 },
  dialog: {
    border: 'none',
    borderRadius: tokens.borderRadiusXLarge,
    boxShadow: tokens.shadow64,
    padding: '20px',
    width: 'min(92vw, 420px)',
    maxHeight: '85vh',
    boxSizing: 'border-box',
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    fontFamily: tokens.fontFamilyBase,
    '::backdrop': { backgroundColor: 'rgba(0, 0, 0, 0.4)' },
  },
  dialogTitle: {
    margin: '0 0 10px',
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase500,
  },
  dialogBody: { fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  dialogActions: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'flex-end',
    gap: '8px',
    marginTop: '20px',
  },
});

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  appearance?: 'primary' | 'secondary' | 'subtle' | 'outline';
  size?: 'small' | 'medium' | 'large';
  icon?: ReactNode;
}

/** A button with Fluent's appearances and sizes. */
export function Button({
  appearance = 'secondary',
  size = 'medium',
  icon,
  className,
  children,
  type = 'button',
  ...rest
}: ButtonProps) {
  const s = useStyles();
  return (
    <button
      type={type}
      className={mergeClasses(
        s.button,
        appearance !== 'secondary' && s[appearance],
        size !== 'medium' && s[size],
        className,
      )}
      {...rest}
    >
      {icon}
      {children}
    </button>
  );
}

export function Spinner({ label }: { label?: string }) {
  const s = useStyles();
  return <span className={s.spinner} role={label ? 'progressbar' : undefined} aria-label={label} />;
}

export type BadgeColor = 'success' | 'warning' | 'danger' | 'brand' | 'neutral';

export function Badge({
  color,
  className,
  children,
  ...rest
}: {
  color: BadgeColor;
  className?: string;
  children: ReactNode;
  'data-testid'?: string;
}) {
  const s = useStyles();
  return (
    <span className={mergeClasses(s.badge, s[color], className)} {...rest}>
      {children}
    </span>
  );
}

export function Notice({
  intent,
  title,
  children,
}: {
  intent: 'success' | 'error' | 'info';
  title?: string;
  children: ReactNode;
}) {
  const s = useStyles();
  const cls = { success: s.noticeSuccess, error: s.noticeError, info: s.noticeInfo }[intent];
  return (
    <div className={mergeClasses(s.notice, cls)} role={intent === 'error' ? 'alert' : 'status'}>
      {title && <span className={s.noticeTitle}>{title}</span>}
      <div className={s.noticeBody}>{children}</div>
    </div>
  );
}

export interface FieldProps {
  label: string;
  /** Smaller text after the label (a rule's key as the rules page names it). */
  secondary?: string;
  required?: boolean;
  hint?: string;
  error?: string;
  children: (props: { id: string; describedBy?: string; invalid: boolean }) => ReactNode;
}

/** A label, its control, a hint and a validation message, wired with ids. */
export function Field({ label, secondary, required, hint, error, children }: FieldProps) {
  const s = useStyles();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ');
  return (
    <div className={s.field}>
      <label htmlFor={id} className={s.label}>
        {label}
        {secondary && (
          <>
            {' '}
            <span className={s.secondary}>{secondary}</span>
          </>
        )}
        {required && (
          <span className={s.required} aria-hidden>
            *
          </span>
        )}
      </label>
      {children({ id, describedBy: describedBy || undefined, invalid: Boolean(error) })}
      {error && (
        <span id={errorId} className={s.invalid} role="alert">
          {error}
        </span>
      )}
      {hint && (
        <span id={hintId} className={s.hint}>
          {hint}
        </span>
      )}
    </div>
  );
}

export function useControlClasses(): { input: string; textarea: string } {
  const s = useStyles();
  return { input: s.control, textarea: mergeClasses(s.control, s.textarea) };
}

export interface ModalProps {
  open: boolean;
  title: string;
  onClose: () => void;
  /** An alert dialog (a decision the user must take). */
  alert?: boolean;
  children: ReactNode;
  actions: ReactNode;
}

/** A modal dialog on the native <dialog> element (focus trap, Esc and backdrop built in). */
export function Modal({ open, title, onClose, alert, children, actions }: ModalProps) {
  const s = useStyles();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // Older Office webviews (EdgeHTML) have <dialog> without showModal: shown in place there.
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);
  return (
    <dialog
      ref={ref}
      className={s.dialog}
      role={alert ? 'alertdialog' : undefined}
      aria-labelledby={titleId}
      aria-modal="true"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {open && (
        <>
          <h2 id={titleId} className={s.dialogTitle}>
            {title}
          </h2>
          <div className={s.dialogBody}>{children}</div>
          <div className={s.dialogActions}>{actions}</div>
        </>
      )}
    </dialog>
  );
}
