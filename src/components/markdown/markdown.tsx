import { useMemo } from 'react';
import './prose.css';
import { renderInlineMarkdown, renderMarkdown } from './render-markdown';

/** Sanitised Markdown (see render-markdown.ts); `inline` drops the wrapping paragraph for short labels. */
export function Markdown({ source, inline = false, className }: { source: string; inline?: boolean; className?: string }) {
  const html = useMemo(() => (inline ? renderInlineMarkdown(source) : renderMarkdown(source)), [source, inline]);
  const Tag = inline ? 'span' : 'div';
  return <Tag className={`${inline ? '' : 'md-prose '}${className ?? ''}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
