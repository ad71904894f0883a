/**
 * The shared operations on the site's Y.Doc (collab/doc/ops.ts) and the canonical reader, in a
 * chunk of their own: they bring Lexical (rich text is validated and merged through it), which the
 * editor's first screen does not need. `loadSharedOps()` starts loading them once the canvas is
 * drawn; every edit goes through them.
 */
export {
  addPage,
  duplicateBlock,
  insertBlock,
  moveBlock,
  removeBlock,
  removePage,
  renamePage,
  reorderPages,
  setNav,
  setTheme,
  SiteEditError,
  updateProps,
  updateSettings,
} from "../../../../collab/doc/ops.ts";
export { readProps } from "../../../../collab/doc/mapping.ts";
