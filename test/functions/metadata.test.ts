import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

interface Param {
  name: string;
  description?: string;
  optional?: boolean;
  dimensionality?: string;
  type: string;
}
interface Fn {
  id: string;
  name: string;
  description: string;
  parameters: Param[];
}

let functions: Fn[];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata("src/functions/functions.ts");
  expect(result.errors).toEqual([]);
  functions = JSON.parse(result.metadataJson).functions;
}, 30000);

function fn(id: string): Fn {
  const found = functions.find((f) => f.id === id);
  if (!found) throw new Error(`no metadata for ${id}`);
  return found;
}

describe("functions.json generated from the JSDoc", () => {
  it("declares exactly the seven functions of SPEC section 2", () => {
    expect(functions.map((f) => f.name).sort()).toEqual(
      ["CAPAIAN", "EFISIENSI", "IKM", "KRITERIA", "PERTUMBUHAN", "SERAPAN", "TREN"].sort()
    );
  });

  it("gives every argument with its optional ones", () => {
    const args = (id: string) =>
      fn(id).parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
    expect(args("CAPAIAN")).toEqual(["realisasi", "target", "[polaritas]", "[batas]"]);
    expect(args("KRITERIA")).toEqual(["capaian", "[skala]"]);
    expect(args("EFISIENSI")).toEqual(["capaian", "serapan", "[metode]", "[keluaran]"]);
    expect(args("SERAPAN")).toEqual(["realisasi", "pagu"]);
    expect(args("PERTUMBUHAN")).toEqual(["nilai_n", "nilai_n_1"]);
    expect(args("TREN")).toEqual(["nilai_lalu", "nilai_kini"]);
  });

  it("takes IKM's unsur as a range (matrix)", () => {
    expect(fn("IKM").parameters[0]).toMatchObject({ name: "unsur", dimensionality: "matrix" });
  });

  it("accepts text as well as numbers in every argument", () => {
    for (const f of functions) for (const p of f.parameters) expect(p.type).toBe("any");
  });

  it("describes each function and argument in Indonesian", () => {
    const indonesian = /\b(dan|dari|atau|dalam|nilai|tahun|capaian|anggaran|rentang|bawaan)\b/i;
    for (const f of functions) {
      expect(f.description).toMatch(indonesian);
      for (const p of f.parameters) expect(p.description ?? "").not.toBe("");
    }
  });
});
