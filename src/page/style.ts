/**
 * The page's own styles, after the report's (src/format/html.ts, REPORT_STYLE).
 * Text colours are at least 4.5:1 on their background (WCAG AA); the text area's
 * marks are a band and a ▶ in the gutter, never colour alone.
 */
export const PAGE_STYLE = `
body { max-width: 90rem; }
header { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: .5rem 1rem; }
header p { margin: 0; color: #333; }
.lang-switch { font: inherit; padding: .3rem .8rem; border: 2px solid #0b4f9c; border-radius: .3rem; background: #fff; color: #0b4f9c; cursor: pointer; }
.privacy { background: #eef4fb; border-left: 4px solid #0b4f9c; padding: .6rem .9rem; }
.drop { border: 2px dashed #555; border-radius: .5rem; padding: .8rem 1rem; margin: 1rem 0; display: flex; flex-wrap: wrap; gap: .4rem 1rem; align-items: center; }
.drop label { font-weight: 600; width: 100%; }
.drop p { margin: 0; color: #333; }
.drop.over { border-color: #0b4f9c; background: #eef4fb; }
.workspace { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1.5rem; }
@media (min-width: 64rem) { .workspace { grid-template-columns: minmax(0, 5fr) minmax(0, 6fr); } }
.source > label { font-weight: 600; display: block; }
.help { color: #333; font-size: .92rem; margin: .2rem 0 .5rem; }
.editor { display: flex; border: 1px solid #555; border-radius: .3rem; height: min(70vh, 44rem); overflow: hidden; font: .9rem/1.5rem ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.gutter { flex: none; width: 5.2em; overflow: hidden; background: #f0f0f0; border-right: 1px solid #d0d0d0; }
.gutter-lines, .backdrop-lines { padding: .5rem 0; will-change: transform; }
.ln { height: 1.5rem; padding-right: .5em; text-align: right; color: #444; white-space: nowrap; }
.ln.fault { color: #8a1c17; font-weight: 700; background: #fde2e1; }
.field { position: relative; flex: 1; min-width: 0; }
.backdrop { position: absolute; inset: 0; overflow: hidden; }
.band { height: 1.5rem; }
.band.fault { background: #fde2e1; }
.field textarea { position: absolute; inset: 0; width: 100%; height: 100%; box-sizing: border-box; margin: 0; border: 0; padding: .5rem; resize: none; background: transparent; color: #1a1a1a; font: inherit; white-space: pre; overflow: auto; tab-size: 2; }
.backdrop-lines { padding-left: .5rem; }
.announce { font-size: 1.1rem; font-weight: 600; margin: .5rem 0; }
.announce:empty { display: none; }
.message { background: #fff1cc; color: #4a3300; padding: .6rem .9rem; }
.dossier article { margin-top: .5rem; }
.result dl { grid-template-columns: minmax(7rem, 15rem) minmax(0, 1fr); }
.goto { font: inherit; font-size: .9rem; margin-top: .3rem; padding: .1rem .5rem; border: 1px solid #0b4f9c; border-radius: .3rem; background: #fff; color: #0b4f9c; cursor: pointer; }
.scroll { overflow-x: auto; margin: .8rem 0 1.2rem; } .scroll table { margin: 0; }
footer { margin-top: 3rem; border-top: 1px solid #d0d0d0; color: #333; font-size: .9rem; }
@media (max-width: 40rem) { body { padding: .5rem .8rem 2rem; } .editor { height: 60vh; } dl { grid-template-columns: 1fr; } }
`;
