/**
 * The policy PDF's fonts, measures and styles, shared by the document (./document.tsx), its
 * blocks (./blocks.tsx) and the page numbering afterwards (./render.tsx), which must place its
 * numbers by the same measures.
 */
import { StyleSheet } from "@react-pdf/renderer";

/**
 * Noto Sans (latin), with its latin-ext part and DejaVu Sans as fallbacks for other characters.
 * Walking the fallback chain costs time on every run of text, so ./render.tsx uses the chain only
 * when the document has a character plain Noto Sans lacks.
 */
export const PDF_FONTS = { plain: "NotoSans", withFallbacks: ["NotoSans", "NotoSansExt", "DejaVuSans"] };
export type PdfFontFamily = string | string[];

const ink = "#1a1a1a";
export const muted = "#4d4d4d";
const rule = "#b3b3b3";
/**
 * Named destinations ./render.tsx reads: the footer (the page label goes at its right end, on its
 * first line) and each row of the table of contents (the page number goes at its right end).
 * Both are direct children of the page, so their destinations carry page coordinates.
 */
export const PAGE_LABEL_ANCHOR = "afk-page-label";
export const tocAnchor = (chapterId: string) => `afk-toc-${chapterId}`;
export const PAGE_MARGIN = 50;
const PAGE_LABEL_WIDTH = 120;
const TOC_NUMBER_WIDTH = 36;
/** From the top of the footer and of a TOC row to the top of their first line of text. */
export const FOOTER_INSET = 5.5;
export const TOC_ROW_INSET = 3;
/** Sizes of the text in the table of contents and the footer, for the numbers render.tsx adds. */
export const BODY_SIZE = 9;
export const FOOTER_SIZE = 7.5;
/** Table cells: ./render.tsx measures their words against these to make overlong ones breakable. */
export const CELL_SIZE = 8.5;
export const CELL_PADDING = 5;
/** A4 width less the page margins: every table spans it. */
export const CONTENT_WIDTH = 595.28 - 2 * PAGE_MARGIN;

export const styles = StyleSheet.create({
  page: { fontSize: BODY_SIZE, color: ink, paddingTop: 46, paddingBottom: 58, paddingHorizontal: PAGE_MARGIN },
  cover: { color: ink, paddingBottom: 58, paddingHorizontal: PAGE_MARGIN },
  coverBand: { height: 210, marginHorizontal: -PAGE_MARGIN, paddingHorizontal: PAGE_MARGIN, paddingTop: 64, justifyContent: "flex-end", paddingBottom: 28 },
  coverMunicipality: { fontSize: 16, fontWeight: 700, color: "#ffffff" },
  coverTitle: { fontSize: 30, fontWeight: 700, color: "#ffffff", marginTop: 6 },
  coverBody: { paddingTop: 36 },
  coverLine: { fontSize: 11, marginBottom: 6 },
  coverDraft: { marginTop: 36, fontSize: 40, fontWeight: 700, color: "#b00020", letterSpacing: 4 },
  h1: { fontSize: 18, fontWeight: 700, marginBottom: 4 },
  h1Rule: { height: 3, width: 48, marginBottom: 12 },
  kicker: { fontSize: 9, color: muted, marginBottom: 2 },
  h2: { fontSize: 12, fontWeight: 700, marginTop: 12, marginBottom: 5 },
  h3: { fontSize: 10, fontWeight: 700, marginTop: 7, marginBottom: 2 },
  p: { marginBottom: 6 },
  small: { fontSize: 8.5, color: muted },
  li: { marginBottom: 3, paddingLeft: 4 },
  dl: { marginBottom: 4 },
  dlRow: { flexDirection: "row", marginBottom: 2 },
  dt: { width: "28%", fontWeight: 700, paddingRight: 6 },
  dd: { flex: 1 },
  // No top margin or border on the table itself: see Table.
  table: { marginBottom: 8 },
  caption: { fontSize: 9, fontWeight: 700, marginTop: 6, marginBottom: 6 },
  tr: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: rule, paddingVertical: 2.5 },
  thead: { borderTopWidth: 0.75, borderTopColor: ink },
  th: { fontWeight: 700, paddingRight: CELL_PADDING, fontSize: CELL_SIZE },
  td: { paddingRight: CELL_PADDING, fontSize: CELL_SIZE },
  footer: { position: "absolute", bottom: 24, left: PAGE_MARGIN, right: PAGE_MARGIN, flexDirection: "row", borderTopWidth: 0.5, borderTopColor: rule, paddingTop: FOOTER_INSET - 0.5, fontSize: FOOTER_SIZE, color: muted },
  footerText: { flex: 1, paddingRight: 8 },
  pageLabel: { width: PAGE_LABEL_WIDTH, height: 10 },
  watermark: { position: "absolute", top: 330, left: 14, fontSize: 110, fontWeight: 700, color: "#ececec", transform: "rotate(-40deg)" },
  tocRow: { flexDirection: "row", paddingVertical: TOC_ROW_INSET, borderBottomWidth: 0.5, borderBottomColor: "#dddddd" },
  tocTitle: { flex: 1, color: ink, textDecoration: "none" },
  tocChannel: { flex: 1, color: ink, textDecoration: "none", paddingLeft: 14 },
  tocPage: { width: TOC_NUMBER_WIDTH, height: 12 },
  legend: { flexDirection: "row", marginBottom: 6 },
  legendItem: { flexDirection: "row", alignItems: "center", marginRight: 14 },
  chartRow: { flexDirection: "row", marginBottom: 3 },
  chartLabels: { flexDirection: "column" },
  chartLabel: { width: 110, fontSize: 8, paddingRight: 6, paddingTop: 2, textAlign: "right" },
  chartValues: { width: 70, fontSize: 7.5, paddingLeft: 6, paddingTop: 2, color: muted },
  qa: { flexDirection: "row", paddingVertical: 2, borderBottomWidth: 0.5, borderBottomColor: "#dddddd" },
  qaQuestion: { width: "40%", paddingRight: 8, fontSize: 8.5, fontWeight: 700 },
  qaAnswer: { flex: 1, fontSize: 8.5 },
  rationale: { color: muted },
});
