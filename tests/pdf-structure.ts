/**
 * A tagged PDF's structure tree and the marking of its page content, read with pdf-lib, for
 * tests that check the conditions of PDF/UA (the Matterhorn Protocol) a machine can check.
 * Not part of the app.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { decodePDFRawStream, PDFArray, PDFContentStream, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFStream, PDFString, PDFHexString } from "pdf-lib";

const run = promisify(execFile);

export type StructureElement = {
  type: string;
  dict: PDFDict;
  parent: StructureElement | null;
  children: StructureElement[];
  /** Pages (by index) its own marked content is on. */
  contentPages: number[];
  /** Annotations it holds (OBJR). */
  annotations: PDFRef[];
};

const text = (value: unknown) => (value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined);
export const attribute = (element: StructureElement, key: string) => text(element.dict.lookup(PDFName.of(key)));

/** The tree under StructTreeRoot, in order; the root's kids are the returned list. */
export function structureTree(pdf: PDFDocument): StructureElement[] {
  const pageIndex = new Map(pdf.getPages().map((page, index) => [page.ref.toString(), index]));
  const root = pdf.catalog.lookup(PDFName.of("StructTreeRoot"), PDFDict);
  const build = (ref: unknown, parent: StructureElement | null): StructureElement | null => {
    const dict = ref instanceof PDFRef ? pdf.context.lookup(ref) : ref;
    if (!(dict instanceof PDFDict) || !dict.has(PDFName.of("S"))) return null;
    const element: StructureElement = { type: dict.lookup(PDFName.of("S"), PDFName).decodeText(), dict, parent, children: [], contentPages: [], annotations: [] };
    const page = dict.get(PDFName.of("Pg"));
    const kids = dict.lookup(PDFName.of("K"));
    for (const kid of kids instanceof PDFArray ? kids.asArray() : kids ? [kids] : []) {
      const value = kid instanceof PDFRef ? pdf.context.lookup(kid) : kid;
      if (value instanceof PDFNumber && page instanceof PDFRef) element.contentPages.push(pageIndex.get(page.toString())!);
      else if (value instanceof PDFDict && value.get(PDFName.of("Type")) === PDFName.of("MCR")) element.contentPages.push(pageIndex.get(value.get(PDFName.of("Pg"))!.toString())!);
      else if (value instanceof PDFDict && value.get(PDFName.of("Type")) === PDFName.of("OBJR")) element.annotations.push(value.get(PDFName.of("Obj")) as PDFRef);
      else {
        const child = build(kid, element);
        if (child) element.children.push(child);
      }
    }
    return element;
  };
  const kids = root.lookup(PDFName.of("K"));
  return (kids instanceof PDFArray ? kids.asArray() : [kids]).map((kid) => build(kid, null)).filter((element): element is StructureElement => !!element);
}

export function flatten(elements: StructureElement[]): StructureElement[] {
  return elements.flatMap((element) => [element, ...flatten(element.children)]);
}

/** Every page an element's content, its own or its descendants', is on. */
export const pagesOf = (element: StructureElement): Set<number> => new Set([...element.contentPages, ...element.children.flatMap((child) => [...pagesOf(child)])]);

const paintingOperators = new Set(["Tj", "TJ", "'", '"', "Do", "f", "F", "f*", "S", "s", "B", "B*", "b", "b*", "sh", "BI"]);

export type ContentMarking = { page: number; unmarkedPainting: string[]; nested: number; artifactInTagged: number };

/**
 * Walks every page's content streams: painting operators outside any marked-content sequence
 * (content neither tagged nor an artifact), and sequences opened inside others.
 */
export function contentMarking(pdf: PDFDocument): ContentMarking[] {
  return pdf.getPages().map((page, index) => {
    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => pdf.context.lookup(ref)) : [contents];
    const source = streams
      .map((stream) => {
        if (stream instanceof PDFRawStream) return new TextDecoder("latin1").decode(decodePDFRawStream(stream).decode());
        if (stream instanceof PDFContentStream || stream instanceof PDFStream) return new TextDecoder("latin1").decode(stream.getContents());
        return "";
      })
      .join("\n");
    // Drop string operands (their bytes could read as operators), keep the tokens.
    const tokens = source
      .replace(/\((?:\\.|[^\\)])*\)/g, " ")
      .replace(/<<[^]*?>>/g, " ")
      .replace(/<(?!<)[0-9A-Fa-f\s]*>/g, " ")
      .split(/[\s[\]]+|(?=\/)/)
      .filter(Boolean);
    const stack: string[] = [];
    const result: ContentMarking = { page: index, unmarkedPainting: [], nested: 0, artifactInTagged: 0 };
    let lastName = "";
    for (const token of tokens) {
      if (token.startsWith("/")) lastName = token.slice(1);
      if (token === "BDC" || token === "BMC") {
        if (stack.length) result.nested++;
        if (lastName === "Artifact" && stack.some((tag) => tag !== "Artifact")) result.artifactInTagged++;
        stack.push(lastName);
      } else if (token === "EMC") stack.pop();
      else if (paintingOperators.has(token) && stack.length === 0) result.unmarkedPainting.push(token);
    }
    return result;
  });
}

export type TextElement = { type: string; text: string; children: TextElement[] };

