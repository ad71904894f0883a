/** The site document <-> Y.Doc mapping that the editor, the collab server and the AI actions share. */
export { defaultSchemaHooks } from "./defaults.ts";
export { PAGE_PARENT_TYPE, type BlockPropsCheck, type SiteSchemaHooks } from "./hooks.ts";
export { newBlockId } from "./ids.ts";
export * as layout from "./layout.ts";
export { isEmptySiteYDoc, pageIdOfParent, pageParent } from "./layout.ts";
export { readSiteDoc, type ReadOptions } from "./mapping.ts";
export {
  InvalidSiteError,
  materialize,
  type Materialized,
  type MaterializeOptions,
  type Problem,
  type ProblemKind,
} from "./materialize.ts";
export {
  addPage,
  createSiteYDoc,
  duplicateBlock,
  insertBlock,
  moveBlock,
  removeBlock,
  removePage,
  renamePage,
  reorderPages,
  replaceDocument,
  setNav,
  setTheme,
  SiteEditError,
  updateProps,
  updateSettings,
  type BlockPlace,
  type NewPage,
  type OpOptions,
  type PagePatch,
  type SiteEditErrorCode,
} from "./ops.ts";
export { editOrigin, originsOfUser, type EditKind, type EditOrigin } from "./origin.ts";
export {
  bindEditorToXmlText,
  createRichTextEditor,
  loadBoundXmlText,
  readRichText,
  RICH_TEXT_NODES,
  RichTextError,
  type BoundEditor,
  type RichTextState,
} from "./richText.ts";
export { deriveTree, type BlockNode, type BlockTree } from "./tree.ts";
export { createUndoManager, type UndoOptions } from "./undo.ts";
