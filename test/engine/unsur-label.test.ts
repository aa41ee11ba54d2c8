/**
 * IKM tables are found by labels that name unsur. ASCII labels are matched by
 * case-insensitive patterns rather than lower-cased first: the answer must be
 * the same as lower-casing first, for any label.
 */
import fc from "fast-check";
import { isUnsurLabel } from "../../src/engine/read/ikm-table";
import { cleanText } from "../../src/engine/text";

const NAMES =
  /persyaratan|sistem|mekanisme|prosedur|waktu|biaya|tarif|produk|spesifikasi|kompetensi|kemampuan|perilaku|kesopanan|keramahan|pengaduan|saran|masukan|sarana|prasarana|fasilitas|maklumat|kenyamanan|keamanan|kepastian|keadilan/;

/** The reading by lower-casing first, as it was written before. */
function lowerCasedFirst(label: string): boolean {
  if (label === "") return false;
  const text = cleanText(label).toLowerCase();
  if (/^(u|unsur)\s*-?\s*\d{1,2}\b/.test(text)) return true;
  return text.length <= 80 && NAMES.test(text);
}

const words = fc.constantFrom(
  "Unsur",
  "U",
  "u-",
  "3",
  "12",
  "Persyaratan",
  "WAKTU",
  "Biaya/Tarif",
  "Kompetensİ",
  "Perilaku",
  "KEADILAN",
  "Jumlah",
  "Nilai",
  "ſaran",
  "K\u212Aeamanan",
  " ",
  "Ünsur"
);

describe("isUnsurLabel", () => {
  it("answers as lower-casing first would, for any label", () => {
    const label = fc.oneof(
      fc.array(words, { maxLength: 6 }).map((w) => w.join(" ")),
      fc.string({ maxLength: 100 }),
      fc.string({ unit: "grapheme", maxLength: 30 })
    );
    fc.assert(
      fc.property(label, (l) => expect(isUnsurLabel(l)).toBe(lowerCasedFirst(l))),
      { numRuns: 5000 }
    );
  });

  it.each([
    ["U3", true],
    ["Unsur 11", true],
    ["PERSYARATAN PELAYANAN", true],
    ["Waktu penyelesaian", true],
    ["Jumlah", false],
    ["Nilai IKM", false],
  ])("%p is an unsur label: %p", (label, expected) => {
    expect(isUnsurLabel(label)).toBe(expected);
  });
});
