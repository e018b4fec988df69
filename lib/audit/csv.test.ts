import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "./csv";

/**
 * Reads CSV the way a spreadsheet does: a quote opens a quoted cell only at the start of a cell
 * (`""` inside is a quote); after the closing quote, and in an unquoted cell, every character up
 * to the separator or line break belongs to the cell.
 */
function readCsv(text: string, separator: ";" | ","): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let index = 0;
  let atCellStart = true;
  while (index < text.length) {
    const char = text[index];
    if (atCellStart && char === '"') {
      index++;
      while (index < text.length) {
        if (text[index] === '"' && text[index + 1] === '"') {
          cell += '"';
          index += 2;
        } else if (text[index] === '"') {
          index++;
          break;
        } else cell += text[index++];
      }
      atCellStart = false;
      continue;
    }
    atCellStart = false;
    if (char === separator) {
      row.push(cell);
      cell = "";
      atCellStart = true;
      index++;
    } else if (char === "\r" || char === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      atCellStart = true;
      index += char === "\r" && text[index + 1] === "\n" ? 2 : 1;
    } else {
      cell += char;
      index++;
    }
  }
  if (!atCellStart || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** What a spreadsheet would run: the cell's text, leading spaces aside, starting with a formula character. */
const runsAsFormula = (cell: string) => /^[ ]*[=+\-@\t\r]/.test(cell);

const hostile = [
  "=HYPERLINK(\"https://evil.example\")",
  "naam;=cmd|' /C calc'!A0",
  "naam,=cmd|' /C calc'!A0",
  "a;\"=1+1",
  "a; ;  +1",
  "regel\n=1+1",
  "regel\r\n@SUM(A1)",
  "-1+2",
  "\t=1",
  "\r=1",
  "x,\"\"-2",
  'a "b", c',
];

describe("csv", () => {
  it("quotes fields with a comma, a semicolon, quotes and new lines", () => {
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField("a;b")).toBe('"a;b"');
    expect(csvField("line\nbreak")).toBe('"line\nbreak"');
    expect(csvField("plain")).toBe("plain");
  });

  it("defuses values that a spreadsheet would run as a formula", () => {
    expect(csvField("=HYPERLINK(1)")).toBe(`"'=HYPERLINK(1)"`);
    expect(csvField("-1+2")).toBe(`"'-1+2"`);
    expect(csvField("ip;=1+1")).toBe(`"ip;'=1+1"`);
  });

  it("writes dates as ISO and empty cells for null", () => {
    const csv = toCsv(["at", "who"], [{ at: new Date("2026-01-02T03:04:05.000Z"), who: null }]);
    expect(csv).toBe("at,who\r\n2026-01-02T03:04:05.000Z,\r\n");
  });

  const columns = ["at", "ip", "userAgent", "details"] as const;
  const rows = hostile.map((value, index) => ({ at: `r${index}`, ip: value, userAgent: `agent ${value}`, details: JSON.stringify({ value }) }));
  const csv = toCsv(columns, rows);

  it("reads back with `,` as the same cells, row for row, none of them a formula", () => {
    const read = readCsv(csv, ",");
    expect(read).toHaveLength(rows.length + 1);
    expect(read[0]).toEqual([...columns]);
    for (const [index, cells] of read.slice(1).entries()) {
      expect(cells).toHaveLength(columns.length);
      expect(cells[0]).toBe(`r${index}`);
      // The value is all there, with at most a `'` before each place a formula could start.
      expect(cells[1].replaceAll("'", "")).toBe(rows[index].ip.replaceAll("'", ""));
    }
    expect(read.flat().filter(runsAsFormula)).toEqual([]);
  });

  it("read with `;`, as Dutch Excel does, gives no cell that starts a formula and no more cells than the file has separators", () => {
    const read = readCsv(csv, ";");
    expect(read.flat().filter(runsAsFormula)).toEqual([]);
    // The file holds no `;` outside a value, so a row splits only where a value holds one.
    const plain = readCsv(toCsv(columns, [{ at: "r", ip: "127.0.0.1", userAgent: "Firefox, Linux", details: '{"a":1,"b":2}' }]), ";");
    expect(plain.map((cells) => cells.length)).toEqual([1, 1]);
  });
});
