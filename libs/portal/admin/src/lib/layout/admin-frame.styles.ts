/** Shared admin vocabulary: layout, buttons, forms, tables, badges, dialogs (under `.pt-admin`). */
export const ADMIN_FRAME_STYLES = `
.pt-admin { min-height: 100vh; background: var(--pt-bg, #f6f7f9); }
.pt-admin :focus-visible { outline: 3px solid var(--pt-focus, #c2410c); outline-offset: 2px; }
.pt-admin__main { display: block; max-width: 90rem; margin: 0 auto; padding: 1rem; }
.pt-admin__main:focus { outline: none; }
.pt-admin h1 { font-size: 1.6rem; margin: .5rem 0 1rem; }
.pt-admin h2 { font-size: 1.25rem; margin: 1.25rem 0 .5rem; }
.pt-admin__main a:not(.pt-btn) { color: var(--pt-link, #0b4f8a); }
.pt-btn { font: inherit; display: inline-flex; align-items: center; gap: .3rem; padding: .45rem .9rem;
  border-radius: var(--pt-radius, 6px); border: 1px solid var(--pt-brand, #0b3d6b); background: #fff;
  color: var(--pt-brand, #0b3d6b); cursor: pointer; text-decoration: none; min-height: 2.5rem; }
.pt-btn:hover { background: var(--pt-hover, #e8eff7); }
.pt-btn--primary { background: var(--pt-brand, #0b3d6b); color: #fff; }
.pt-btn--primary:hover { background: var(--pt-brand-strong, #072a4a); }
.pt-btn--danger { border-color: var(--pt-error, #b42318); color: var(--pt-error, #b42318); }
/* Disabled buttons keep readable colours rather than fading with opacity: a button caught
   between states (axe runs while a form re-renders) must still meet the contrast ratio. */
.pt-btn:disabled { cursor: not-allowed; background: #f1f3f6; color: #4d5a6a; border-color: #8a96a6; }
.pt-btn--primary:disabled { background: #53657a; color: #fff; border-color: #53657a; }
.pt-actions { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin: .75rem 0; }
.pt-field { display: flex; flex-direction: column; gap: .25rem; margin-bottom: .75rem; }
.pt-field > label, .pt-field > span { font-weight: 600; }
.pt-field input, .pt-field select, .pt-field textarea, .pt-input { font: inherit; padding: .45rem .6rem;
  border: 1px solid var(--pt-border-strong, #7a8699); border-radius: var(--pt-radius, 6px); background: #fff; color: inherit; }
.pt-field textarea { min-height: 8rem; resize: vertical; font-family: ui-monospace, monospace; font-size: .95rem; }
.pt-hint { color: var(--pt-muted, #5a6678); font-size: .9rem; margin: 0; }
.pt-filters { display: flex; flex-wrap: wrap; gap: .75rem; align-items: flex-end; }
.pt-filters .pt-field { margin: 0; }
.pt-table-wrap { overflow-x: auto; }
.pt-table { border-collapse: collapse; width: 100%; background: #fff; }
.pt-table th, .pt-table td { text-align: start; padding: .5rem .6rem; border-bottom: 1px solid var(--pt-border, #d5dbe3); vertical-align: top; }
.pt-table th { background: var(--pt-surface-alt, #eef2f6); }
.pt-badge { display: inline-block; padding: .05rem .5rem; border-radius: 999px; font-size: .8rem;
  border: 1px solid currentColor; white-space: nowrap; }
.pt-badge--published, .pt-badge--indexed { color: #1a6b36; }
.pt-badge--scheduled, .pt-badge--queued { color: var(--pt-info, #1d5f9e); }
.pt-badge--draft, .pt-badge--missing { color: var(--pt-muted, #5a6678); }
.pt-badge--outdated, .pt-badge--review { color: var(--pt-warning, #9a6700); }
.pt-badge--failed, .pt-badge--rejected { color: var(--pt-error, #b42318); }
.pt-alert { border-inline-start: 4px solid var(--pt-error, #b42318); background: var(--pt-error-bg, #fdecea);
  padding: .6rem .9rem; border-radius: var(--pt-radius, 6px); margin: .75rem 0; }
.pt-alert--warning { border-color: var(--pt-warning, #9a6700); background: var(--pt-warning-bg, #fff6dd); }
.pt-alert--ok { border-color: #1a6b36; background: #e8f5ec; }
.pt-alert p { margin: .2rem 0; }
.pt-card { background: #fff; border: 1px solid var(--pt-border, #d5dbe3); border-radius: var(--pt-radius-lg, 12px); padding: 1rem; }
.pt-card > h2:first-child { margin-top: 0; }
.pt-grid { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 22rem), 1fr)); }
.pt-dialog { border: 1px solid var(--pt-border, #d5dbe3); border-radius: var(--pt-radius-lg, 12px); padding: 1.25rem; max-width: min(32rem, 92vw); }
.pt-dialog::backdrop { background: rgb(15 30 50 / .45); }
.pt-visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
