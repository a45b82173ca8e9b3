// The PDF's XMP metadata, written by brev rather than pdfkit so that every value is XML-escaped (a title with "&" or
// "<" stays well-formed) and the packet says what the file is: PDF/A-2a (pdfkit adds pdfaid from its subset) and
// PDF/UA-1 (pdfuaid, with the extension schema PDF/A requires for a property outside its predefined schemas).
// Each value matches the document information dictionary, as PDF/A requires.

export interface XmpFields {
  title: string;
  author: string;
  subject: string;
  /** BCP 47, e.g. "nb-NO". */
  language: string;
  creator: string;
  producer: string;
  date: Date;
}

export function xmpDescriptions(f: XmpFields): string {
  const when = f.date.toISOString().replace(/\.\d{3}Z$/, "Z");
  const alt = (value: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${xml(value)}</rdf:li></rdf:Alt>`;
  return [
    '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">',
    `<xmp:CreateDate>${when}</xmp:CreateDate><xmp:ModifyDate>${when}</xmp:ModifyDate><xmp:MetadataDate>${when}</xmp:MetadataDate>`,
    `<xmp:CreatorTool>${xml(f.creator)}</xmp:CreatorTool>`,
    "</rdf:Description>",
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    "<dc:format>application/pdf</dc:format>",
    `<dc:title>${alt(f.title)}</dc:title>`,
    `<dc:creator><rdf:Seq><rdf:li>${xml(f.author)}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:description>${alt(f.subject)}</dc:description>`,
    `<dc:language><rdf:Bag><rdf:li>${xml(f.language)}</rdf:li></rdf:Bag></dc:language>`,
    "</rdf:Description>",
    `<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"><pdf:Producer>${xml(f.producer)}</pdf:Producer></rdf:Description>`,
    '<rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"><pdfuaid:part>1</pdfuaid:part></rdf:Description>',
    PDFUA_EXTENSION_SCHEMA,
  ].join("\n");
}

/** PDF/A allows XMP properties outside its predefined schemas only when the packet describes them. */
const PDFUA_EXTENSION_SCHEMA = [
  '<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">',
  '<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">',
  "<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>",
  "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>",
  "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>",
  '<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">',
  "<pdfaProperty:name>part</pdfaProperty:name>",
  "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>",
  "<pdfaProperty:category>internal</pdfaProperty:category>",
  "<pdfaProperty:description>Indicates which part of ISO 14289 the file conforms to</pdfaProperty:description>",
  "</rdf:li></rdf:Seq></pdfaSchema:property>",
  "</rdf:li></rdf:Bag></pdfaExtension:schemas>",
  "</rdf:Description>",
].join("");

function xml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
