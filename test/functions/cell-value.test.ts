/**
 * Cells holding Excel data types: with `allowCustomDataForDataTypeAny` Excel passes
 * them to `any` parameters as `Excel.CellValue` objects, alone or inside a range.
 */
import fc from "fast-check";
import {
  installCustomFunctionsStub,
  StubCustomFunctionError,
} from "../support/custom-functions-stub";
installCustomFunctionsStub();
import * as excel from "../../src/functions/functions";
import { unwrapArgument } from "../../src/functions/cell-value";
import * as engine from "../../src/engine";

type Excelish = (...args: unknown[]) => unknown;

/** Each function with its arguments' names, as functions.json gives them, and valid ones. */
const SIGNATURES: Record<string, { fn: Excelish; args: string[]; valid: unknown[] }> = {
  capaian: {
    fn: excel.capaian as Excelish,
    args: ["realisasi", "target", "polaritas", "batas"],
    valid: [80, 75, "positif", 120],
  },
  kriteria: { fn: excel.kriteria as Excelish, args: ["capaian", "skala"], valid: [80, "ikm"] },
  efisiensi: {
    fn: excel.efisiensi as Excelish,
    args: ["capaian", "serapan", "metode", "keluaran"],
    valid: [100, 50, "lkjip", "kategori"],
  },
  serapan: { fn: excel.serapan as Excelish, args: ["realisasi", "pagu"], valid: [1, 2] },
  pertumbuhan: { fn: excel.pertumbuhan as Excelish, args: ["nilai_n", "nilai_n_1"], valid: [1, 2] },
  ikm: { fn: excel.ikm as Excelish, args: ["unsur"], valid: [[[3]]] },
  tren: { fn: excel.tren as Excelish, args: ["nilai_lalu", "nilai_kini"], valid: [1, 2] },
};

const double = (basicValue: number) => ({ type: "Double", basicType: "Double", basicValue });
const text = (basicValue: string) => ({ type: "String", basicType: "String", basicValue });
const bool = (basicValue: boolean) => ({ type: "Boolean", basicType: "Boolean", basicValue });
const formatted = (basicValue: number, numberFormat = "0.0%") => ({
  type: "FormattedNumber",
  basicType: "Double",
  basicValue,
  numberFormat,
});
const EMPTY = { type: "Empty", basicType: "Empty", basicValue: "" };
const NA = { type: "Error", basicType: "Error", basicValue: "#N/A", errorType: "NotAvailable" };
const DIV0 = { type: "Error", basicType: "Error", basicValue: "#DIV/0!", errorType: "Div0" };
/** An entity as Excel passes it: its basic value is #VALUE!. */
const KABUPATEN = {
  type: "Entity",
  basicType: "Error",
  basicValue: "#VALUE!",
  text: "Kab. Bantul",
  properties: {
    Nama: text("Kabupaten Bantul"),
    "Luas Wilayah": double(506.85),
    Populasi: double(1018402),
  },
};
const BARE_ENTITY = { type: "Entity", text: "", properties: {} };

/** A result as a plain value, an error as its code and message. */
function shown(result: unknown): unknown {
  return result instanceof StubCustomFunctionError
    ? { code: result.code, message: result.message }
    : result;
}

function errorOf(result: unknown): { code: string; message?: string } {
  expect(result).toBeInstanceOf(StubCustomFunctionError);
  return result as StubCustomFunctionError;
}

