/**
 * KMS Lab's UI kit: the shared buttons, notices, form fields, tables and dialogs every page uses, so
 * they look and behave the same everywhere and meet WCAG AA in both themes. Import from
 * '@/components/ui'.
 */
export { Badge } from './badge';
export { Button, ButtonLink, buttonClass } from './button';
export { DataTable, type Column } from './data-table';
export { Dialog } from './dialog';
export { Field, Select, SelectField, TextArea, TextField, TextInput } from './field';
export { Notice } from './notice';
export { PageHeading } from './page-heading';
export { ScrollBox } from './scroll-box';
