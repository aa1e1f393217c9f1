import { createLink, type LinkComponent } from '@tanstack/react-router';
import type { AnchorHTMLAttributes, ButtonHTMLAttributes, ReactNode, Ref } from 'react';

/** How a button looks: what it does decides it (one primary action per form, danger for what destroys). */
export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'danger-outline' | 'link';
export type ButtonSize = 'xs' | 'sm' | 'md';

// Colours checked for WCAG AA in both themes: white on blue-800 is 8.6:1, slate-950 on amber-300 is 12:1,
// white on red-800 is 8.3:1, red-800 on white 8.3:1, red-300 on slate-900 7.9:1. The dark theme's
// primary is amber to match its focus ring and selected states (see src/index.css).
const VARIANTS: Record<ButtonVariant, string> = {
  primary: 'bg-blue-800 text-white hover:bg-blue-900 dark:bg-amber-300 dark:text-slate-950 dark:hover:bg-amber-200',
  secondary:
    'border border-slate-400 bg-white text-slate-900 hover:bg-slate-100 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800',
  danger: 'bg-red-800 text-white hover:bg-red-900 dark:bg-red-300 dark:text-slate-950 dark:hover:bg-red-200',
  'danger-outline':
    'border border-red-700 bg-white text-red-800 hover:bg-red-50 dark:border-red-400 dark:bg-slate-900 dark:text-red-300 dark:hover:bg-slate-800',
  link: 'text-blue-800 underline underline-offset-2 dark:text-sky-300',
};

const SIZES: Record<ButtonSize, string> = {
  xs: 'px-2 py-1 text-xs',
  sm: 'px-3 py-1.5 text-sm',
  md: 'px-4 py-2',
};

// aria-disabled is styled like disabled: a button that must keep keyboard focus while unavailable
// (a job is running) uses aria-disabled and ignores clicks itself.
const BASE =
  'rounded font-semibold no-underline hover:no-underline disabled:cursor-not-allowed disabled:opacity-60 aria-disabled:cursor-not-allowed aria-disabled:opacity-60';

/**
 * The class names of a kit button, for the rare element that cannot be a {@link Button} (a skip link,
 * a label styled as a button).
 */
export function buttonClass({ variant = 'secondary', size = 'md' }: { variant?: ButtonVariant; size?: ButtonSize } = {}): string {
  if (variant === 'link') return `${VARIANTS.link} font-medium disabled:cursor-not-allowed disabled:opacity-60`;
  return `inline-flex items-center justify-center gap-2 text-center ${BASE} ${SIZES[size]} ${VARIANTS[variant]}`;
}

interface Look {
  /** Default `secondary`: most buttons are not the page's main action. */
  variant?: ButtonVariant;
  /** Default `md`; `sm` for buttons inside lists, toolbars and inline forms; `xs` beside a code block. */
  size?: ButtonSize;
  className?: string;
  children: ReactNode;
}

type NativeButtonProps = Look &
  Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'className' | 'children'> & { href?: undefined; ref?: Ref<HTMLButtonElement> };
type AnchorProps = Look &
  Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'className' | 'children'> & { href: string; ref?: Ref<HTMLAnchorElement> };

/**
 * A button in one of the kit's looks. Given `href` it renders an anchor styled as a button (a download,
 * an external page); for a link to a route of the app use {@link ButtonLink}. A plain button defaults
 * to `type="button"`, so it never submits a form by accident; pass `type="submit"` for the form's action.
 */
export function Button(props: NativeButtonProps | AnchorProps) {
  const { variant, size, className = '', children, ...rest } = props;
  const classes = `${buttonClass({ variant, size })} ${className}`.trim();
  if (rest.href !== undefined) {
    return (
      <a {...rest} className={classes}>
        {children}
      </a>
    );
  }
  const { type = 'button', ...buttonProps } = rest as Omit<NativeButtonProps, keyof Look>;
  return (
    <button {...buttonProps} type={type} className={classes}>
      {children}
    </button>
  );
}

type AnchorLookProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'className' | 'children'> &
  Omit<Look, 'children'> & { children?: ReactNode; ref?: Ref<HTMLAnchorElement> };

function ButtonAnchor({ variant, size, className = '', ref, ...rest }: AnchorLookProps) {
  return <a ref={ref} {...rest} className={`${buttonClass({ variant, size })} ${className}`.trim()} />;
}

/**
 * A link to a route of the app that looks like a button, with the router's typed `to`, `params` and
 * `search` (built with the router's `createLink`, so it navigates without a reload and preloads).
 */
export const ButtonLink: LinkComponent<typeof ButtonAnchor> = /* @__PURE__ */ createLink(ButtonAnchor);
