// Rewrites every entry time in a zip file to one fixed date, in place, so the same letter zips to the same bytes.
// The docx library stamps entries with the current time; DOS times carry no time zone, so we write the date as given.

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;

export function pinZipTimes(zip: Uint8Array, date: { year: number; month: number; day: number }): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  // DOS dates start in 1980; an earlier SOURCE_DATE_EPOCH is written as 1980-01-01.
  const d = date.year < 1980 ? { year: 1980, month: 1, day: 1 } : date;
  const dosDate = ((d.year - 1980) << 9) | (d.month << 5) | d.day;
  const dosTime = 0;
  let offset = 0;
  // Local headers: walk them in order (sizes are in the header: docx writes no data descriptors).
  while (offset + 30 <= zip.length && view.getUint32(offset, true) === LOCAL_HEADER) {
    const flags = view.getUint16(offset + 6, true);
    if (flags & 0x08) throw new Error("zip entry with a data descriptor: cannot walk it");
    view.setUint16(offset + 10, dosTime, true);
    view.setUint16(offset + 12, dosDate, true);
    const compressed = view.getUint32(offset + 18, true);
    const nameLength = view.getUint16(offset + 26, true);
    const extraLength = view.getUint16(offset + 28, true);
    offset += 30 + nameLength + extraLength + compressed;
  }
  // Central directory: right after the last entry's data.
  while (offset + 46 <= zip.length && view.getUint32(offset, true) === CENTRAL_HEADER) {
    view.setUint16(offset + 12, dosTime, true);
    view.setUint16(offset + 14, dosDate, true);
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return zip;
}
