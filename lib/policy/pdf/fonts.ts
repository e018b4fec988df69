import path from "node:path";
import { Font } from "@react-pdf/renderer";

/** The fonts ship in assets/fonts (see its README); nothing is fetched from the network. */
const FONT_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "assets", "fonts");

let registered = false;

export const SOFT_HYPHEN = "\u00AD";

export const fontFile = (name: string) => path.join(FONT_DIR, name);

/** Registers the document fonts once per process; react-pdf keeps them parsed after first use. */
export function registerPdfFonts() {
  if (registered) return;
  const file = fontFile;
  Font.register({
    family: "NotoSans",
    fonts: [
      { src: file("noto-sans-latin-400-normal.ttf"), fontWeight: 400 },
      { src: file("noto-sans-latin-700-normal.ttf"), fontWeight: 700 },
    ],
  });
  Font.register({
    family: "NotoSansExt",
    fonts: [
      { src: file("noto-sans-latin-ext-400-normal.ttf"), fontWeight: 400 },
      { src: file("noto-sans-latin-ext-700-normal.ttf"), fontWeight: 700 },
    ],
  });
  Font.register({
    family: "DejaVuSans",
    fonts: [
      { src: file("DejaVuSans.ttf"), fontWeight: 400 },
      { src: file("DejaVuSans-Bold.ttf"), fontWeight: 700 },
    ],
  });
  // English hyphenation rules would break Dutch words in odd places: wrap at spaces, and inside a
  // word only at its soft hyphens (./render.tsx puts them in words too wide for their column).
  Font.registerHyphenationCallback((word) => (word.includes(SOFT_HYPHEN) ? word.split(SOFT_HYPHEN) : [word]));
  registered = true;
}