/**
 * poppler's `pdfinfo -struct-text`: the tree with the text of each element, as a screen reader
 * gets it. It takes poppler seconds of CPU for a document like the policy: read it once per file.
 */
export async function structureText(file: string): Promise<TextElement> {
  const { stdout: output } = await run("pdfinfo", ["-struct-text", file], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const root: TextElement = { type: "(root)", text: "", children: [] };
  const stack: { indent: number; element: TextElement }[] = [{ indent: -1, element: root }];
  for (const line of output.split("\n")) {
    if (!line.trim()) continue;
    const indent = line.length - line.trimStart().length;
    const content = line.trim();
    while (stack.length > 1 && stack.at(-1)!.indent >= indent) stack.pop();
    const parent = stack.at(-1)!.element;
    if (content.startsWith('"')) parent.text += (parent.text ? " " : "") + content.slice(1, -1);
    else if (/^[A-Z][A-Za-z0-9]*( \(\w+\))?:?$/.test(content)) {
      const element: TextElement = { type: content.split(/[ :]/)[0], text: "", children: [] };
      parent.children.push(element);
      stack.push({ indent, element });
    }
  }
  return root;
}

export const allText = (element: TextElement): string => [element.text, ...element.children.map(allText)].filter(Boolean).join(" ");
export const textElements = (element: TextElement): TextElement[] => element.children.flatMap((child) => [child, ...textElements(child)]);

/**
 * Words as a reader counts them: a word broken over two lines (after a hyphen or a URL's slash)
 * is one word, and hyphens do not count (the break's hyphen is drawn, not written).
 */
export function words(text: string): string[] {
  return text
    .replace(/([-/])\s+/g, "$1")
    .replace(/-/g, "")
    .split(/\s+/)
    .filter(Boolean);
}

/** The share of `pageWords` (a multiset) that `treeWords` holds. */
export function coverage(pageWords: string[], treeWords: string[]): { share: number; missing: string[] } {
  const available = new Map<string, number>();
  for (const word of treeWords) available.set(word, (available.get(word) ?? 0) + 1);
  const missing: string[] = [];
  for (const word of pageWords) {
    const left = available.get(word) ?? 0;
    if (left > 0) available.set(word, left - 1);
    else missing.push(word);
  }
  return { share: pageWords.length ? 1 - missing.length / pageWords.length : 1, missing };
}

/**
 * Where the ParentTree (the map from page content back to the structure) disagrees with the
 * tree: every marked-content id an element holds must lead back to that element through its
 * page's StructParents entry, and every annotation an element holds through its StructParent.
 */
export function parentTreeFaults(pdf: PDFDocument): string[] {
  const root = pdf.catalog.lookup(PDFName.of("StructTreeRoot"), PDFDict);
  const nums = root.lookup(PDFName.of("ParentTree"), PDFDict).lookup(PDFName.of("Nums"), PDFArray);
  const entries = new Map<number, unknown>();
  for (let index = 0; index + 1 < nums.size(); index += 2) entries.set(nums.lookup(index, PDFNumber).asNumber(), nums.get(index + 1));
  const faults: string[] = [];
  const pageKey = (page: PDFRef) => pdf.context.lookup(page, PDFDict).lookup(PDFName.of("StructParents"));
  const expectContent = (element: PDFRef, page: PDFRef, mcid: number) => {
    const key = pageKey(page);
    const slots = key instanceof PDFNumber ? pdf.context.lookup(entries.get(key.asNumber()) as PDFArray) : undefined;
    const found = slots instanceof PDFArray ? slots.get(mcid) : undefined;
    if (found !== element) faults.push(`MCID ${mcid} on page ${page} leads to ${found} instead of ${element}`);
  };
  const visit = (ref: unknown) => {
    if (!(ref instanceof PDFRef)) return;
    const element = pdf.context.lookup(ref);
    if (!(element instanceof PDFDict) || !element.has(PDFName.of("S"))) return;
    const page = element.get(PDFName.of("Pg"));
    const kids = element.lookup(PDFName.of("K"));
    for (const kid of kids instanceof PDFArray ? kids.asArray() : kids ? [kids] : []) {
      const value = kid instanceof PDFRef ? pdf.context.lookup(kid) : kid;
      if (value instanceof PDFNumber && page instanceof PDFRef) expectContent(ref, page, value.asNumber());
      else if (value instanceof PDFDict && value.get(PDFName.of("Type")) === PDFName.of("MCR")) expectContent(ref, value.get(PDFName.of("Pg")) as PDFRef, value.lookup(PDFName.of("MCID"), PDFNumber).asNumber());
      else if (value instanceof PDFDict && value.get(PDFName.of("Type")) === PDFName.of("OBJR")) {
        const key = pdf.context.lookup(value.get(PDFName.of("Obj")) as PDFRef, PDFDict).lookup(PDFName.of("StructParent"));
        const found = key instanceof PDFNumber ? entries.get(key.asNumber()) : undefined;
        if (found !== ref) faults.push(`annotation ${value.get(PDFName.of("Obj"))} leads to ${found} instead of ${ref}`);
      } else visit(kid);
    }
  };
  const kids = root.lookup(PDFName.of("K"));
  for (const kid of kids instanceof PDFArray ? kids.asArray() : [kids]) visit(kid);
  return faults;
}