describe("a cell with a data type is read by its basic value", () => {
  it("Double and String give their number and their text", () => {
    expect(excel.capaian(double(83.514), 75)).toBeCloseTo(111.35, 2);
    expect(excel.capaian(text("83,514"), text("B (75)"))).toBeCloseTo(111.35, 2);
    expect(excel.serapan(double(50049438561), text("54.401.966.922"))).toBeCloseTo(92, 2);
    expect(excel.pertumbuhan(double(53108741), double(45899050))).toBeCloseTo(15.71, 2);
    expect(excel.tren(text("C"), text("B"))).toBe("Meningkat");
    expect(excel.kriteria(double(3.97), text("unsur"))).toBe("A");
    expect(excel.capaian(12.6, 16.5, text("negatif"))).toBeCloseTo(123.64, 2);
  });

  it("a number with a format, plain or FormattedNumber, gives its number, not its display", () => {
    expect(excel.capaian(formatted(0.835), formatted(0.75))).toBeCloseTo(111.33, 2);
    expect(excel.kriteria(formatted(0.835))).toBe(excel.kriteria(0.835));
    expect(excel.efisiensi({ ...double(100), numberFormat: "0.00" }, formatted(49.68, "0"))).toBe(
      "Efisien"
    );
  });

  it("a Boolean gives true or false, read as the plain value is", () => {
    expect(shown(excel.tren(bool(true), "B"))).toEqual(shown(excel.tren(true, "B")));
    expect(shown(excel.capaian(bool(false), 75))).toEqual(shown(excel.capaian(false, 75)));
    expect(errorOf(excel.capaian(80, 75, bool(true))).message).toBe(
      'Polaritas "[boolean]" tidak dikenal; gunakan "positif", "negatif" atau "negatif-rasio"'
    );
  });

  it("an Empty is an empty cell: no data for a required argument, the default for an option", () => {
    const none = errorOf(excel.serapan(EMPTY, 100));
    expect(none.code).toBe("#N/A");
    expect(none.message).toBe("Realisasi kosong: tidak ada data");
    expect(excel.capaian(83.514, 75, EMPTY, EMPTY)).toBeCloseTo(111.35, 2);
    expect(excel.kriteria(111.35, EMPTY)).toBe("Sangat Tinggi");
  });

  it("an Error cell value answers as its error text does: #N/A is no data, others #VALUE!", () => {
    for (const [cell, code] of [
      [NA, "#N/A"],
      [DIV0, "#VALUE!"],
      [{ type: "Error", errorType: "NotAvailable" }, "#N/A"],
      [{ type: "Error", errorType: "Ref" }, "#VALUE!"],
    ] as const) {
      const same = typeof cell.basicValue === "string" ? cell.basicValue : code;
      for (const { fn, args, valid } of Object.values(SIGNATURES)) {
        const plain = valid.map((v, i) => (i === 0 ? same : v));
        const typed = valid.map((v, i) => (i === 0 ? cell : v));
        if (args[0] === "unsur") {
          expect(shown(fn([[cell, 3]]))).toEqual(shown(fn([[same, 3]])));
        } else {
          expect(shown(fn(...typed))).toEqual(shown(fn(...plain)));
        }
        expect(errorOf(fn(...(args[0] === "unsur" ? [[[cell]]] : typed))).code).toBe(code);
      }
    }
    expect(errorOf(excel.capaian(NA, 75)).message).toBe('Realisasi "#N/A": tidak ada data');
  });
});

