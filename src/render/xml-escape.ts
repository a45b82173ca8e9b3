// Text as XML character data or an attribute value, for the XML brev writes itself (the PDF's XMP, the
// arkivmelding): markup characters as entities, and line ends as character references so a parser gives back
// exactly the text (it would turn a bare CR into LF).
export function escapeXml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");
}
