/**
 * The form's styles, scoped by its classes: text at least 4.5:1 on its
 * background (the darkest grey used, #4a4a4a on white, is 8.9:1), a visible
 * focus, one column that fits a phone.
 */
export const BUILDER_STYLE = `
.db-builder { max-width: 48rem; margin: 0 auto; padding: 0 1rem; color: #1b1b1b; background: #fff; font: 1rem/1.5 system-ui, sans-serif; }
.db-builder * { box-sizing: border-box; }
.db-section { border: 1px solid #6b6b6b; border-radius: 0.25rem; margin: 1.5rem 0; padding: 0.75rem 1rem 1rem; min-width: 0; }
.db-section > legend { font-weight: 700; font-size: 1.15rem; padding: 0 0.25rem; }
.db-group, .db-line { border: 0; border-top: 1px solid #6b6b6b; margin: 1rem 0 0; padding: 0.5rem 0 0; min-width: 0; }
.db-group > legend, .db-line > legend { font-weight: 700; padding: 0; }
.db-field { margin: 0.75rem 0; }
.db-field > label { display: block; font-weight: 600; margin-bottom: 0.25rem; }
.db-builder input[type='text'], .db-builder textarea, .db-builder select {
  display: block; width: 100%; max-width: 100%; font: inherit; color: #1b1b1b; background: #fff;
  border: 2px solid #4a4a4a; border-radius: 0.25rem; padding: 0.5rem; min-height: 2.75rem;
}
.db-builder [aria-invalid='true'] { border-color: #a4000f; }
.db-choice { display: flex; align-items: flex-start; gap: 0.5rem; margin: 0.4rem 0; }
.db-choice input { width: 1.25rem; height: 1.25rem; margin: 0.15rem 0 0; flex: none; }
.db-hint { color: #4a4a4a; margin: 0.25rem 0; }
.db-hint:empty, .db-error:empty, .db-warning:empty, .db-grant:empty { display: none; }
.db-optional { font-weight: 400; color: #4a4a4a; }
.db-error { color: #a4000f; font-weight: 600; margin: 0.25rem 0; }
.db-warning { color: #7a3e00; margin: 0.25rem 0; }
.db-grant, .db-verdict { font-weight: 700; margin: 1rem 0 0; }
.db-combo { position: relative; }
.db-listbox { list-style: none; margin: 0; padding: 0; border: 2px solid #4a4a4a; border-top: 0; max-height: 16rem; overflow-y: auto; background: #fff; }
.db-listbox [role='option'] { padding: 0.5rem; cursor: pointer; }
.db-listbox [role='option'][aria-selected='true'], .db-listbox [role='option']:hover { background: #0b4f8a; color: #fff; }
.db-builder button { font: inherit; min-height: 2.75rem; padding: 0.5rem 1rem; border-radius: 0.25rem; cursor: pointer; margin: 0.5rem 0.5rem 0 0; }
.db-primary { background: #0b4f8a; color: #fff; border: 2px solid #0b4f8a; }
.db-secondary { background: #fff; color: #0b4f8a; border: 2px solid #0b4f8a; }
.db-builder :focus-visible { outline: 3px solid #1b1b1b; outline-offset: 2px; }
.db-builder a { color: #0b4f8a; }
.db-summary { border: 3px solid #a4000f; padding: 0.5rem 1rem; margin: 1rem 0; }
.db-summary h4 { margin: 0.25rem 0; color: #a4000f; }
.db-actions { display: flex; flex-wrap: wrap; }
.db-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