describe("a data type without a basic value gives #VALUE! naming the argument", () => {
  it("an Entity: refer to one of its properties", () => {
    const bare = errorOf(excel.capaian(80, BARE_ENTITY));
    expect(bare.code).toBe("#VALUE!");
    expect(bare.message).toBe(
      'Argumen "target" berisi tipe data Entitas tanpa nilai dasar: ' +
        "rujuk salah satu propertinya, mis. =A1.Nilai"
    );
    expect(errorOf(excel.capaian(KABUPATEN, 75)).message).toBe(
      'Argumen "realisasi" berisi tipe data Entitas "Kab. Bantul" tanpa nilai dasar: ' +
        "rujuk salah satu propertinya, mis. =A1.[Luas Wilayah]"
    );
  });

  it("a linked entity, an image, an array, a function or an unknown type", () => {
    const cases: [unknown, string][] = [
      [
        {
          type: "LinkedEntity",
          basicType: "Error",
          basicValue: "#VALUE!",
          text: "Jakarta",
          id: { culture: "id-ID", domainId: "Geography", entityId: "x", serviceId: 268 },
          properties: { Population: double(10562088) },
        },
        'Argumen "serapan" berisi tipe data Entitas tertaut "Jakarta" tanpa nilai dasar: ' +
          "rujuk salah satu propertinya, mis. =A1.Population",
      ],
      [
        { type: "WebImage", basicType: "Error", basicValue: "#VALUE!", address: "https://x/y.png" },
        'Argumen "serapan" berisi tipe data Gambar web tanpa nilai dasar: ' +
          "rujuk sel berisi angka atau teks",
      ],
      [
        { type: "Array", basicType: "Error", basicValue: "#VALUE!", elements: [[double(1)]] },
        'Argumen "serapan" berisi tipe data Larik tanpa nilai dasar: ' +
          "rujuk salah satu elemennya atau rentang sel biasa",
      ],
      [
        { type: "Function", functionType: "JavaScriptReference", namespace: "X", id: "Y" },
        'Argumen "serapan" berisi tipe data Fungsi tanpa nilai dasar: ' +
          "rujuk sel berisi angka atau teks",
      ],
      [
        { type: "Reference", reference: 0 },
        'Argumen "serapan" berisi tipe data "Reference" tanpa nilai dasar: ' +
          "rujuk sel berisi angka atau teks",
      ],
    ];
    for (const [cell, message] of cases) {
      const e = errorOf(excel.efisiensi(100, cell));
      expect(e.code).toBe("#VALUE!");
      expect(e.message).toBe(message);
    }
  });

  it("every function names the argument that holds it, in every position", () => {
    for (const [id, { fn, args, valid }] of Object.entries(SIGNATURES)) {
      args.forEach((name, i) => {
        const values = valid.map((v, j) =>
          j === i ? (name === "unsur" ? [[KABUPATEN]] : KABUPATEN) : v
        );
        const e = errorOf(fn(...values));
        expect([id, e.code]).toEqual([id, "#VALUE!"]);
        expect(e.message).toMatch(new RegExp(`^Argumen "${name}"( \\(sel ke-1\\))? berisi`));
      });
    }
    expect(Object.keys(SIGNATURES).sort()).toEqual(Object.keys(excel).sort());
  });
});

describe("IKM's unsur: a range whose cells may hold data types", () => {
  const plain = [[3.21, "3,25", 3.2, "", 3.97, 3.23, 3.28, 3.24, 3.21, 3.45]];

  it("reads each cell by its basic value", () => {
    const typed = [
      [
        double(3.21),
        text("3,25"),
        formatted(3.2, "0.00"),
        EMPTY,
        3.97,
        { ...double(3.23), numberFormat: "0.00" },
        3.28,
        text("3.24"),
        double(3.21),
        formatted(3.45, "0.00"),
      ],
    ];
    expect(excel.ikm(typed)).toBeCloseTo(83.44, 2);
    expect(excel.ikm(typed)).toBe(excel.ikm(plain));
    const column = typed[0].map((cell) => [cell]);
    expect(excel.ikm(column)).toBe(excel.ikm(plain));
  });

  it("names the cell of an entity, counted row by row as the engine counts unsur", () => {
    const e = errorOf(
      excel.ikm([
        [double(3), 3],
        [3, KABUPATEN],
      ])
    );
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe(
      'Argumen "unsur" (sel ke-4) berisi tipe data Entitas "Kab. Bantul" tanpa nilai dasar: ' +
        "rujuk salah satu propertinya, mis. =A1.[Luas Wilayah]"
    );
  });

  it("an error in a cell answers as its text does", () => {
    expect(shown(excel.ikm([[3, NA]]))).toEqual(shown(excel.ikm([[3, "#N/A"]])));
    expect(errorOf(excel.ikm([[3, NA]])).code).toBe("#N/A");
    expect(errorOf(excel.ikm([[DIV0, 3]])).code).toBe("#VALUE!");
  });
});

describe("unwrapArgument", () => {
  it("passes plain values and objects that are not cell values on unchanged", () => {
    const odd = { value: 5 };
    for (const v of [5, "83,514", true, null, undefined, "", odd]) {
      expect(unwrapArgument(v, "x")).toBe(v);
    }
    expect(unwrapArgument([[1, double(2)], [text("3")]], "x")).toEqual([[1, 2], ["3"]]);
    expect(unwrapArgument([double(2), 3], "x")).toEqual([2, 3]);
  });
});

