/**
 * The `structure` prop our patch of @react-pdf/render (patches/@react-pdf+render+*.patch) reads
 * on View, Text, Link, Image and Svg: the node's element in the PDF's structure tree (tagged PDF,
 * PDF/UA). react-pdf's own types do not know it, so the primitives are re-typed here.
 */
import type { ComponentType, ComponentProps } from "react";
import { Link as PdfLink, Svg as PdfSvg, Text as PdfText, View as PdfView } from "@react-pdf/renderer";

export type StructureType =
  | "Document" | "Part" | "Sect" | "Div" | "Caption" | "TOC" | "TOCI"
  | "H1" | "H2" | "H3" | "H4" | "P" | "L" | "LI" | "Lbl" | "LBody"
  | "Table" | "TR" | "TH" | "TD" | "Figure" | "Link" | "Span";

export type Structure = {
  type: StructureType;
  /** Alternative text: required for a Figure. */
  alt?: string;
  /** Language of the element when it differs from the document's (BCP 47). */
  lang?: string;
  /** For TH: the cells it heads. */
  scope?: "Row" | "Column" | "Both";
  /**
   * The element's parent when the nodes are not nested that way: the same object passed as
   * `structure` elsewhere (or only here) is one element.
   */
  parent?: Structure;
};

/**
 * A new element: an object of its own per node, so the parts of a node that pagination puts on
 * several pages (the same props) stay one element and two nodes never merge.
 */
export const tag = (type: StructureType, extra: Omit<Structure, "type"> = {}): Structure => ({ type, ...extra });

type Tagged<T> = T & { structure?: Structure };
export const View = PdfView as unknown as ComponentType<Tagged<ComponentProps<typeof PdfView>>>;
export const Text = PdfText as unknown as ComponentType<Tagged<ComponentProps<typeof PdfText>>>;
export const Link = PdfLink as unknown as ComponentType<Tagged<ComponentProps<typeof PdfLink>>>;
export const Svg = PdfSvg as unknown as ComponentType<Tagged<ComponentProps<typeof PdfSvg>>>;