describe("property: wrapping a primitive as {type, basicValue} changes no result", () => {
  const word = fc.constantFrom(
    "B",
    "C",
    "AA",
    "Baik (B) 60-70",
    "60-70",
    "positif",
    "negatif",
    "negatif-rasio",
    "ikm",
    "unsur",
    "indeks",
    "selisih",
    "nilai",
    "kategori",
    "N/A",
    "-",
    "#N/A",
    "#DIV/0!"
  );
  const numberText = fc
    .tuple(fc.integer({ min: -1000, max: 100000 }), fc.integer({ min: 0, max: 999 }))
    .map(([i, d]) => `${i},${d}`);
  const primitive: fc.Arbitrary<number | string | boolean> = fc.oneof(
    fc.double({ min: -1e6, max: 1e6 }),
    fc.integer({ min: -10, max: 200 }),
    fc.double({ min: 1, max: 4, noNaN: true }),
    numberText,
    word,
    fc.string({ maxLength: 8 }),
    fc.boolean(),
    fc.constant("")
  );
  /** A primitive, as it is or as one of the cell values Excel may give for it. */
  const cell = primitive.chain((p) => {
    const forms: unknown[] = [p];
    if (typeof p === "number") {
      forms.push({ type: "Double", basicValue: p }, double(p), formatted(p), formatted(p, "#,##0"));
    } else if (typeof p === "boolean") {
      forms.push({ type: "Boolean", basicValue: p }, bool(p));
    } else {
      forms.push({ type: "String", basicValue: p }, text(p));
      if (p === "") forms.push({ type: "Empty", basicValue: "" }, { type: "Empty" });
    }
    return fc.constantFrom(...forms).map((form) => ({ plain: p as unknown, form }));
  });

  it("for every function with scalar arguments", () => {
    for (const [id, { fn, args }] of Object.entries(SIGNATURES)) {
      if (id === "ikm") continue;
      fc.assert(
        fc.property(fc.array(cell, { minLength: args.length, maxLength: args.length }), (cells) => {
          const plain = shown(fn(...cells.map((c) => c.plain)));
          expect(shown(fn(...cells.map((c) => c.form)))).toEqual(plain);
        }),
        { numRuns: 300 }
      );
    }
  });

  it("for IKM, cell by cell in a range", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }),
        (rows) => {
          const plain = shown(excel.ikm(rows.map((r) => r.map((c) => c.plain))));
          expect(shown(excel.ikm(rows.map((r) => r.map((c) => c.form))))).toEqual(plain);
        }
      ),
      { numRuns: 300 }
    );
  });
});

describe("property: plain arguments reach the engine unchanged", () => {
  const engineOf: Record<string, (...args: unknown[]) => unknown> = {
    capaian: engine.CAPAIAN,
    kriteria: engine.KRITERIA,
    efisiensi: engine.EFISIENSI,
    serapan: engine.SERAPAN,
    pertumbuhan: engine.PERTUMBUHAN,
    tren: engine.TREN,
  };
  /** The engine's answer as Excel shows it: the value, or the error's code and message. */
  function asExcel(result: unknown): unknown {
    if (!(result instanceof engine.FormulaError)) return result;
    return { code: result.code === "NA" ? "#N/A" : "#VALUE!", message: result.message };
  }
  const plain = fc.oneof(
    fc.double(),
    fc.integer({ min: -10, max: 200 }),
    fc
      .tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 99 }))
      .map(([i, d]) => `${i},${d}`),
    fc.constantFrom("B", "60-70", "negatif", "ikm", "nilai", "N/A", "-", "", " ", "abc"),
    fc.string({ maxLength: 6 }),
    fc.boolean(),
    fc.constantFrom(null, undefined)
  );

  it.each(Object.keys(engineOf))("%s gives the engine's answer, message and error kind", (id) => {
    const { fn, args } = SIGNATURES[id];
    fc.assert(
      fc.property(fc.array(plain, { minLength: args.length, maxLength: args.length }), (values) => {
        expect(shown(fn(...values))).toEqual(asExcel(engineOf[id](...values)));
      }),
      { numRuns: 500 }
    );
  });
});
